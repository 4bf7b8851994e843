// The conflict badge: a warning triangle with an exclamation mark, drawn as paths.
#include "app/render/conflict_badge.h"

#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace yeonpyo::render {
namespace {

constexpr double kBadgeToRadius = 1.35;                   ///< Badge height for a marker radius.
const double kHalfWidthPerHeight = 1.0 / std::sqrt(3.0);  ///< Equilateral triangle.

}  // namespace

ConflictBadge conflictBadgeAt(const QPointF& marker, double halfWidth, double radius) {
    const double height = kBadgeToRadius * radius;
    // Its left corner reaches into the marker's rim but stays clear of the number.
    return {QPointF(marker.x() + halfWidth + 0.15 * height, marker.y() - radius + 0.1 * height),
            height};
}

void drawConflictBadge(QPainter& painter, const ConflictBadge& badge, const QColor& fill,
                       const QColor& ink, const QColor& outline) {
    const double h = badge.height;
    const double halfBase = h * kHalfWidthPerHeight;
    const QPointF c = badge.centre;
    QPainterPath triangle;
    triangle.moveTo(c.x(), c.y() - h / 2);
    triangle.lineTo(c.x() + halfBase, c.y() + h / 2);
    triangle.lineTo(c.x() - halfBase, c.y() + h / 2);
    triangle.closeSubpath();
    painter.save();
    painter.setPen(
        QPen(outline, std::max(1.0, h * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
    painter.drawPath(triangle);
    painter.setPen(QPen(ink, h * 0.16, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(c.x(), c.y() - h * 0.16), QPointF(c.x(), c.y() + h * 0.14));
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawEllipse(QPointF(c.x(), c.y() + h * 0.32), h * 0.085, h * 0.085);
    painter.restore();
}

}  // namespace yeonpyo::render
