// Overview of a whole timeline: event counts per bucket across all lanes, for a range slider's
// density strip.
#pragma once

#include <cstdint>
#include <vector>

#include "app/render/timeline_data.h"

namespace yeonpyo::render {

/// Counts of events per equal time bucket of [begin, end), all lanes together, by the same rule
/// as the layout (an event counts where it begins; spans begun earlier count in the first
/// bucket). The counts add up to the events visible in [begin, end). Costs O(buckets · lanes ·
/// log n), so it can be recomputed on every change of the document.
std::vector<std::int64_t> densityOverview(const TimelineData& data, double begin, double end,
                                          int buckets);

}  // namespace yeonpyo::render
