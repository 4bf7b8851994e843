// EventWindow: a document too large to hold in memory, read by the time range on screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::gui {

/// Keeps a document open read-only and loads, through its time index, only the events of the
/// range on screen (with a screen's width either side, so that small pans need no query). When
/// the range holds more events than can be drawn one by one, nothing is loaded and the timeline
/// asks for counts instead.
class EventWindow {
public:
    /// Events loaded at most at once; a denser range is shown as counts.
    static constexpr std::int64_t kDefaultLoadLimit = 4000;

    static Result<EventWindow> open(const std::string& path,
                                    std::int64_t loadLimit = kDefaultLoadLimit);

    std::int64_t totalCount() const { return total_; }
    /// Earliest begin and latest end of the document's events, if any has a time.
    std::optional<store::TimeRange> extent() const { return extent_; }
    /// The range on screen holds too many events: events() is empty, ask countInto().
    bool countsOnly() const { return countsOnly_; }
    /// The events loaded for the range last shown, in time order.
    const std::vector<Event>& events() const { return events_; }

    /// Makes [begin, end) (UTC seconds) available; true when events() or countsOnly() changed.
    Result<bool> show(double begin, double end);
    /// Counts of events beginning in `buckets` equal slices of [begin, end); zeros on failure.
    void countInto(double begin, double end, int buckets, std::vector<std::int64_t>& counts);
    /// One event read from the document, loaded or not.
    Result<Event> event(std::int64_t id);
    /// The document itself, for lookups beyond the window (names for pick lists).
    store::Document& document() { return document_; }
    /// Re-reads the total and extent after the document changed; the next show() queries again.
    Status refresh();

private:
    explicit EventWindow(store::Document document, std::int64_t loadLimit);
    bool covers(double begin, double end) const;
    Result<bool> loadAround(double begin, double end);

    store::Document document_;
    std::int64_t loadLimit_;
    std::int64_t total_ = 0;
    std::optional<store::TimeRange> extent_;
    std::optional<store::TimeRange> loaded_;  ///< What events_ holds, when not counts only.
    bool countsOnly_ = false;
    std::vector<Event> events_;
};

}  // namespace yeonpyo::gui
