// Paints the itinerary: curved legs between successive places with direction arrows.
#include <QPainterPath>

#include <cmath>

#include "app/render/map_layers.h"

namespace yeonpyo::render {
namespace {

QPointF pixelOf(const geo::MapViewport& viewport, const geo::GeoPoint& position) {
    geo::PixelPoint pixel;
    viewport.geoToPixel(position, pixel);
    return {pixel.x, pixel.y};
}

/// A control point beside the middle of a leg, so that a leg back and forth shows as two arcs.
QPointF bulge(const QPointF& a, const QPointF& b) {
    const QPointF d = b - a;
    return (a + b) / 2.0 + QPointF(-d.y(), d.x()) * 0.18;
}

void drawArrowHead(QPainter& painter, const QPointF& tip, const QPointF& direction, double size) {
    const double length = std::hypot(direction.x(), direction.y());
    if (length <= 0.0)
        return;
    const QPointF u = direction / length;
    const QPointF n(-u.y(), u.x());
    const QPolygonF head{tip, tip - u * size + n * size * 0.55, tip - u * size - n * size * 0.55};
    painter.drawPolygon(head);
}

}  // namespace

void RouteLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const auto& markers = context.content.markers;
    const QColor color = context.theme.route;
    for (const RouteLeg& leg : context.content.legs) {
        const QPointF a = pixelOf(context.frame.viewport, markers[leg.from].position);
        const QPointF b = pixelOf(context.frame.viewport, markers[leg.to].position);
        if (std::hypot(b.x() - a.x(), b.y() - a.y()) < 2.0 * context.style.markerRadius)
            continue;
        const QPointF control = bulge(a, b);
        QPainterPath path(a);
        path.quadTo(control, b);
        QPen pen(color, 2.4, leg.throughUnknownPlaces ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        // Arrow at the middle of the curve, pointing along it.
        const QPointF middle = path.pointAtPercent(0.55);
        const QPointF ahead = path.pointAtPercent(0.6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        drawArrowHead(painter, middle, ahead - middle, 11.0);
    }
}

}  // namespace yeonpyo::render
