// Event-by-event lane layout: marker positions, greedy interval packing of labels, clusters of the
// rest.
#include "app/render/lane_placement_p.h"

#include <algorithm>
#include <limits>

#include "app/render/event_text_p.h"

namespace yeonpyo::render::detail {
namespace {

/// Rows of labels a lane has room for above its markers.
int labelRowsOf(const LaneBox& lane, double captionHeight, const TimelineStyle& style) {
    const double top = lane.rect.top() + captionHeight;
    const double bottom = lane.baselineY - style.markerRadius - 6.0;
    return std::max(0, static_cast<int>((bottom - top) / style.rowHeight));
}

QRectF labelRect(const LaneBox& lane, int row, double left, double width,
                 const TimelineStyle& style) {
    const double bottom = lane.baselineY - style.markerRadius - 6.0 - row * style.rowHeight;
    const double height = style.rowHeight - 6.0;
    return {left, bottom - height, width, height};
}

/// First row whose last label ends before left; -1 when every row is taken there.
int freeRow(const std::vector<double>& rowEnds, double left, double gap) {
    for (std::size_t row = 0; row < rowEnds.size(); ++row) {
        if (rowEnds[row] + gap <= left)
            return static_cast<int>(row);
    }
    return -1;
}

/// Gathers events whose label found no room. Consecutive ones within clusterWidth of the first
/// become one cluster pill; an event alone keeps its own marker, without a label.
class ClusterBuilder {
public:
    ClusterBuilder(const LaneBox& box, const TimelineFrame& frame, const TimelineStyle& style,
                   TimelineLayout& out)
        : box_(box), frame_(frame), style_(style), out_(out) {}

    void add(EventGlyph glyph, double beginTime, double endTime) {
        const double x = glyph.marker.x();
        if (count_ > 0 && x - first_.marker.x() > style_.clusterWidth)
            flush();
        if (count_ == 0) {
            begin_ = beginTime;
            end_ = endTime;
            first_ = std::move(glyph);
        }
        lastX_ = x;
        begin_ = std::min(begin_, beginTime);
        end_ = std::max(end_, endTime);
        ++count_;
    }

    void flush() {
        if (count_ == 1)
            out_.events.push_back(std::move(first_));
        if (count_ > 1) {
            const double height = 2.0 * style_.markerRadius - 2.0;
            const double width =
                std::max(height + 6.0, 14.0 + 7.0 * QString::number(count_).size());
            const double centre = (first_.marker.x() + lastX_) / 2.0;
            const double left =
                std::clamp(centre - width / 2.0, 0.0, std::max(0.0, frame_.time.width() - width));
            out_.clusters.push_back({first_.lane,
                                     QRectF(left, box_.baselineY - height / 2.0, width, height),
                                     count_, begin_, std::max(end_, begin_ + 1.0)});
        }
        count_ = 0;
    }

private:
    const LaneBox& box_;
    const TimelineFrame& frame_;
    const TimelineStyle& style_;
    TimelineLayout& out_;
    EventGlyph first_;
    qint64 count_ = 0;
    double lastX_ = 0.0, begin_ = 0.0, end_ = 0.0;
};

/// A marker (and soft span) without a label yet.
EventGlyph markerGlyph(std::uint32_t row, const TimelineItem& item, int lane, double x, double half,
                       double spanLeft, double spanRight, const LaneBox& box) {
    EventGlyph glyph;
    glyph.row = row;
    glyph.id = item.id;
    glyph.sequence = item.sequence;
    glyph.kind = item.kind;
    glyph.planned = item.planned;
    glyph.disputed = item.disputed;
    glyph.precision = item.precision;
    glyph.lane = lane;
    glyph.marker = QPointF(x, box.baselineY);
    glyph.markerHalfWidth = half;
    if (item.precision != TimePrecision::Exact) {
        glyph.span =
            QRectF(spanLeft, box.baselineY - 5.0, std::max(0.0, spanRight - spanLeft), 10.0);
    }
    return glyph;
}

}  // namespace

double markerHalfWidth(int sequence, const TimelineStyle& style, TextWidths& numbers) {
    if (sequence < 100)
        return style.markerRadius;
    return std::max(style.markerRadius, numbers.width(QString::number(sequence)) / 2.0 + 5.0);
}

void placeLane(const TimelineData& data, int laneIndex, const std::vector<std::uint32_t>& rows,
               const TimelineFrame& frame, const TimelineStyle& style, PlacementTools& tools,
               TimelineLayout& out) {
    const LaneBox& box = out.lanes[laneIndex];
    const double captionHeight = box.caption.isEmpty() ? 8.0 : style.laneCaptionHeight;
    tools.rowEnds.assign(labelRowsOf(box, captionHeight, style),
                         -std::numeric_limits<double>::infinity());
    const TimeViewport& view = frame.time;
    const double width = view.width();
    ClusterBuilder unlabelled(box, frame, style, out);
    double lastMarkerRight = -std::numeric_limits<double>::infinity();

    for (const std::uint32_t row : rows) {
        const TimelineItem& item = data.items()[row];
        const TimelineItemText& text = data.text(row);
        const bool soft = item.precision != TimePrecision::Exact;
        const auto begin = static_cast<double>(item.begin);
        const auto end = static_cast<double>(item.end);
        const double spanLeft = std::max(0.0, view.xOf(begin));
        const double spanRight = std::min(width, view.xOf(end));
        const double half = markerHalfWidth(item.sequence, style, tools.numbers);
        double x = soft ? (spanLeft + spanRight) / 2.0 : view.xOf(begin);
        // An uncertain time may slide within its span so that markers do not cover each other.
        if (soft && x - half < lastMarkerRight + 2.0)
            x = std::min(spanRight, lastMarkerRight + 2.0 + half);
        EventGlyph glyph = markerGlyph(row, item, laneIndex, x, half, spanLeft, spanRight, box);

        // Cheap test with the title alone first; the subtitle is only built for events that may
        // fit.
        const double titleWidth = tools.titles.width(text.title);
        const double minimum = std::min(titleWidth, style.maxLabelWidth) + 2.0 * style.labelPadding;
        int labelRow =
            freeRow(tools.rowEnds, std::clamp(x - half, 0.0, std::max(0.0, width - minimum)),
                    style.labelGap);
        QString subtitle;
        double labelWidth = 0.0;
        double left = 0.0;
        if (labelRow >= 0) {
            const QTimeZone& zone =
                frame.placeLocalTimes && text.zone != 0 ? data.zones()[text.zone] : frame.zone;
            subtitle = subtitleOf(item, text, frame, zone);
            const double subtitleWidth = tools.subtitles.width(subtitle);
            labelWidth = std::min(style.maxLabelWidth, std::max(titleWidth, subtitleWidth)) +
                         2.0 * style.labelPadding;
            left = std::clamp(x - half, 0.0, std::max(0.0, width - labelWidth));
            labelRow = freeRow(tools.rowEnds, left, style.labelGap);
        }
        if (labelRow < 0) {
            glyph.title = text.title;
            unlabelled.add(std::move(glyph), begin, end);
            continue;
        }
        unlabelled.flush();
        tools.rowEnds[labelRow] = left + labelWidth;
        lastMarkerRight = x + half;
        glyph.label = labelRect(box, labelRow, left, labelWidth, style);
        glyph.title = titleWidth > style.maxLabelWidth
                          ? tools.titles.elided(text.title, style.maxLabelWidth)
                          : text.title;
        glyph.subtitle = tools.subtitles.width(subtitle) > style.maxLabelWidth
                             ? tools.subtitles.elided(subtitle, style.maxLabelWidth)
                             : std::move(subtitle);
        out.events.push_back(std::move(glyph));
    }
    unlabelled.flush();
}

}  // namespace yeonpyo::render::detail
