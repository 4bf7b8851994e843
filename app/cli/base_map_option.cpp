// `render --base-map`: offline, osm, a tile URL template or an MBTiles file, opened as a source.
#include "app/cli/base_map_option.h"

#include "app/net/xyz_tile_source.h"
#include "app/render/mbtiles_source.h"

namespace yeonpyo::cli {

Result<std::shared_ptr<render::TileSource>> openBaseMap(const QString& value) {
    if (value.isEmpty() || value == QLatin1String("offline"))
        return std::shared_ptr<render::TileSource>();
    if (value.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        auto opened = render::MBTilesSource::open(value);
        if (!opened)
            return opened.error();
        return std::shared_ptr<render::TileSource>(std::move(opened).value());
    }
    net::XyzTileSettings settings;
    if (value == QLatin1String("osm")) {
        const QString mirror = qEnvironmentVariable("YEONPYO_OSM_TILE_URL");
        if (!mirror.isEmpty())
            settings.urlTemplate = mirror;
    } else if (value.contains(QLatin1String("{z}"))) {
        settings.urlTemplate = value;
        settings.attribution.clear();  // credited to the server's host name
    } else {
        return Error{
            "The base map must be offline, osm, a tile URL with {z}, {x} and {y}, or an "
            ".mbtiles file, not '" +
            value.toStdString() + "'."};
    }
    auto created = net::XyzTileSource::create(settings);
    if (!created)
        return created.error();
    return std::shared_ptr<render::TileSource>(std::move(created).value());
}

}  // namespace yeonpyo::cli
