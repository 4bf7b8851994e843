// Map frame painting through sorted layers; marker clustering on a screen grid; marker hit testing.
#include "app/render/map_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

#include "app/render/labels.h"
#include "app/render/map_layers.h"

namespace yeonpyo::render {
namespace {

std::int64_t cellKey(const QPointF& p, double cell) {
    const auto cx = static_cast<std::int64_t>(std::floor(p.x() / cell));
    const auto cy = static_cast<std::int64_t>(std::floor(p.y() / cell));
    return (cx << 32) ^ (cy & 0xffffffff);
}

/// The markers of a small crowd on a ring around its centre, clockwise from the top in sequence
/// order, each remembering its true position.
void fanOut(const MarkerGlyph& crowd, const std::vector<QPointF>& positions, double radius,
            std::vector<MarkerGlyph>& out) {
    const auto n = static_cast<double>(crowd.members.size());
    const double ring = std::max(1.7 * radius, n * 2.3 * radius / (2 * std::numbers::pi));
    for (std::size_t k = 0; k < crowd.members.size(); ++k) {
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * k / n;
        MarkerGlyph glyph{crowd.centre + ring * QPointF(std::cos(angle), std::sin(angle)),
                          {crowd.members[k]},
                          0.0,
                          radius,
                          positions[k]};
        out.push_back(std::move(glyph));
    }
}

}  // namespace

MapStyle MapStyle::fromTheme(const Theme& theme) {
    MapStyle style;
    style.numberFont = theme.font(12, QFont::Bold);
    style.labelFont = theme.font(13, QFont::DemiBold);
    style.smallFont = theme.font(11);
    return style;
}

QString glyphText(const MarkerGlyph& glyph, const MapContent& content, const QLocale& locale) {
    const MapMarker& first = content.markers[glyph.members.front()];
    if (!glyph.isCluster())
        return first.sequence > 0 ? QString::number(first.sequence) : QString();
    if (glyph.members.size() <= 3) {
        QStringList numbers;
        for (std::size_t i : glyph.members)
            numbers << QString::number(content.markers[i].sequence);
        return numbers.join(QStringLiteral("·"));
    }
    return countText(static_cast<qint64>(glyph.members.size()), locale);
}

std::vector<MarkerGlyph> layOutMarkers(const MapContent& content, const MapFrame& frame,
                                       const MapStyle& style) {
    const geo::MapViewport& viewport = frame.viewport;
    const double cell = 2.2 * style.markerRadius;
    const QRectF area(-cell, -cell, viewport.width() + 2 * cell, viewport.height() + 2 * cell);
    std::vector<MarkerGlyph> glyphs;
    std::vector<QPointF> sums;
    std::vector<std::vector<QPointF>> positions;
    std::unordered_map<std::int64_t, std::size_t> glyphOfCell;
    for (std::size_t i = 0; i < content.markers.size(); ++i) {
        geo::PixelPoint pixel;
        viewport.geoToPixel(content.markers[i].position, pixel);
        const QPointF p(pixel.x, pixel.y);
        if (!area.contains(p))
            continue;
        const auto [it, added] = glyphOfCell.try_emplace(cellKey(p, cell), glyphs.size());
        if (added) {
            glyphs.push_back({p, {}, 0.0, 0.0, std::nullopt});
            sums.emplace_back();
            positions.emplace_back();
        }
        glyphs[it->second].members.push_back(i);
        sums[it->second] += p;
        if (positions[it->second].size() <= kFanOutLimit)
            positions[it->second].push_back(p);
    }
    // A crowded map keeps its clusters: fanning them out would only add clutter (and time).
    const bool fanOutCrowds = glyphs.size() <= kFanOutMaxGlyphs;
    std::vector<MarkerGlyph> fanned;
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
        glyphs[g].centre = sums[g] / static_cast<double>(glyphs[g].members.size());
        if (fanOutCrowds && glyphs[g].isCluster() && glyphs[g].members.size() <= kFanOutLimit)
            fanOut(glyphs[g], positions[g], style.markerRadius, fanned);
    }
    if (!fanned.empty()) {
        std::erase_if(glyphs, [](const MarkerGlyph& glyph) {
            return glyph.isCluster() && glyph.members.size() <= kFanOutLimit;
        });
        glyphs.insert(glyphs.end(), fanned.begin(), fanned.end());
    }
    // Numbers are digits (and group separators of about a digit's width): no shaping needed.
    const double digitWidth = QFontMetricsF(style.numberFont).horizontalAdvance(QLatin1Char('8'));
    for (MarkerGlyph& glyph : glyphs) {
        glyph.radius = glyph.isCluster() ? style.clusterRadius : style.markerRadius;
        const auto characters = glyphText(glyph, content, frame.locale).size();
        glyph.halfWidth = std::max(glyph.radius, characters * digitWidth / 2 + 6);
    }
    return glyphs;
}

MapPainter::MapPainter(const Theme& theme) : theme_(theme), style_(MapStyle::fromTheme(theme)) {
    insertLayer(std::make_unique<BaseMapLayer>());
    insertLayer(std::make_unique<RiverLayer>());
    insertLayer(std::make_unique<PlaceNameLayer>());
    insertLayer(std::make_unique<RouteLayer>());
    insertLayer(std::make_unique<MarkerLayer>());
    insertLayer(std::make_unique<LabelLayer>());
    insertLayer(std::make_unique<LocatorLayer>());
    insertLayer(std::make_unique<DecorationLayer>());
}

MapPainter::~MapPainter() = default;
MapPainter::MapPainter(MapPainter&&) noexcept = default;

void MapPainter::insertLayer(std::unique_ptr<MapLayer> layer) {
    const int z = layer->z();
    const auto at = std::upper_bound(
        layers_.begin(), layers_.end(), z,
        [](int value, const std::unique_ptr<MapLayer>& l) { return value < l->z(); });
    layers_.insert(at, std::move(layer));
}

QStringList MapPainter::attributions() const {
    QStringList lines;
    for (auto it = layers_.rbegin(); it != layers_.rend(); ++it) {
        const QString line = (*it)->attribution();
        if (!line.isEmpty() && !lines.contains(line))
            lines << line;
    }
    return lines;
}

void MapPainter::paint(QPainter& painter, const MapContent& content, const MapFrame& frame) const {
    const std::vector<MarkerGlyph> glyphs = layOutMarkers(content, frame, style_);
    const auto labels = layOutEventLabels(content, glyphs, frame, style_);
    const MapPaintContext context{content, frame, theme_, style_, glyphs, labels, attributions()};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(QRectF(0, 0, frame.viewport.width(), frame.viewport.height()),
                        Qt::IntersectClip);
    for (const auto& layer : layers_)
        layer->paint(painter, context);
    painter.restore();
}

MapHit MapPainter::hitTest(const MapContent& content, const MapFrame& frame,
                           const QPointF& point) const {
    const std::vector<MarkerGlyph> glyphs = layOutMarkers(content, frame, style_);
    for (auto it = glyphs.rbegin(); it != glyphs.rend(); ++it) {
        const QPointF d = point - it->centre;
        if (std::abs(d.x()) > it->halfWidth + 3 || std::abs(d.y()) > it->radius + 3)
            continue;
        MapHit hit;
        for (std::size_t i : it->members)
            hit.eventIds.push_back(content.markers[i].eventId);
        return hit;
    }
    return {};
}

}  // namespace yeonpyo::render
