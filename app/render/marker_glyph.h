// Drawing of one event marker (shape by theme, filled or hollow, optional number), shared by
// timeline and map.
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPointF>
#include <QString>

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

/// Draws a marker centred at centre with an optional number inside, in font.
void drawMarker(QPainter& painter, const QPointF& centre, const MarkerLook& look,
                const QString& number, const QFont& font);

/// A ring around a marker that marks the selection.
void drawSelectionHalo(QPainter& painter, const QPointF& centre, double halfWidth, double radius,
                       const QColor& color);

}  // namespace yeonpyo::render
