// Internal: finding a lane's visible rows in TimelineData by binary search, listing or counting
// them.
#pragma once

#include <cstdint>
#include <vector>

#include "app/render/timeline_data.h"

namespace yeonpyo::render::detail {

/// A row is visible in [t0, t1) when it begins before t1 and either begins at or after t0 or
/// ends after t0 (a span reaching into the window).
inline bool isVisible(const TimelineItem& item, double t0, double t1) {
    const auto begin = static_cast<double>(item.begin);
    return begin < t1 && (begin >= t0 || static_cast<double>(item.end) > t0);
}

/// Number of visible rows of a lane.
std::int64_t countVisible(const TimelineData& data, int lane, double t0, double t1);

/// Appends the visible rows of a lane to out in (begin, sequence) order.
void listVisible(const TimelineData& data, int lane, double t0, double t1,
                 std::vector<std::uint32_t>& out);

/// Counts the visible rows of a lane per time bucket: bucket i covers [edges[i], edges[i+1]).
/// A row counts in the bucket of its begin; spans begun before edges.front() count in bucket 0.
/// counts gets edges.size() - 1 entries.
void countPerBucket(const TimelineData& data, int lane, const std::vector<double>& edges,
                    std::vector<std::int64_t>& counts);

}  // namespace yeonpyo::render::detail
