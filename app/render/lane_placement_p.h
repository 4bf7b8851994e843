// Internal: one lane laid out event by event: markers, soft spans, stacked labels, overflow
// clusters.
#pragma once

#include <cstdint>
#include <vector>

#include "app/render/text_widths_p.h"
#include "app/render/timeline_layout.h"

namespace yeonpyo::render::detail {

/// Measuring fonts and scratch buffers shared by the lanes of a frame.
struct PlacementTools {
    TextWidths& titles;
    TextWidths& subtitles;
    TextWidths& numbers;
    std::vector<double>& rowEnds;
};

/// Half the width of a marker showing a sequence number (wider than a circle past two digits).
double markerHalfWidth(int sequence, const TimelineStyle& style, TextWidths& numbers);

/// Places the visible rows of one lane (in time order) into out.events, greedily packing labels
/// into rows; events whose label finds no room are gathered into out.clusters.
void placeLane(const TimelineData& data, int laneIndex, const std::vector<std::uint32_t>& rows,
               const TimelineFrame& frame, const TimelineStyle& style, PlacementTools& tools,
               TimelineLayout& out);

}  // namespace yeonpyo::render::detail
