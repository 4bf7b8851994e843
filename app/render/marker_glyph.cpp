// Marker shapes: circle or pill, square, diamond, triangles and hexagon.
#include "app/render/marker_glyph.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
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

void drawMarkerShape(QPainter& painter, const QPointF& centre, const MarkerLook& look) {
    if (look.hollow) {
        painter.setPen(QPen(look.color, 2.0));
        painter.setBrush(look.background);
    } else {
        painter.setPen(QPen(look.background, 1.5));
        painter.setBrush(look.color);
    }
    if (look.shape == MarkerShape::Circle && look.halfWidth <= look.radius) {
        painter.drawEllipse(centre, look.radius, look.radius);  // much cheaper than a path
        return;
    }
    painter.drawPath(shapePath(centre, look));
}

namespace {

/// Everything that changes a sprite's pixels.
struct SpriteKey {
    int shape;
    QRgb color;
    QRgb background;
    bool hollow;
    int halfWidthTenths;
    int radiusTenths;
    int scaleHundredths;
    friend bool operator==(const SpriteKey&, const SpriteKey&) = default;
};

size_t qHash(const SpriteKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.shape, k.color, k.background, k.hollow, k.halfWidthTenths,
                      k.radiusTenths, k.scaleHundredths);
}

}  // namespace

struct MarkerSprites::Cache {
    QHash<SpriteKey, QImage> images;
};

MarkerSprites::MarkerSprites() : cache_(std::make_unique<Cache>()) {}
MarkerSprites::~MarkerSprites() = default;

void MarkerSprites::draw(QPainter& painter, const QPointF& centre, const MarkerLook& look) {
    const QTransform& transform = painter.worldTransform();
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster || !transform.isAffine() || transform.isRotating()) {
        drawMarkerShape(painter, centre, look);
        return;
    }
    const double scale = transform.m11();
    const SpriteKey key{
        static_cast<int>(look.shape), look.color.rgba(),        look.background.rgba(), look.hollow,
        qRound(look.halfWidth * 10),  qRound(look.radius * 10), qRound(scale * 100)};
    auto it = cache_->images.find(key);
    if (it == cache_->images.end()) {
        const double margin = 3.0;
        const QSizeF logical(2 * (look.halfWidth * 1.3 + margin), 2 * (look.radius * 1.3 + margin));
        QImage image((logical * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::transparent);
        QPainter sprite(&image);
        sprite.setRenderHint(QPainter::Antialiasing, true);
        drawMarkerShape(sprite, QPointF(logical.width() / 2, logical.height() / 2), look);
        sprite.end();
        if (cache_->images.size() > 4096)
            cache_->images.clear();
        it = cache_->images.insert(key, image);
    }
    const QSizeF logical = it->deviceIndependentSize();
    painter.drawImage(centre - QPointF(logical.width() / 2, logical.height() / 2), *it);
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
