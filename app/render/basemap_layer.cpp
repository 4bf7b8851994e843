// Paints the base map: sea, land with its coastline, dashed country borders, for every visible
// world copy.
#include <QPainterPath>

#include <cmath>

#include "app/render/map_layers.h"
#include "app/render/polygon_clip_p.h"

namespace yeonpyo::render {
namespace {

/// Pixel transform of world coordinates shifted by a whole number of worlds.
struct WorldCopy {
    double scale;
    double offsetX;
    double offsetY;

    QPointF map(const QPointF& world) const {
        return {world.x() * scale + offsetX, world.y() * scale + offsetY};
    }
    QRectF map(const QRectF& world) const {
        return {map(world.topLeft()), map(world.bottomRight())};
    }
};

std::vector<WorldCopy> visibleCopies(const geo::MapViewport& viewport) {
    const geo::PixelPoint origin = viewport.topLeftWorld();
    const double size = viewport.worldSize();
    const int first = static_cast<int>(std::floor(origin.x));
    const int last = static_cast<int>(std::floor(origin.x + viewport.width() / size));
    std::vector<WorldCopy> copies;
    for (int k = first; k <= last; ++k)
        copies.push_back({size, (k - origin.x) * size, -origin.y * size});
    return copies;
}

QPolygonF toPixels(const QPolygonF& ring, const WorldCopy& copy) {
    QPolygonF pixels;
    pixels.reserve(ring.size());
    for (const QPointF& p : ring)
        pixels << copy.map(p);
    return pixels;
}

void paintLand(QPainter& painter, const BaseMapSection& land, const std::vector<WorldCopy>& copies,
               const QRectF& area, const Theme& theme) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const WorldCopy& copy : copies) {
        for (const BaseMapShape& shape : land.shapes) {
            if (!copy.map(shape.bounds).intersects(area))
                continue;
            for (const QPolygonF& ring : shape.rings) {
                const QPolygonF clipped = detail::clipRing(toPixels(ring, copy), area);
                if (!clipped.isEmpty())
                    path.addPolygon(clipped);
            }
        }
    }
    painter.setPen(QPen(theme.coast, 0.8));
    painter.setBrush(theme.land);
    painter.drawPath(path);
}

void paintBorders(QPainter& painter, const BaseMapSection& borders,
                  const std::vector<WorldCopy>& copies, const QRectF& area, const Theme& theme) {
    std::vector<QPolygonF> runs;
    for (const WorldCopy& copy : copies) {
        for (const BaseMapShape& shape : borders.shapes) {
            if (!copy.map(shape.bounds).intersects(area))
                continue;
            for (const QPolygonF& line : shape.rings)
                detail::clipPolyline(toPixels(line, copy), area, runs);
        }
    }
    QPen pen(theme.border, 1.0, Qt::DashLine);
    pen.setDashPattern({4.0, 3.0});
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF& run : runs)
        painter.drawPolyline(run);
}

}  // namespace

void BaseMapLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const geo::MapViewport& viewport = context.frame.viewport;
    const QRectF view(0, 0, viewport.width(), viewport.height());
    painter.fillRect(view, context.theme.water);
    const int scale = map_.scaleFor(viewport);
    const auto copies = visibleCopies(viewport);
    const QRectF area = view.adjusted(-4, -4, 4, 4);
    if (const BaseMapSection* land = map_.section(BaseMapFeature::Land, scale)) {
        paintLand(painter, *land, copies, area, context.theme);
    }
    if (const BaseMapSection* borders = map_.section(BaseMapFeature::Borders, scale)) {
        paintBorders(painter, *borders, copies, area, context.theme);
    }
}

}  // namespace yeonpyo::render
