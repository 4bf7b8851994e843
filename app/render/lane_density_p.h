// Internal: one dense lane drawn as a density histogram with cluster pills per column.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "app/render/timeline_layout.h"

namespace yeonpyo::render::detail {

/// Scratch buffers reused across frames.
struct DensityScratch {
    std::vector<double> edges;
    std::vector<std::int64_t> counts;
};

/// Fills counts[i] with the events of a lane beginning in [edges[i], edges[i + 1]).
using EdgeCounter =
    std::function<void(const std::vector<double>& edges, std::vector<std::int64_t>& counts)>;

/// Aggregates the visible events of a lane: density bars of style.densityBucketWidth and one
/// cluster per non-empty column of style.clusterWidth. Returns the lane's visible count.
std::int64_t aggregateLane(const EdgeCounter& countEvents, int laneIndex,
                           const TimelineFrame& frame, const TimelineStyle& style,
                           DensityScratch& scratch, TimelineLayout& out);

}  // namespace yeonpyo::render::detail
