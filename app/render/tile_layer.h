// TileLayer: raster tiles from a TileSource drawn over the bundled base map.
#pragma once

#include <memory>

#include "app/render/map_layer.h"
#include "app/render/tile_source.h"

namespace yeonpyo::render {

/// Draws the tiles a source has at hand for the viewport at z 10, above the offline base map.
/// A missing tile is asked for and, meanwhile, replaced by the enlarged part of a cached tile up
/// to four levels up; where there is none the base map shows through. Never waits for a tile.
class TileLayer : public MapLayer {
public:
    explicit TileLayer(std::shared_ptr<TileSource> source);
    int z() const override { return 10; }
    QString attribution() const override { return source_->attribution(); }
    void paint(QPainter& painter, const MapPaintContext& context) const override;

    const TileSource& source() const { return *source_; }

private:
    void paintFromAncestor(QPainter& painter, const TileId& id, const QRect& target) const;

    std::shared_ptr<TileSource> source_;
};

}  // namespace yeonpyo::render
