// EventWindow: visible-range reads of a large document through the store's time index.
#include "app/gui/event_window.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::gui {
namespace {

store::TimeRange rangeOf(double begin, double end) {
    const auto first = static_cast<std::int64_t>(std::floor(begin));
    const auto last = static_cast<std::int64_t>(std::ceil(end));
    return {first, std::max(last, first + 1)};
}

}  // namespace

EventWindow::EventWindow(store::Document document, std::int64_t loadLimit)
    : document_(std::move(document)), loadLimit_(loadLimit) {}

Result<EventWindow> EventWindow::open(const std::string& path, std::int64_t loadLimit) {
    auto document = store::Document::open(path, store::OpenMode::ReadOnly);
    if (!document)
        return document.error();
    EventWindow window(std::move(*document), loadLimit);
    if (auto refreshed = window.refresh(); !refreshed)
        return refreshed.error();
    return window;
}

Status EventWindow::refresh() {
    auto count = document_.eventCount();
    if (!count)
        return count.error();
    auto extent = document_.timeExtent();
    if (!extent)
        return extent.error();
    total_ = *count;
    extent_ = *extent;
    loaded_.reset();
    return success();
}

bool EventWindow::covers(double begin, double end) const {
    return loaded_ && begin >= static_cast<double>(loaded_->begin) &&
           end <= static_cast<double>(loaded_->end);
}

Result<bool> EventWindow::show(double begin, double end) {
    if (covers(begin, end))
        return false;
    auto density = document_.eventDensity(rangeOf(begin, end), 1);
    if (!density)
        return density.error();
    if (density->front() > loadLimit_) {
        const bool changed = !countsOnly_;
        countsOnly_ = true;
        loaded_.reset();
        events_.clear();
        return changed;
    }
    return loadAround(begin, end);
}

Result<bool> EventWindow::loadAround(double begin, double end) {
    const double width = end - begin;
    store::TimeRange range = rangeOf(begin - width, end + width);
    auto padded = document_.eventDensity(range, 1);
    if (!padded)
        return padded.error();
    if (padded->front() > loadLimit_)
        range = rangeOf(begin, end);
    auto events = document_.eventsOverlapping(range);
    if (!events)
        return events.error();
    events_ = std::move(*events);
    loaded_ = range;
    countsOnly_ = false;
    return true;
}

void EventWindow::countInto(double begin, double end, int buckets,
                            std::vector<std::int64_t>& counts) {
    auto density = document_.eventDensity(rangeOf(begin, end), std::max(1, buckets));
    if (density && static_cast<int>(density->size()) == buckets) {
        counts = std::move(*density);
        return;
    }
    counts.assign(static_cast<std::size_t>(std::max(1, buckets)), 0);
}

Result<Event> EventWindow::event(std::int64_t id) {
    return document_.event(id);
}

}  // namespace yeonpyo::gui
