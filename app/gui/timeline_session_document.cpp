// TimelineSession: opening and re-reading documents, whole or by visible range.
#include "app/gui/timeline_session.h"

#include <algorithm>
#include <set>

#include "app/gui/document_reader.h"
#include "app/gui/event_window.h"

namespace yeonpyo::gui {

Status TimelineSession::open(const QString& path) {
    upgradeForEditing(path);
    return read(path);
}

Status TimelineSession::read(const QString& path) {
    auto window = EventWindow::open(path.toStdString(), windowLoadLimit_);
    if (!window)
        return window.error();
    if (window->totalCount() <= inMemoryLimit_) {
        auto content = readTimeline(path);
        if (!content)
            return content.error();
        setContent(path, std::move(content->articles), std::move(content->events));
        return success();
    }
    auto articles = readArticles(path);
    if (!articles)
        return articles.error();
    documentPath_ = path;
    articles_ = std::move(*articles);
    window_ = std::make_unique<EventWindow>(std::move(*window));
    events_.clear();
    selectedOutsideWindow_.reset();
    shownRange_.reset();
    applyFilter(&TimelineSession::contentChanged);
    return success();
}

Status TimelineSession::reload() {
    if (!window_)
        return read(documentPath_);  // Upgraded when it was opened.
    if (auto refreshed = window_->refresh(); !refreshed)
        return refreshed;
    if (shownRange_) {
        if (auto shown = window_->show(shownRange_->first, shownRange_->second); !shown)
            return shown.error();
    }
    events_ = window_->events();
    applyFilter(&TimelineSession::contentChanged);
    return success();
}

void TimelineSession::showRange(double begin, double end) {
    if (!window_)
        return;
    shownRange_ = {begin, end};
    auto changed = window_->show(begin, end);
    if (changed && *changed) {
        events_ = window_->events();
        applyFilter(&TimelineSession::windowChanged);
    }
}

bool TimelineSession::showsCountsOnly() const {
    return window_ && window_->countsOnly();
}

void TimelineSession::countEvents(double begin, double end, int buckets,
                                  std::vector<std::int64_t>& counts) const {
    if (window_) {
        window_->countInto(begin, end, buckets, counts);
        return;
    }
    counts.assign(static_cast<std::size_t>(std::max(1, buckets)), 0);
    const double width = (end - begin) / std::max(1, buckets);
    for (const Event& event : shown_) {
        if (!event.time.beginUtc)
            continue;
        const double at = static_cast<double>(*event.time.beginUtc);
        if (at >= begin && at < end && width > 0)
            ++counts[std::min<std::size_t>(counts.size() - 1,
                                           static_cast<std::size_t>((at - begin) / width))];
    }
}

Result<TimelineSession::Names> TimelineSession::names() const {
    Names names;
    if (window_) {
        auto people = window_->document().participantNames();
        if (!people)
            return people.error();
        auto places = window_->document().placeNames();
        if (!places)
            return places.error();
        return Names{std::move(*people), std::move(*places)};
    }
    std::set<std::string> people;
    std::set<std::string> places;
    for (const Event& event : events_) {
        for (const Participant& person : event.participants)
            people.insert(person.name);
        if (!event.place.name.empty())
            places.insert(event.place.name);
    }
    names.people.assign(people.begin(), people.end());
    names.places.assign(places.begin(), places.end());
    return names;
}

std::int64_t TimelineSession::totalEventCount() const {
    return window_ ? window_->totalCount() : static_cast<std::int64_t>(events_.size());
}

std::optional<store::TimeRange> TimelineSession::timeExtent() const {
    if (window_)
        return window_->extent();
    std::optional<store::TimeRange> extent;
    for (const Event& event : shown_) {
        if (!event.time.beginUtc)
            continue;
        const std::int64_t begin = *event.time.beginUtc;
        const std::int64_t end = std::max(event.time.endUtc.value_or(begin), begin);
        extent = extent
                     ? store::TimeRange{std::min(extent->begin, begin), std::max(extent->end, end)}
                     : store::TimeRange{begin, end};
    }
    return extent;
}

}  // namespace yeonpyo::gui
