// Undoable edits: each redo and undo is one transaction on the document through the editor.
#include "app/gui/edit_commands.h"

#include "app/gui/timeline_editor.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

/// The event with the ids it remembers (its own and those it follows) mapped to current ones.
Event withCurrentIds(const Event& event, const TimelineEditor& editor) {
    Event current = event;
    current.id = editor.currentId(event.id);
    for (std::int64_t& previous : current.after)
        previous = editor.currentId(previous);
    return current;
}

/// Stores a copy of the event as new and returns its row id; its links are written after, so it
/// may follow events stored earlier.
Result<std::int64_t> insertEvent(store::Document& document, Event event) {
    std::vector<std::int64_t> after = std::move(event.after);
    event.after.clear();
    event.id = 0;
    auto ids = document.addEvents({event});
    if (!ids)
        return ids.error();
    event.id = ids->front();
    if (!after.empty()) {
        event.after = std::move(after);
        if (auto linked = document.updateEvent(event, store::EditOrigin::Restore); !linked)
            return linked.error();
    }
    return event.id;
}

}  // namespace

ReplaceEventsCommand::ReplaceEventsCommand(TimelineEditor& editor, std::vector<Event> before,
                                           std::vector<Event> after, const QString& text,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent),
      editor_(editor),
      before_(std::move(before)),
      after_(std::move(after)) {}

bool ReplaceEventsCommand::writeAll(const std::vector<Event>& events, bool restoring) {
    return editor_.write(
        [&](store::Document& document) -> Status {
            for (const Event& event : events) {
                const auto origin =
                    restoring ? store::EditOrigin::Restore : store::EditOrigin::User;
                if (auto written = document.updateEvent(withCurrentIds(event, editor_), origin);
                    !written)
                    return written;
            }
            return success();
        },
        keepsOrder() ? TimelineEditor::Order::Kept : TimelineEditor::Order::MayChange);
}

bool ReplaceEventsCommand::keepsOrder() const {
    if (before_.size() != after_.size())
        return false;
    for (std::size_t i = 0; i < before_.size(); ++i) {
        if (before_[i].time != after_[i].time || before_[i].after != after_[i].after)
            return false;
    }
    return true;
}

void ReplaceEventsCommand::redo() {
    if (!writeAll(after_, false))
        setObsolete(true);
}

void ReplaceEventsCommand::undo() {
    writeAll(before_, true);
}

InsertEventCommand::InsertEventCommand(TimelineEditor& editor, Event event, const QString& text,
                                       QUndoCommand* parent)
    : QUndoCommand(text, parent), editor_(editor), event_(std::move(event)) {
    event_.editedByUser = true;
}

void InsertEventCommand::redo() {
    std::int64_t newId = 0;
    const bool written = editor_.write([&](store::Document& document) -> Status {
        auto id = insertEvent(document, withCurrentIds(event_, editor_));
        if (!id)
            return id.error();
        newId = *id;
        return success();
    });
    if (!written) {
        setObsolete(true);
        return;
    }
    if (rememberedId_ == 0)
        rememberedId_ = newId;
    editor_.recordNewId(rememberedId_, newId);
}

void InsertEventCommand::undo() {
    const std::int64_t id = editor_.currentId(rememberedId_);
    editor_.write(
        [id](store::Document& document) { return document.deleteEvents(std::span(&id, 1)); });
}

RemoveEventsCommand::RemoveEventsCommand(TimelineEditor& editor, std::vector<Event> removed,
                                         std::vector<Event> dependents, const QString& text,
                                         QUndoCommand* parent)
    : QUndoCommand(text, parent),
      editor_(editor),
      removed_(std::move(removed)),
      dependents_(std::move(dependents)) {}

void RemoveEventsCommand::redo() {
    std::vector<std::int64_t> ids;
    for (const Event& event : removed_)
        ids.push_back(editor_.currentId(event.id));
    if (!editor_.write([&](store::Document& document) { return document.deleteEvents(ids); }))
        setObsolete(true);
}

void RemoveEventsCommand::undo() {
    editor_.write([this](store::Document& document) -> Status {
        for (const Event& event : removed_) {
            auto id = insertEvent(document, withCurrentIds(event, editor_));
            if (!id)
                return id.error();
            editor_.recordNewId(event.id, *id);
        }
        for (const Event& event : removed_) {
            if (auto done = document.updateEvent(withCurrentIds(event, editor_),
                                                 store::EditOrigin::Restore);
                !done)
                return done;
        }
        for (const Event& event : dependents_) {
            if (auto done = document.updateEvent(withCurrentIds(event, editor_),
                                                 store::EditOrigin::Restore);
                !done)
                return done;
        }
        return success();
    });
}

}  // namespace yeonpyo::gui
