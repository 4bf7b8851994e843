// TimelineEditor: builds undoable commands from the session's events and writes them.
#include "app/gui/timeline_editor.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

#include "app/gui/article_date_command.h"
#include "app/gui/edit_commands.h"
#include "app/gui/event_time_edit.h"
#include "app/gui/timeline_session.h"
#include "core/pipeline/sequence.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

/// Events that follow `id`, as they are now.
std::vector<Event> eventsFollowing(const TimelineSession& session, std::int64_t id) {
    std::vector<Event> following;
    for (const Event& event : session.allEvents()) {
        if (std::find(event.after.begin(), event.after.end(), id) != event.after.end())
            following.push_back(event);
    }
    return following;
}

template <typename Item>
void appendMissing(std::vector<Item>& to, const std::vector<Item>& from) {
    for (const Item& item : from) {
        if (std::find(to.begin(), to.end(), item) == to.end())
            to.push_back(item);
    }
}

}  // namespace

TimelineEditor::TimelineEditor(TimelineSession& session, QObject* parent)
    : QObject(parent), session_(session) {
    connect(&stack_, &QUndoStack::indexChanged, this, &TimelineEditor::reload);
}

bool TimelineEditor::write(const Change& change, Order order) {
    auto document =
        store::Document::open(session_.documentPath().toStdString(), store::OpenMode::ReadWrite);
    Status written = document ? document->transaction([&]() -> Status {
        if (auto changed = change(*document); !changed)
            return changed;
        // Renumbering reads every event: skipped when only titles, places or people changed.
        return order == Order::Kept ? success() : pipeline::renumberTimeline(*document);
    })
                              : Status(document.error());
    if (!written)
        emit failed(QString::fromStdString(written.error().message));
    return written.ok();
}

std::int64_t TimelineEditor::currentId(std::int64_t rememberedId) const {
    std::int64_t id = rememberedId;
    for (auto found = renamed_.find(id); found != renamed_.end() && found->second != id;
         found = renamed_.find(id)) {
        id = found->second;
    }
    return id;
}

void TimelineEditor::recordNewId(std::int64_t rememberedId, std::int64_t newId) {
    const std::int64_t previous = currentId(rememberedId);
    if (previous != newId)
        renamed_[previous] = newId;
    if (rememberedId != newId)
        renamed_[rememberedId] = newId;
}

void TimelineEditor::reload() {
    const auto selected = session_.selectedEventId();
    if (auto reloaded = session_.reload(); !reloaded) {
        emit failed(QString::fromStdString(reloaded.error().message));
        return;
    }
    if (selected)
        session_.select(currentId(*selected));
}

void TimelineEditor::editEvent(const Event& edited, const QString& description) {
    const Event* before = session_.eventById(edited.id);
    if (before == nullptr || *before == edited)
        return;
    stack_.push(new ReplaceEventsCommand(*this, {*before}, {edited}, description));
}

void TimelineEditor::moveEvent(std::int64_t id, std::int64_t seconds) {
    const Event* before = session_.eventById(id);
    if (before == nullptr)
        return;
    Event moved = *before;
    moved.time = shiftedTime(before->time, seconds);
    editEvent(moved, tr("Move “%1”").arg(QString::fromStdString(before->title)));
}

void TimelineEditor::addEvent(const Event& event) {
    auto* command = new InsertEventCommand(*this, event,
                                           tr("Add “%1”").arg(QString::fromStdString(event.title)));
    stack_.push(command);
    if (command->rememberedId() != 0)
        session_.select(currentId(command->rememberedId()));
}

void TimelineEditor::deleteEvent(std::int64_t id) {
    const Event* removed = session_.eventById(id);
    if (removed == nullptr)
        return;
    stack_.push(
        new RemoveEventsCommand(*this, {*removed}, eventsFollowing(session_, id),
                                tr("Delete “%1”").arg(QString::fromStdString(removed->title))));
}

void TimelineEditor::mergeEvents(std::int64_t kept, std::int64_t absorbed) {
    const Event* keep = session_.eventById(kept);
    const Event* other = session_.eventById(absorbed);
    if (keep == nullptr || other == nullptr || kept == absorbed)
        return;
    Event merged = *keep;
    appendMissing(merged.quotes, other->quotes);
    appendMissing(merged.participants, other->participants);
    appendMissing(merged.after, other->after);
    std::erase(merged.after, kept);
    std::erase(merged.after, absorbed);
    if (!merged.place.hasCoordinates() && other->place.hasCoordinates())
        merged.place = other->place;
    std::vector<Event> before{*keep};
    std::vector<Event> after{merged};
    // Events that followed the absorbed one now follow the kept one.
    for (const Event& follower : eventsFollowing(session_, absorbed)) {
        if (follower.id == kept)
            continue;
        before.push_back(follower);
        after.push_back(follower);
        std::replace(after.back().after.begin(), after.back().after.end(), absorbed, kept);
    }
    auto* command = new QUndoCommand(
        tr("Merge “%1” into “%2”")
            .arg(QString::fromStdString(other->title), QString::fromStdString(keep->title)));
    new ReplaceEventsCommand(*this, before, after, command->text(), command);
    new RemoveEventsCommand(*this, {*other}, {}, command->text(), command);
    stack_.push(command);
}

void TimelineEditor::splitEvent(std::int64_t id, const std::vector<std::size_t>& quoteIndices) {
    const Event* original = session_.eventById(id);
    if (original == nullptr || quoteIndices.empty() ||
        quoteIndices.size() >= original->quotes.size())
        return;
    Event kept = *original;
    Event split = *original;
    kept.quotes.clear();
    split.quotes.clear();
    for (std::size_t index = 0; index < original->quotes.size(); ++index) {
        const bool moves =
            std::find(quoteIndices.begin(), quoteIndices.end(), index) != quoteIndices.end();
        (moves ? split : kept).quotes.push_back(original->quotes[index]);
    }
    split.after = {id};
    auto* command = new QUndoCommand(tr("Split “%1”").arg(QString::fromStdString(original->title)));
    new ReplaceEventsCommand(*this, {*original}, {kept}, command->text(), command);
    new InsertEventCommand(*this, split, command->text(), command);
    stack_.push(command);
}

void TimelineEditor::setArticleDate(std::int64_t articleId, const temporal::CivilDate& date) {
    const Article* article = session_.articleById(articleId);
    const QString name =
        article == nullptr ? QString::number(articleId) : QString::fromStdString(article->title);
    const QDate day(date.year, date.month, date.day);
    stack_.push(new SetArticleDateCommand(
        *this, articleId, date,
        tr("Date “%1” %2").arg(name, QLocale().toString(day, QLocale::ShortFormat))));
}

}  // namespace yeonpyo::gui
