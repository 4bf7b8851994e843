// BaseLayerChoice: which base map the user picked (bundled, OpenStreetMap, tile URL, MBTiles),
// kept in QSettings, and the tile source it opens.
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

#include "app/net/xyz_tile_source.h"
#include "app/render/tile_source.h"
#include "core/model/result.h"

namespace yeonpyo::gui {

/// The map's base layer as the user chose it.
struct BaseLayerChoice {
    enum class Kind { Bundled, OpenStreetMap, CustomTiles, MBTiles };

    Kind kind = Kind::Bundled;
    QString location;     ///< CustomTiles: the URL template; MBTiles: the file's path.
    QString attribution;  ///< CustomTiles: the credit line the tile provider asks for.

    /// The choice saved under "map/" in settings; Bundled when there is none.
    static BaseLayerChoice load(const QSettings& settings);
    void save(QSettings& settings) const;

    friend bool operator==(const BaseLayerChoice&, const BaseLayerChoice&) = default;
};

/// A base layer ready for the map: its tiles (nullptr for the bundled map alone) and, for
/// downloaded tiles, the source whose signals report arrivals and failures.
struct OpenedBaseLayer {
    std::shared_ptr<render::TileSource> tiles;
    net::XyzTileSource* downloads = nullptr;
};

/// Opens a choice's tiles; one sentence when the URL template or the file is refused.
/// cacheDirectory overrides the tile download cache's folder (tests); empty uses the default.
Result<OpenedBaseLayer> openBaseLayer(const BaseLayerChoice& choice,
                                      const QString& cacheDirectory = {});

}  // namespace yeonpyo::gui
