// Paints the scale bar (metres or kilometres, a round length) and the attributions of the map data.
#include <QFontMetricsF>

#include <cmath>

#include "app/render/map_layers.h"

namespace yeonpyo::render {
namespace {

/// The longest round length (1, 2 or 5 × 10^n metres) not longer than maxMetres.
double roundLength(double maxMetres) {
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= maxMetres)
            return step * power;
    }
    return power;
}

QString lengthText(double metres) {
    return metres >= 1000 ? QString::number(metres / 1000) + QStringLiteral(" km")
                          : QString::number(metres) + QStringLiteral(" m");
}

}  // namespace

void DecorationLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const geo::MapViewport& viewport = context.frame.viewport;
    const QFontMetricsF metrics(context.style.smallFont);
    painter.setFont(context.style.smallFont);

    if (!context.attributions.isEmpty()) {
        const QString attribution = context.attributions.join(QStringLiteral(" · "));
        const QSizeF box(metrics.horizontalAdvance(attribution) + 10, metrics.height() + 2);
        const QRectF corner(viewport.width() - box.width(), viewport.height() - box.height(),
                            box.width(), box.height());
        painter.fillRect(corner, mixed(context.theme.background, context.theme.land, 0.8));
        painter.setPen(context.theme.mutedText);
        painter.drawText(corner, Qt::AlignCenter, attribution);
    }

    const double metres =
        roundLength(viewport.metresPerPixel() * std::min(120.0, viewport.width() / 4));
    const double length = metres / viewport.metresPerPixel();
    const double y = viewport.height() - 12;
    painter.setPen(QPen(context.theme.text, 1.5));
    painter.drawLine(QPointF(12, y), QPointF(12 + length, y));
    painter.drawLine(QPointF(12, y - 4), QPointF(12, y));
    painter.drawLine(QPointF(12 + length, y - 4), QPointF(12 + length, y));
    painter.drawText(QPointF(12, y - 6), lengthText(metres));
}

}  // namespace yeonpyo::render
