// Internal: one dense lane drawn as a density histogram with cluster pills per column.
#pragma once

#include <cstdint>
#include <vector>

#include "app/render/timeline_layout.h"

namespace yeonpyo::render::detail {

/// Scratch buffers reused across frames.
struct DensityScratch {
    std::vector<double> edges;
    std::vector<std::int64_t> counts;
};

/// Aggregates the visible rows of a lane: density bars of style.densityBucketWidth and one
/// cluster per non-empty column of style.clusterWidth. Returns the lane's visible count.
std::int64_t aggregateLane(const TimelineData& data, int laneIndex, const TimelineFrame& frame,
                           const TimelineStyle& style, DensityScratch& scratch,
                           TimelineLayout& out);

}  // namespace yeonpyo::render::detail
