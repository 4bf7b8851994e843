// TileMemoryCache: a byte-costed QCache of decoded tiles.
#include "app/render/tile_cache.h"

namespace yeonpyo::render {

TileMemoryCache::TileMemoryCache(qint64 maxBytes) : cache_(maxBytes) {}

std::optional<QImage> TileMemoryCache::find(const TileId& id) const {
    if (const QImage* image = cache_.object(id.key()))
        return *image;
    return std::nullopt;
}

void TileMemoryCache::insert(const TileId& id, const QImage& image) {
    // QCache owns what it is given and deletes it when it drops it (at once when too large).
    cache_.insert(id.key(), new QImage(image), image.sizeInBytes());
}

}  // namespace yeonpyo::render
