// TileSnapshot: a fixed set of tiles copied from a source, safe to read from any thread (exports).
#pragma once

#include <QImage>

#include <memory>
#include <unordered_map>
#include <vector>

#include "app/render/tile_source.h"

namespace yeonpyo::render {

/// The tiles a source had at hand for some ids (and their ancestors, which stand in for missing
/// tiles), with its credit and levels. Never fetches; never changes after take().
class TileSnapshot : public TileSource {
public:
    /// Copies what the source gives now for ids (an MBTiles file reads them; a downloading source
    /// is asked for the missing ones) and what it has at hand up to four levels above each.
    static std::shared_ptr<TileSnapshot> take(TileSource& source, const std::vector<TileId>& ids);

    std::optional<QImage> tile(const TileId& id, TileFetch fetch) override;
    QString attribution() const override { return attribution_; }
    int minZoom() const override { return minZoom_; }
    int maxZoom() const override { return maxZoom_; }
    /// How many of the ids asked for in take() it holds.
    std::size_t held() const { return held_; }

private:
    std::unordered_map<std::uint64_t, QImage> tiles_;
    QString attribution_;
    int minZoom_ = 0;
    int maxZoom_ = 0;
    std::size_t held_ = 0;
};

}  // namespace yeonpyo::render
