// Aggregated lanes: counts per pixel bucket and per column by binary search, never per event.
#include "app/render/lane_density_p.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::render::detail {
namespace {

/// Edges of `buckets` equal slices of the viewport's width, as times.
void fillEdges(const TimeViewport& view, int buckets, std::vector<double>& edges) {
    edges.resize(static_cast<std::size_t>(buckets) + 1);
    for (int i = 0; i <= buckets; ++i)
        edges[i] = view.timeAt(view.width() * i / buckets);
}

}  // namespace

std::int64_t aggregateLane(const EdgeCounter& countEvents, int laneIndex,
                           const TimelineFrame& frame, const TimelineStyle& style,
                           DensityScratch& scratch, TimelineLayout& out) {
    const LaneBox& box = out.lanes[laneIndex];
    const TimeViewport& view = frame.time;
    const double top = box.rect.top() + (box.caption.isEmpty() ? 8.0 : style.laneCaptionHeight);
    const double barBase = box.baselineY - style.markerRadius - 4.0;
    const double maxHeight = std::max(4.0, barBase - top);

    fillEdges(view,
              std::max(1, static_cast<int>(std::ceil(view.width() / style.densityBucketWidth))),
              scratch.edges);
    countEvents(scratch.edges, scratch.counts);
    const std::int64_t busiest = *std::max_element(scratch.counts.begin(), scratch.counts.end());
    const double scale = busiest > 0 ? maxHeight / std::log1p(static_cast<double>(busiest)) : 0.0;
    for (std::size_t i = 0; i < scratch.counts.size(); ++i) {
        if (scratch.counts[i] == 0)
            continue;
        const double height =
            std::max(1.5, std::log1p(static_cast<double>(scratch.counts[i])) * scale);
        const double left = view.xOf(scratch.edges[i]);
        const double right = view.xOf(scratch.edges[i + 1]);
        out.density.push_back(
            {laneIndex, QRectF(left, barBase - height, right - left, height), scratch.counts[i]});
    }

    // Whole columns only, so that the last pill is as wide as the others.
    fillEdges(view, std::max(1, static_cast<int>(std::lround(view.width() / style.clusterWidth))),
              scratch.edges);
    countEvents(scratch.edges, scratch.counts);
    std::int64_t total = 0;
    const double height = 2.0 * style.markerRadius - 2.0;
    for (std::size_t i = 0; i < scratch.counts.size(); ++i) {
        const std::int64_t count = scratch.counts[i];
        if (count == 0)
            continue;
        total += count;
        const double left = view.xOf(scratch.edges[i]);
        const double right = view.xOf(scratch.edges[i + 1]);
        const double width = std::min(
            right - left - 4.0, std::max(height + 6.0, 14.0 + 7.0 * QString::number(count).size()));
        out.clusters.push_back(
            {laneIndex,
             QRectF((left + right - width) / 2.0, box.baselineY - height / 2.0, width, height),
             count, scratch.edges[i], scratch.edges[i + 1]});
    }
    return total;
}

}  // namespace yeonpyo::render::detail
