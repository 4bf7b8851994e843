// TileSnapshot: copies of a source's tiles at hand, read-only afterwards.
#include "app/render/tile_snapshot.h"

namespace yeonpyo::render {
namespace {

constexpr int kAncestorLevels = 4;

}  // namespace

std::shared_ptr<TileSnapshot> TileSnapshot::take(TileSource& source,
                                                 const std::vector<TileId>& ids) {
    auto snapshot = std::make_shared<TileSnapshot>();
    snapshot->attribution_ = source.attribution();
    snapshot->minZoom_ = source.minZoom();
    snapshot->maxZoom_ = source.maxZoom();
    for (const TileId& id : ids) {
        TileId at = id;
        for (int level = 0; level <= kAncestorLevels && at.isValid(); ++level) {
            if (!snapshot->tiles_.contains(at.key())) {
                // The tiles themselves may be read now (an MBTiles file); ancestors only if at
                // hand.
                const TileFetch fetch = level == 0 ? TileFetch::IfMissing : TileFetch::CachedOnly;
                if (auto image = source.tile(at, fetch))
                    snapshot->tiles_.emplace(at.key(), std::move(*image));
            }
            if (level == 0 && snapshot->tiles_.contains(at.key()))
                ++snapshot->held_;
            if (at.z == 0)
                break;
            at = at.parent();
        }
    }
    return snapshot;
}

std::optional<QImage> TileSnapshot::tile(const TileId& id, TileFetch) {
    const auto found = tiles_.find(id.key());
    if (found == tiles_.end())
        return std::nullopt;
    return found->second;
}

}  // namespace yeonpyo::render
