// Binary searches over a lane's sorted begin times, with a bounded look-back for short spans.
#include "app/render/lane_scan_p.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::render::detail {
namespace {

using Lane = TimelineData::Lane;

/// First short row of the lane beginning at or after t.
std::uint32_t firstShortAtOrAfter(const TimelineData& data, const Lane& lane, double t) {
    const auto& begins = data.begins();
    const auto key = static_cast<std::int64_t>(std::ceil(t));
    return static_cast<std::uint32_t>(
        std::lower_bound(begins.begin() + lane.first, begins.begin() + lane.longFirst, key) -
        begins.begin());
}

/// Short rows that begin before t0 and still run at t0: [t0 - maxShortSpan, t0) is scanned.
template <typename Visit>
void forEachCarriedIn(const TimelineData& data, const Lane& lane, double t0, double t1,
                      Visit visit) {
    const std::uint32_t from =
        firstShortAtOrAfter(data, lane, t0 - static_cast<double>(lane.maxShortSpan));
    const std::uint32_t to = firstShortAtOrAfter(data, lane, t0);
    for (std::uint32_t row = from; row < to; ++row) {
        if (isVisible(data.items()[row], t0, t1))
            visit(row);
    }
}

template <typename Visit>
void forEachVisibleLong(const TimelineData& data, const Lane& lane, double t0, double t1,
                        Visit visit) {
    for (std::uint32_t row = lane.longFirst; row < lane.end; ++row) {
        if (static_cast<double>(data.begins()[row]) >= t1)
            break;
        if (isVisible(data.items()[row], t0, t1))
            visit(row);
    }
}

}  // namespace

std::int64_t countVisible(const TimelineData& data, int laneIndex, double t0, double t1) {
    const Lane& lane = data.lanes()[laneIndex];
    std::int64_t count = firstShortAtOrAfter(data, lane, t1) - firstShortAtOrAfter(data, lane, t0);
    forEachCarriedIn(data, lane, t0, t1, [&](std::uint32_t) { ++count; });
    forEachVisibleLong(data, lane, t0, t1, [&](std::uint32_t) { ++count; });
    return count;
}

void listVisible(const TimelineData& data, int laneIndex, double t0, double t1,
                 std::vector<std::uint32_t>& out) {
    const Lane& lane = data.lanes()[laneIndex];
    const auto start = out.size();
    forEachCarriedIn(data, lane, t0, t1, [&](std::uint32_t row) { out.push_back(row); });
    const std::uint32_t last = firstShortAtOrAfter(data, lane, t1);
    for (std::uint32_t row = firstShortAtOrAfter(data, lane, t0); row < last; ++row)
        out.push_back(row);
    const auto middle = out.size();
    forEachVisibleLong(data, lane, t0, t1, [&](std::uint32_t row) { out.push_back(row); });
    if (middle != out.size()) {
        // Rows of each part are in order already; merge the long ones in.
        std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(start),
                           out.begin() + static_cast<std::ptrdiff_t>(middle), out.end(),
                           [&](std::uint32_t a, std::uint32_t b) {
                               const auto& x = data.items()[a];
                               const auto& y = data.items()[b];
                               return std::pair(x.begin, x.sequence) <
                                      std::pair(y.begin, y.sequence);
                           });
    }
}

void countPerBucket(const TimelineData& data, int laneIndex, const std::vector<double>& edges,
                    std::vector<std::int64_t>& counts) {
    counts.assign(edges.size() > 1 ? edges.size() - 1 : 0, 0);
    if (counts.empty())
        return;
    const Lane& lane = data.lanes()[laneIndex];
    std::uint32_t previous = firstShortAtOrAfter(data, lane, edges.front());
    for (std::size_t i = 1; i < edges.size(); ++i) {
        const std::uint32_t next = firstShortAtOrAfter(data, lane, edges[i]);
        counts[i - 1] = next - previous;
        previous = next;
    }
    const double t0 = edges.front();
    const double t1 = edges.back();
    forEachCarriedIn(data, lane, t0, t1, [&](std::uint32_t) { ++counts.front(); });
    forEachVisibleLong(data, lane, t0, t1, [&](std::uint32_t row) {
        const double begin = std::max(t0, static_cast<double>(data.begins()[row]));
        const auto bucket = std::upper_bound(edges.begin(), edges.end(), begin) - edges.begin() - 1;
        ++counts[std::clamp<std::size_t>(static_cast<std::size_t>(bucket), 0, counts.size() - 1)];
    });
}

}  // namespace yeonpyo::render::detail
