// TimelineSession: content and selection shared by all panels of the main window.
#include "app/gui/timeline_session.h"

#include <algorithm>

namespace yeonpyo::gui {

TimelineSession::TimelineSession(QObject* parent) : QObject(parent) {}

void TimelineSession::setContent(QString documentPath, std::vector<Article> articles,
                                 std::vector<Event> events) {
    documentPath_ = std::move(documentPath);
    articles_ = std::move(articles);
    events_ = std::move(events);
    applyFilter();
}

void TimelineSession::setFilter(const EventFilter& filter) {
    filter_ = filter;
    applyFilter();
}

void TimelineSession::applyFilter() {
    shown_.clear();
    for (const Event& event : events_) {
        if (filter_.matches(event))
            shown_.push_back(event);
    }
    const bool selectionGone =
        selected_ && std::none_of(shown_.begin(), shown_.end(),
                                  [this](const Event& event) { return event.id == *selected_; });
    if (selectionGone)
        selected_.reset();
    emit contentChanged();
    if (selectionGone)
        emit selectionChanged(0);
}

const Event* TimelineSession::eventById(std::int64_t id) const {
    auto found = std::find_if(events_.begin(), events_.end(),
                              [id](const Event& event) { return event.id == id; });
    return found == events_.end() ? nullptr : &*found;
}

const Article* TimelineSession::articleById(std::int64_t id) const {
    auto found = std::find_if(articles_.begin(), articles_.end(),
                              [id](const Article& article) { return article.id == id; });
    return found == articles_.end() ? nullptr : &*found;
}

const Event* TimelineSession::selectedEvent() const {
    return selected_ ? eventById(*selected_) : nullptr;
}

void TimelineSession::select(std::int64_t eventId) {
    std::optional<std::int64_t> next;
    const bool shown = std::any_of(shown_.begin(), shown_.end(),
                                   [eventId](const Event& event) { return event.id == eventId; });
    if (eventId != 0 && shown)
        next = eventId;
    if (next == selected_)
        return;
    selected_ = next;
    emit selectionChanged(next.value_or(0));
}

}  // namespace yeonpyo::gui
