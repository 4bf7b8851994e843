// `render --base-map`: the tiles an exported map draws over the bundled base map.
#pragma once

#include <QString>

#include <memory>

#include "app/render/tile_source.h"
#include "core/model/result.h"

namespace yeonpyo::cli {

/// Opens the base map named by --base-map: "offline" (nullptr: the bundled map alone), "osm"
/// (OpenStreetMap's tile server, or the template in the environment variable
/// YEONPYO_OSM_TILE_URL, for a mirror or a test server), a tile URL template with {z}, {x} and
/// {y}, or an MBTiles file. One sentence when the value or the file is refused.
Result<std::shared_ptr<render::TileSource>> openBaseMap(const QString& value);

}  // namespace yeonpyo::cli
