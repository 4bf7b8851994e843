// TimelineSession: content and selection shared by all panels of the main window.
#include "app/gui/timeline_session.h"

#include <algorithm>

#include "app/gui/event_window.h"

namespace yeonpyo::gui {
namespace {

bool holds(const std::vector<Event>& events, std::int64_t id) {
    return std::any_of(events.begin(), events.end(),
                       [id](const Event& event) { return event.id == id; });
}

}  // namespace

TimelineSession::TimelineSession(QObject* parent) : QObject(parent) {}

TimelineSession::~TimelineSession() = default;

void TimelineSession::setContent(QString documentPath, std::vector<Article> articles,
                                 std::vector<Event> events) {
    window_.reset();
    selectedOutsideWindow_.reset();
    documentPath_ = std::move(documentPath);
    articles_ = std::move(articles);
    events_ = std::move(events);
    applyFilter(&TimelineSession::contentChanged);
}

void TimelineSession::setFilter(const EventFilter& filter) {
    filter_ = filter;
    applyFilter(&TimelineSession::contentChanged);
}

void TimelineSession::applyFilter(void (TimelineSession::*changed)()) {
    shown_.clear();
    for (const Event& event : events_) {
        if (filter_.matches(event))
            shown_.push_back(event);
    }
    if (selectedOutsideWindow_ && holds(events_, selectedOutsideWindow_->id))
        selectedOutsideWindow_.reset();
    const bool selectionGone = selected_ && !keepsSelection();
    if (selectionGone) {
        selected_.reset();
        selectedOutsideWindow_.reset();
    }
    emit(this->*changed)();
    if (selectionGone)
        emit selectionChanged(0);
}

bool TimelineSession::keepsSelection() const {
    if (holds(shown_, *selected_))
        return true;
    return selectedOutsideWindow_ && filter_.matches(*selectedOutsideWindow_) &&
           !holds(events_, *selected_);
}

const Event* TimelineSession::eventById(std::int64_t id) const {
    auto found = std::find_if(events_.begin(), events_.end(),
                              [id](const Event& event) { return event.id == id; });
    if (found != events_.end())
        return &*found;
    if (selectedOutsideWindow_ && selectedOutsideWindow_->id == id)
        return &*selectedOutsideWindow_;
    return nullptr;
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
    std::optional<Event> outside;
    if (eventId != 0 && holds(shown_, eventId)) {
        next = eventId;
    } else if (eventId != 0 && window_) {
        // A windowed document selects events off screen too (a search hit): the timeline then
        // moves to it and loads its range.
        if (auto event = window_->event(eventId); event && filter_.matches(*event)) {
            next = eventId;
            outside = std::move(*event);
        }
    }
    if (next == selected_)
        return;
    selected_ = next;
    selectedOutsideWindow_ = std::move(outside);
    emit selectionChanged(next.value_or(0));
}

}  // namespace yeonpyo::gui
