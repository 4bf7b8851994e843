// TileMemoryCache: decoded tiles kept in memory, costed by their bytes, least recently used
// dropped first.
#pragma once

#include <QCache>
#include <QImage>

#include <optional>

#include "app/render/tile_source.h"

namespace yeonpyo::render {

/// A bounded in-memory store of decoded tiles for a TileSource. Not thread-safe.
class TileMemoryCache {
public:
    /// A cache holding at most maxBytes of decoded pixels.
    explicit TileMemoryCache(qint64 maxBytes = qint64{64} << 20);

    std::optional<QImage> find(const TileId& id) const;
    /// Keeps image under id; an image larger than the whole cache is not kept.
    void insert(const TileId& id, const QImage& image);
    /// Bytes of pixels held now.
    qint64 bytes() const { return cache_.totalCost(); }
    qint64 maxBytes() const { return cache_.maxCost(); }

private:
    QCache<std::uint64_t, QImage> cache_;
};

}  // namespace yeonpyo::render
