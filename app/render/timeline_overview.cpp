// Whole-document density for the overview strip, summed over lanes.
#include "app/render/timeline_overview.h"

#include <algorithm>

#include "app/render/lane_scan_p.h"

namespace yeonpyo::render {

std::vector<std::int64_t> densityOverview(const TimelineData& data, double begin, double end,
                                          int buckets) {
    const int count = std::max(1, buckets);
    std::vector<double> edges(static_cast<std::size_t>(count) + 1);
    for (int i = 0; i <= count; ++i)
        edges[i] = begin + (end - begin) * i / count;
    std::vector<std::int64_t> total(static_cast<std::size_t>(count), 0);
    std::vector<std::int64_t> lane;
    for (int l = 0; l < static_cast<int>(data.lanes().size()); ++l) {
        detail::countPerBucket(data, l, edges, lane);
        std::transform(total.begin(), total.end(), lane.begin(), total.begin(), std::plus<>());
    }
    return total;
}

}  // namespace yeonpyo::render
