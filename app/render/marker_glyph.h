// Drawing of one event marker (shape by theme, filled or hollow, optional number), shared by
// timeline and map.
#pragma once

#include <QColor>
#include <QPainter>
#include <QPointF>
#include <QRectF>

#include <memory>

#include "app/render/theme.h"

namespace yeonpyo::render {

/// How one marker looks.
struct MarkerLook {
    MarkerShape shape = MarkerShape::Circle;
    QColor color;
    QColor background;      ///< Fill of a hollow marker and colour of numbers on a filled one.
    bool hollow = false;    ///< Planned events are drawn hollow.
    double halfWidth = 10;  ///< Half the width; circles widen into pills for long numbers.
    double radius = 10;
};

/// Draws a marker's shape centred at centre; its number (if any) is drawn by the caller.
void drawMarkerShape(QPainter& painter, const QPointF& centre, const MarkerLook& look);

/// Marker shapes rendered once into small images and blitted on raster devices (screen, PNG),
/// many times faster than rasterising each antialiased shape; vector devices get real shapes.
/// Not thread-safe: one per painter object.
class MarkerSprites {
public:
    MarkerSprites();
    ~MarkerSprites();
    MarkerSprites(const MarkerSprites&) = delete;
    MarkerSprites& operator=(const MarkerSprites&) = delete;

    void draw(QPainter& painter, const QPointF& centre, const MarkerLook& look);

private:
    struct Cache;
    std::unique_ptr<Cache> cache_;
};

/// The colour of a number inside a marker: the kind colour on a hollow one, else the background.
inline QColor markerNumberColor(const MarkerLook& look) {
    return look.hollow ? look.color : look.background;
}

/// The box a marker's number is centred in.
inline QRectF markerBox(const QPointF& centre, const MarkerLook& look) {
    return {centre.x() - look.halfWidth, centre.y() - look.radius, 2 * look.halfWidth,
            2 * look.radius};
}

/// A ring around a marker that marks the selection.
void drawSelectionHalo(QPainter& painter, const QPointF& centre, double halfWidth, double radius,
                       const QColor& color);

}  // namespace yeonpyo::render
