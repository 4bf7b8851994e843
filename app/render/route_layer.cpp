// Paints the itinerary: curved legs between successive places with direction arrows.
#include <QPainterPath>

#include <cmath>

#include "app/render/map_layers.h"

namespace yeonpyo::render {
namespace {

/// Above this many legs in view the route is not drawn (markers still are).
constexpr std::size_t kMaxDrawnLegs = 400;

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

struct Leg {
    QPointF from;
    QPointF control;
    QPointF to;
    bool dashed;
};

void drawArrowHead(QPainter& painter, const QPointF& tip, const QPointF& direction, double size) {
    const double length = std::hypot(direction.x(), direction.y());
    if (length <= 0.0)
        return;
    const QPointF u = direction / length;
    const QPointF n(-u.y(), u.x());
    const QPolygonF head{tip, tip - u * size + n * size * 0.55, tip - u * size - n * size * 0.55};
    painter.drawPolygon(head);
}

void drawLeg(QPainter& painter, const Leg& leg, const QColor& color) {
    QPainterPath path(leg.from);
    path.quadTo(leg.control, leg.to);
    painter.setPen(QPen(color, 2.4, leg.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // The arrow sits a little past the middle of the curve, along its tangent.
    constexpr double t = 0.55;
    const QPointF at =
        (1 - t) * (1 - t) * leg.from + 2 * (1 - t) * t * leg.control + t * t * leg.to;
    const QPointF tangent = 2 * (1 - t) * (leg.control - leg.from) + 2 * t * (leg.to - leg.control);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    drawArrowHead(painter, at, tangent, 11.0);
}

}  // namespace

void RouteLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const auto& markers = context.content.markers;
    const geo::MapViewport& viewport = context.frame.viewport;
    const QRectF view(0, 0, viewport.width(), viewport.height());
    std::vector<Leg> legs;
    for (const RouteLeg& leg : context.content.legs) {
        const QPointF a = pixelOf(viewport, markers[leg.from].position);
        const QPointF b = pixelOf(viewport, markers[leg.to].position);
        if (std::hypot(b.x() - a.x(), b.y() - a.y()) < 2.0 * context.style.markerRadius)
            continue;
        const QPointF control = bulge(a, b);
        const QRectF extent = QRectF(a, b).normalized().united(QRectF(control, control));
        if (extent.intersects(view))
            legs.push_back({a, control, b, leg.throughUnknownPlaces});
    }
    // Hundreds of crossing legs read as noise, and cost more than a frame: leave them out.
    if (legs.size() > kMaxDrawnLegs)
        return;
    for (const Leg& leg : legs)
        drawLeg(painter, leg, context.theme.route);
}

}  // namespace yeonpyo::render
