// Marker shapes: circle or pill, square, diamond, triangles and hexagon.
#include "app/render/marker_glyph.h"

#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace yeonpyo::render {
namespace {

QPolygonF regularPolygon(const QPointF& c, double r, int sides, double startDegrees) {
    QPolygonF polygon;
    for (int i = 0; i < sides; ++i) {
        const double a = (startDegrees + 360.0 * i / sides) * std::numbers::pi / 180.0;
        polygon << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    return polygon;
}

QPainterPath shapePath(const QPointF& c, const MarkerLook& look) {
    QPainterPath path;
    const double r = look.radius;
    switch (look.shape) {
        case MarkerShape::Circle:
            path.addRoundedRect(
                QRectF(c.x() - look.halfWidth, c.y() - r, 2 * look.halfWidth, 2 * r), r, r);
            break;
        case MarkerShape::Square:
            path.addRoundedRect(QRectF(c.x() - look.halfWidth * 0.9, c.y() - r * 0.9,
                                       1.8 * look.halfWidth, 1.8 * r),
                                2, 2);
            break;
        case MarkerShape::Diamond:
            path.addPolygon(regularPolygon(c, r * 1.2, 4, -90));
            break;
        case MarkerShape::TriangleUp:
            path.addPolygon(regularPolygon(c + QPointF(0, r * 0.2), r * 1.3, 3, -90));
            break;
        case MarkerShape::TriangleDown:
            path.addPolygon(regularPolygon(c - QPointF(0, r * 0.2), r * 1.3, 3, 90));
            break;
        case MarkerShape::Hexagon:
            path.addPolygon(regularPolygon(c, r * 1.1, 6, 0));
            break;
    }
    path.closeSubpath();
    return path;
}

}  // namespace

void drawMarker(QPainter& painter, const QPointF& centre, const MarkerLook& look,
                const QString& number, const QFont& font) {
    const QPainterPath path = shapePath(centre, look);
    if (look.hollow) {
        painter.setPen(QPen(look.color, 2.0));
        painter.setBrush(look.background);
    } else {
        painter.setPen(QPen(look.background, 1.5));
        painter.setBrush(look.color);
    }
    painter.drawPath(path);
    if (number.isEmpty())
        return;
    painter.setFont(font);
    painter.setPen(look.hollow ? look.color : look.background);
    const QRectF box(centre.x() - look.halfWidth, centre.y() - look.radius, 2 * look.halfWidth,
                     2 * look.radius);
    painter.drawText(box, Qt::AlignCenter, number);
}

void drawSelectionHalo(QPainter& painter, const QPointF& centre, double halfWidth, double radius,
                       const QColor& color) {
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 2.5));
    const double grow = 4.0;
    painter.drawRoundedRect(QRectF(centre.x() - halfWidth - grow, centre.y() - radius - grow,
                                   2 * (halfWidth + grow), 2 * (radius + grow)),
                            radius + grow, radius + grow);
}

}  // namespace yeonpyo::render
