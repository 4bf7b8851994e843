// Fetching the tiles an export needs before it is painted, for exports that must show them.
#pragma once

#include <chrono>
#include <memory>
#include <vector>

#include "app/render/tile_snapshot.h"

namespace yeonpyo::render {

/// Asks the source for every tile of ids, then runs the thread's event loop until each has
/// arrived or failed, or until timeout; returns what it then has as a snapshot that an export
/// may read on any thread. Call from the thread the source lives in.
std::shared_ptr<TileSnapshot> fetchTiles(TileSource& source, const std::vector<TileId>& ids,
                                         std::chrono::milliseconds timeout);

}  // namespace yeonpyo::render
