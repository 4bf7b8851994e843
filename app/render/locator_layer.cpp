// Paints the locator: the surrounding region at a much smaller scale with the main view outlined.
#include "app/render/map_layers.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::render {
namespace {

constexpr double kMinZoomForLocator = 8.0;  ///< Below this the main map shows its own context.
/// About a country across the locator; just below the zoom that calls for 1:10m data, which a
/// thumbnail does not need and would make cost several times more.
constexpr double kLocatorZoom = 4.4;

}  // namespace

QRectF LocatorLayer::box(const geo::MapViewport& main) {
    const double side = std::round(std::min(main.width(), main.height()) * 0.28);
    if (main.zoom() < kMinZoomForLocator || side < 80)
        return {};
    return {main.width() - side - 10, 10, side, side};
}

void LocatorLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const geo::MapViewport& main = context.frame.viewport;
    const QRectF box = LocatorLayer::box(main);
    if (box.isEmpty())
        return;
    const double side = box.width();
    const geo::MapViewport overview(main.center(), std::min(kLocatorZoom, main.zoom() - 3.0), side,
                                    side);

    painter.save();
    painter.translate(box.topLeft());
    painter.setClipRect(QRectF(0, 0, side, side), Qt::IntersectClip);
    MapFrame frame = context.frame;
    frame.viewport = overview;
    const std::vector<MarkerGlyph> none;
    const std::vector<std::pair<std::size_t, QRectF>> noLabels;
    base_.paint(painter, {context.content, frame, context.theme, context.style, none, noLabels});
    // The main view's extent, shrunk by the difference of zoom around the same centre.
    const double scale = std::exp2(overview.zoom() - main.zoom());
    const QSizeF extent(std::max(6.0, main.width() * scale), std::max(6.0, main.height() * scale));
    painter.setPen(QPen(context.theme.selection, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(
        QRectF(QPointF(side / 2 - extent.width() / 2, side / 2 - extent.height() / 2), extent));
    painter.restore();

    painter.setPen(QPen(context.theme.axis, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
}

}  // namespace yeonpyo::render
