// Paints the bundled rivers (GSHHG WDBII): the classes the zoom calls for, smoothed, their width
// growing with the zoom up to a river's width on the ground.
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "app/render/map_layers.h"
#include "app/render/polygon_clip_p.h"

namespace yeonpyo::render {
namespace {

/// How a river class is drawn: from which zoom on, and how wide it is on the ground.
struct RiverStyle {
    double fromZoom;
    double groundMetres;  ///< The width it reaches once zoomed in far enough.
    double minimumPixels;
};

RiverStyle styleOf(int riverClass) {
    switch (riverClass) {
        case 0:
        case 1:
            return {4.0, 500.0, 1.0};
        case 2:
            return {6.0, 450.0, 0.9};
        case 3:
            return {8.0, 400.0, 0.8};
        default:
            return {10.0, 80.0, 0.7};
    }
}

constexpr double kMaximumPixels = 36.0;
/// Below this zoom rivers are thin lines whose corners nobody sees: drawn straight, which is
/// faster.
constexpr double kSmoothFromZoom = 9.0;

/// A smooth path through every point of a polyline (a Catmull-Rom spline as cubic curves), so the
/// river never leaves the side of a place the data puts it on.
QPainterPath smoothed(const QPolygonF& line) {
    QPainterPath path(line.front());
    const qsizetype n = line.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QPointF& before = line[std::max<qsizetype>(i - 1, 0)];
        const QPointF& after = line[std::min<qsizetype>(i + 2, n - 1)];
        path.cubicTo(line[i] + (line[i + 1] - before) / 6.0, line[i + 1] - (after - line[i]) / 6.0,
                     line[i + 1]);
    }
    return path;
}

}  // namespace

void RiverLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const geo::MapViewport& viewport = context.frame.viewport;
    const QRectF area =
        QRectF(0, 0, viewport.width(), viewport.height()).adjusted(-40, -40, 40, 40);
    const geo::PixelPoint origin = viewport.topLeftWorld();
    const double size = viewport.worldSize();
    const QColor color = mixed(context.theme.water, context.theme.coast, 0.8);
    const double perPixel = viewport.metresPerPixel();
    painter.setBrush(Qt::NoBrush);
    for (const BaseMapSection& section : rivers_.sections()) {
        const RiverStyle style = styleOf(section.riverClass);
        if (section.feature != BaseMapFeature::Rivers || viewport.zoom() < style.fromZoom)
            continue;
        const double width =
            std::clamp(style.groundMetres / perPixel, style.minimumPixels, kMaximumPixels);
        painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const BaseMapShape& shape : section.shapes) {
            const QRectF bounds((shape.bounds.left() - origin.x) * size,
                                (shape.bounds.top() - origin.y) * size, shape.bounds.width() * size,
                                shape.bounds.height() * size);
            if (!bounds.intersects(area))
                continue;
            for (const QPolygonF& line : shape.rings) {
                // Points closer than a pixel or two to the last one kept add nothing visible.
                QPolygonF pixels;
                pixels.reserve(line.size());
                for (const QPointF& p : line) {
                    const QPointF pixel((p.x() - origin.x) * size, (p.y() - origin.y) * size);
                    if (pixels.isEmpty() || (pixel - pixels.back()).manhattanLength() >= 2.0)
                        pixels << pixel;
                }
                if (pixels.size() < 2)
                    continue;
                std::vector<QPolygonF> runs;
                detail::clipPolyline(pixels, area, runs);
                for (const QPolygonF& run : runs) {
                    if (viewport.zoom() >= kSmoothFromZoom)
                        painter.drawPath(smoothed(run));
                    else
                        painter.drawPolyline(run);
                }
            }
        }
    }
}

}  // namespace yeonpyo::render
