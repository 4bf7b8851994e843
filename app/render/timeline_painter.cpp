// The timeline's drawing steps, each a small function over the layout's plain geometry.
#include "app/render/timeline_painter.h"

#include <QFontMetricsF>

#include <algorithm>

#include "app/render/conflict_badge.h"
#include "app/render/labels.h"
#include "app/render/marker_glyph.h"
#include "app/render/static_text_cache_p.h"

namespace yeonpyo::render {
namespace {

/// Lane bands alternate between the background and this tint of the surface colour.
QColor bandColor(const Theme& theme) {
    return mixed(theme.surface, theme.background, 0.8);
}

}  // namespace

struct TimelinePainter::Texts {
    explicit Texts(const TimelineStyle& style)
        : titles(style.titleFont),
          subtitles(style.subtitleFont),
          numbers(style.numberFont),
          axis(style.axisFont) {}
    detail::StaticTextCache titles;
    detail::StaticTextCache subtitles;
    detail::StaticTextCache numbers;
    detail::StaticTextCache axis;
    MarkerSprites markers;
};

TimelinePainter::TimelinePainter(const Theme& theme, const TimelineStyle& style, QLocale locale)
    : theme_(theme),
      style_(style),
      locale_(std::move(locale)),
      texts_(std::make_unique<Texts>(style)) {}

TimelinePainter::~TimelinePainter() = default;

void TimelinePainter::paint(QPainter& painter, const TimelineLayout& layout,
                            std::int64_t selectedId) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(QRectF(QPointF(0, 0), layout.size));
    if (fillBackground_)
        painter.fillRect(QRectF(QPointF(0, 0), layout.size), theme_.background);
    paintLanes(painter, layout);
    paintGrid(painter, layout);
    paintAxis(painter, layout);
    paintDensity(painter, layout);
    paintSpansAndLeaders(painter, layout);
    paintClusters(painter, layout);
    paintMarkers(painter, layout, selectedId);
    paintLabels(painter, layout, selectedId);
    paintUnknownDateNote(painter, layout);
    painter.restore();
}

void TimelinePainter::paintUnknownDateNote(QPainter& painter, const TimelineLayout& layout) const {
    const QString note = unknownDateNote(layout.axis.known, locale_);
    if (note.isEmpty())
        return;
    const QFontMetricsF metrics(style_.captionFont);
    const double width = std::min(metrics.horizontalAdvance(note) + 20, layout.size.width() - 16);
    const QRectF pill(layout.size.width() - width - 8, 6, width, metrics.height() + 8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme_.warning);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setFont(style_.captionFont);
    painter.setPen(theme_.warningInk);
    painter.drawText(pill.adjusted(10, 0, -10, 0), Qt::AlignCenter,
                     metrics.elidedText(note, Qt::ElideRight, pill.width() - 20));
}

void TimelinePainter::paintLanes(QPainter& painter, const TimelineLayout& layout) const {
    painter.setFont(style_.captionFont);
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const LaneBox& lane = layout.lanes[i];
        if (i % 2 == 1)
            painter.fillRect(lane.rect, bandColor(theme_));
        painter.setPen(QPen(theme_.axis, 1.0));
        painter.drawLine(QPointF(0, lane.baselineY), QPointF(lane.rect.right(), lane.baselineY));
        if (lane.caption.isEmpty())
            continue;
        painter.setPen(theme_.mutedText);
        painter.drawText(
            QRectF(lane.rect.left() + 10, lane.rect.top() + 4, lane.rect.width() - 20, 18),
            Qt::AlignLeft | Qt::AlignVCenter, lane.caption.toUpper());
    }
}

void TimelinePainter::paintGrid(QPainter& painter, const TimelineLayout& layout) const {
    const double bottom = layout.axisRect.top();
    painter.setPen(QPen(theme_.grid, 1.0));
    for (const AxisTick& tick : layout.axis.ticks)
        painter.drawLine(QPointF(tick.x, 0), QPointF(tick.x, bottom));
    painter.setPen(QPen(theme_.axis, 1.0, Qt::DashLine));
    for (const AxisTick& tick : layout.axis.contextTicks) {
        painter.drawLine(QPointF(tick.x, 0), QPointF(tick.x, layout.axisRect.bottom()));
    }
}

void TimelinePainter::paintAxis(QPainter& painter, const TimelineLayout& layout) const {
    const QRectF& axis = layout.axisRect;
    painter.fillRect(axis, theme_.background);
    painter.setPen(QPen(theme_.axis, 1.0));
    painter.drawLine(axis.topLeft(), axis.topRight());
    painter.setFont(style_.axisFont);
    const QFontMetricsF metrics(style_.axisFont);
    for (const AxisTick& tick : layout.axis.ticks) {
        painter.setPen(QPen(theme_.axis, 1.0));
        painter.drawLine(QPointF(tick.x, axis.top()), QPointF(tick.x, axis.top() + 5));
        if (tick.x + 4 + metrics.horizontalAdvance(tick.label) > axis.right())
            continue;
        painter.setPen(theme_.mutedText);
        texts_->axis.drawAtBaseline(painter, QPointF(tick.x + 4, axis.top() + 6 + metrics.ascent()),
                                    tick.label, metrics.ascent());
    }
    paintContextRow(painter, layout);
}

void TimelinePainter::paintContextRow(QPainter& painter, const TimelineLayout& layout) const {
    const QRectF& axis = layout.axisRect;
    const QFontMetricsF metrics(style_.axisFont);
    const QFontMetricsF contextMetrics(style_.contextFont);
    const double baseline = axis.top() + 30 + contextMetrics.ascent();
    const double zoneWidth = metrics.horizontalAdvance(layout.axis.zoneCaption);
    const double zoneLeft = axis.right() - zoneWidth - 10;
    painter.setFont(style_.axisFont);
    painter.setPen(theme_.mutedText);
    painter.drawText(QPointF(zoneLeft, baseline), layout.axis.zoneCaption);

    // Context labels left to right, each only where it fits before the next and the zone caption.
    std::vector<AxisTick> labels;
    if (!layout.axis.contextAtStart.isEmpty())
        labels.push_back({2.0, layout.axis.contextAtStart});
    labels.insert(labels.end(), layout.axis.contextTicks.begin(), layout.axis.contextTicks.end());
    painter.setFont(style_.contextFont);
    painter.setPen(theme_.text);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double left = labels[i].x + 4;
        const double limit = i + 1 < labels.size() ? labels[i + 1].x : zoneLeft;
        const double right = left + contextMetrics.horizontalAdvance(labels[i].label) + 12;
        if (right > limit)
            continue;
        painter.drawText(QPointF(left, baseline), labels[i].label);
    }
}

void TimelinePainter::paintDensity(QPainter& painter, const TimelineLayout& layout) const {
    if (layout.density.empty())
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(mixed(theme_.selection, theme_.background, 0.45));
    for (const DensityBar& bar : layout.density)
        painter.drawRect(bar.rect);
}

void TimelinePainter::paintSpansAndLeaders(QPainter& painter, const TimelineLayout& layout) const {
    painter.setPen(Qt::NoPen);
    for (const EventGlyph& g : layout.events) {
        if (g.span.isEmpty())
            continue;
        // A month seen at hour zoom is thousands of pixels wide: cut it to the frame (its round
        // ends stay outside) so that antialiasing fills only what shows.
        const double radius = g.span.height() / 2;
        const QRectF shown = g.span.intersected(
            QRectF(-radius, g.span.top(), layout.size.width() + 2 * radius, g.span.height()));
        painter.setBrush(mixed(theme_.colorOf(g.kind), theme_.background, 0.2));
        painter.drawRoundedRect(shown, radius, radius);
    }
    for (const EventGlyph& g : layout.events) {
        if (!g.hasLabel())
            continue;
        painter.setPen(QPen(mixed(theme_.colorOf(g.kind), theme_.background, 0.6), 1.2));
        painter.drawLine(QPointF(g.marker.x(), g.label.bottom()),
                         QPointF(g.marker.x(), g.marker.y() - style_.markerRadius));
    }
}

void TimelinePainter::paintClusters(QPainter& painter, const TimelineLayout& layout) const {
    painter.setFont(style_.numberFont);
    for (const ClusterGlyph& c : layout.clusters) {
        painter.setPen(QPen(theme_.background, 1.5));
        painter.setBrush(theme_.mutedText);
        painter.drawRoundedRect(c.rect, c.rect.height() / 2, c.rect.height() / 2);
        painter.setPen(theme_.background);
        texts_->numbers.drawCentred(painter, c.rect, countText(c.count, locale_));
    }
}

void TimelinePainter::paintMarkers(QPainter& painter, const TimelineLayout& layout,
                                   std::int64_t selectedId) const {
    for (const EventGlyph& g : layout.events) {
        const MarkerLook look{theme_.shapeOf(g.kind), theme_.colorOf(g.kind),
                              theme_.background,      g.planned,
                              g.markerHalfWidth,      style_.markerRadius};
        texts_->markers.draw(painter, g.marker, look);
        if (g.sequence > 0) {
            painter.setPen(markerNumberColor(look));
            texts_->numbers.drawCentred(painter, markerBox(g.marker, look),
                                        QString::number(g.sequence));
        }
        if (g.disputed) {
            drawConflictBadge(painter,
                              conflictBadgeAt(g.marker, g.markerHalfWidth, style_.markerRadius),
                              theme_.warning, theme_.warningInk, theme_.background);
        }
        if (g.id == selectedId) {
            drawSelectionHalo(painter, g.marker, g.markerHalfWidth, style_.markerRadius,
                              theme_.selection);
        }
    }
}

void TimelinePainter::paintLabels(QPainter& painter, const TimelineLayout& layout,
                                  std::int64_t selectedId) const {
    const QFontMetricsF titleMetrics(style_.titleFont);
    const QFontMetricsF subtitleMetrics(style_.subtitleFont);
    for (const EventGlyph& g : layout.events) {
        if (!g.hasLabel())
            continue;
        const bool selected = g.id == selectedId;
        painter.setPen(selected ? QPen(theme_.selection, 2.0) : QPen(theme_.grid, 1.0));
        painter.setBrush(theme_.background);
        painter.drawRoundedRect(g.label, 5, 5);
        painter.fillRect(QRectF(g.label.left(), g.label.top() + 4, 3, g.label.height() - 8),
                         theme_.colorOf(g.kind));
        const double x = g.label.left() + style_.labelPadding;
        const double textHeight = titleMetrics.height() + subtitleMetrics.height();
        const double titleBaseline = g.label.center().y() - textHeight / 2 + titleMetrics.ascent();
        painter.setPen(theme_.text);
        texts_->titles.drawAtBaseline(painter, QPointF(x, titleBaseline), g.title,
                                      titleMetrics.ascent());
        painter.setPen(theme_.mutedText);
        const double subtitleBaseline =
            titleBaseline + titleMetrics.descent() + 2 + subtitleMetrics.ascent();
        texts_->subtitles.drawAtBaseline(painter, QPointF(x, subtitleBaseline), g.subtitle,
                                         subtitleMetrics.ascent());
    }
}

}  // namespace yeonpyo::render
