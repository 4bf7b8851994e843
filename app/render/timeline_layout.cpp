// Frame layout of the timeline: lanes and axis geometry, per-lane choice of detail, hit testing.
#include "app/render/timeline_layout.h"

#include <algorithm>

#include "app/render/lane_density_p.h"
#include "app/render/lane_placement_p.h"
#include "app/render/lane_scan_p.h"
#include "app/render/text_widths_p.h"

namespace yeonpyo::render {

TimelineStyle TimelineStyle::fromTheme(const Theme& theme) {
    TimelineStyle style;
    style.titleFont = theme.font(14, QFont::DemiBold);
    style.subtitleFont = theme.font(12);
    style.numberFont = theme.font(11, QFont::Bold);
    style.axisFont = theme.font(12);
    style.contextFont = theme.font(12, QFont::DemiBold);
    style.captionFont = theme.font(11, QFont::DemiBold);
    return style;
}

struct TimelineLayouter::Caches {
    explicit Caches(const TimelineStyle& style)
        : titles(style.titleFont), subtitles(style.subtitleFont), numbers(style.numberFont) {}
    detail::TextWidths titles;
    detail::TextWidths subtitles;
    detail::TextWidths numbers;
    std::vector<double> rowEnds;
    std::vector<std::uint32_t> rows;
    detail::DensityScratch density;
};

TimelineLayouter::TimelineLayouter(TimelineStyle style)
    : style_(std::move(style)), caches_(std::make_unique<Caches>(style_)) {}

TimelineLayouter::~TimelineLayouter() = default;

TimelineLayout TimelineLayouter::layOut(const TimelineData& data, const TimelineFrame& frame) {
    TimelineLayout layout;
    layOut(data, frame, layout);
    return layout;
}

void TimelineLayouter::startFrame(const TimelineFrame& frame, int unplaced,
                                  TimelineLayout& out) const {
    const double width = frame.time.width();
    out.size = QSizeF(width, frame.height);
    out.axisRect = QRectF(0, frame.height - style_.axisHeight, width, style_.axisHeight);
    out.axis = buildTimeAxis(frame.time, frame.zone, frame.locale, frame.known);
    out.lanes.clear();
    out.events.clear();
    out.clusters.clear();
    out.density.clear();
    out.visibleCount = 0;
    out.unplacedCount = unplaced;
}

void TimelineLayouter::layOutCounts(const BucketCounter& counter, int unplaced,
                                    const TimelineFrame& frame, TimelineLayout& out) {
    startFrame(frame, unplaced, out);
    LaneBox box;
    box.rect = QRectF(0, 0, frame.time.width(), std::max(0.0, out.axisRect.top()));
    box.baselineY = box.rect.bottom() - style_.markerRadius - 8.0;
    box.aggregated = true;
    out.lanes.push_back(std::move(box));
    const detail::EdgeCounter count = [&counter](const std::vector<double>& edges,
                                                 std::vector<std::int64_t>& counts) {
        counter(edges.front(), edges.back(), static_cast<int>(edges.size()) - 1, counts);
    };
    out.lanes.front().visibleCount =
        detail::aggregateLane(count, 0, frame, style_, caches_->density, out);
    out.visibleCount = out.lanes.front().visibleCount;
}

void TimelineLayouter::layOut(const TimelineData& data, const TimelineFrame& frame,
                              TimelineLayout& out) {
    startFrame(frame, data.unplacedCount(), out);
    const double width = frame.time.width();

    const auto& lanes = data.lanes();
    const int laneCount = std::max<int>(1, static_cast<int>(lanes.size()));
    const double laneHeight = std::max(0.0, out.axisRect.top()) / laneCount;
    const bool captioned = lanes.size() > 1;
    for (int i = 0; i < static_cast<int>(lanes.size()); ++i) {
        LaneBox box;
        box.caption = captioned ? lanes[i].caption : QString();
        box.rect = QRectF(0, i * laneHeight, width, laneHeight);
        box.baselineY = box.rect.bottom() - style_.markerRadius - 8.0;
        out.lanes.push_back(std::move(box));
    }

    const double t0 = frame.time.begin();
    const double t1 = frame.time.end();
    detail::PlacementTools tools{caches_->titles, caches_->subtitles, caches_->numbers,
                                 caches_->rowEnds};
    for (int lane = 0; lane < static_cast<int>(lanes.size()); ++lane) {
        LaneBox& box = out.lanes[lane];
        const std::int64_t count = detail::countVisible(data, lane, t0, t1);
        box.aggregated = count > style_.maxIndividualPerLane;
        if (box.aggregated) {
            const detail::EdgeCounter countLane = [&data, lane](const std::vector<double>& edges,
                                                                std::vector<std::int64_t>& counts) {
                detail::countPerBucket(data, lane, edges, counts);
            };
            box.visibleCount =
                detail::aggregateLane(countLane, lane, frame, style_, caches_->density, out);
        } else {
            caches_->rows.clear();
            detail::listVisible(data, lane, t0, t1, caches_->rows);
            detail::placeLane(data, lane, caches_->rows, frame, style_, tools, out);
            box.visibleCount = static_cast<qint64>(caches_->rows.size());
        }
        out.visibleCount += box.visibleCount;
    }
}

TimelineHit TimelineLayout::hitTest(const QPointF& point) const {
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const QPointF d = point - it->marker;
        const bool onMarker = std::abs(d.x()) <= it->markerHalfWidth + 3.0 &&
                              std::abs(d.y()) <= it->markerHalfWidth + 3.0;
        if (onMarker || (it->hasLabel() && it->label.contains(point))) {
            return {TimelineHit::Kind::Event, it->id, 0.0, 0.0, 1};
        }
    }
    for (const ClusterGlyph& cluster : clusters) {
        if (cluster.rect.adjusted(-3, -3, 3, 3).contains(point)) {
            return {TimelineHit::Kind::Cluster, 0, cluster.beginTime, cluster.endTime,
                    cluster.count};
        }
    }
    return {};
}

const EventGlyph* TimelineLayout::glyphOf(std::int64_t id) const {
    const auto it =
        std::find_if(events.begin(), events.end(), [&](const EventGlyph& g) { return g.id == id; });
    return it == events.end() ? nullptr : &*it;
}

}  // namespace yeonpyo::render
