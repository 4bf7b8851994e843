// Paints the tiles of a source over the viewport, standing in enlarged ancestors for missing ones.
#include "app/render/tile_layer.h"

#include <cmath>

#include "app/render/tile_grid.h"

namespace yeonpyo::render {
namespace {

/// How many levels up a cached ancestor may stand in for a missing tile.
constexpr int kAncestorLevels = 4;

}  // namespace

TileLayer::TileLayer(std::shared_ptr<TileSource> source) : source_(std::move(source)) {}

void TileLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const geo::MapViewport& viewport = context.frame.viewport;
    const QTransform& device = painter.worldTransform();
    const int z =
        tileZoomFor(tileLevelZoom(viewport.zoom(), std::hypot(device.m11(), device.m12())),
                    source_->minZoom(), source_->maxZoom());
    if (z < 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const TilePlacement& placement : tilesCovering(viewport, z)) {
        if (const auto image = source_->tile(placement.id, TileFetch::IfMissing)) {
            painter.drawImage(placement.target, *image);
        } else {
            paintFromAncestor(painter, placement.id, placement.target);
        }
    }
    painter.restore();
}

void TileLayer::paintFromAncestor(QPainter& painter, const TileId& id, const QRect& target) const {
    TileId ancestor = id;
    for (int levels = 1; levels <= kAncestorLevels && ancestor.z > source_->minZoom(); ++levels) {
        ancestor = ancestor.parent();
        const auto image = source_->tile(ancestor, TileFetch::CachedOnly);
        if (!image)
            continue;
        // The part of the ancestor that covers id: one of 2^levels × 2^levels squares.
        const double part = 1.0 / (1 << levels);
        const double column = id.x - (ancestor.x << levels);
        const double row = id.y - (ancestor.y << levels);
        const QRectF source(column * part * image->width(), row * part * image->height(),
                            part * image->width(), part * image->height());
        painter.drawImage(QRectF(target), *image, source);
        return;
    }
}

}  // namespace yeonpyo::render
