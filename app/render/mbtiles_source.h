// MBTilesSource: raster tiles read from an MBTiles file (an SQLite database of PNG or JPEG tiles).
#pragma once

#include <QString>

#include <memory>
#include <unordered_set>

#include "app/render/tile_cache.h"
#include "app/render/tile_source.h"
#include "core/model/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace yeonpyo::render {

/// Tiles of an MBTiles 1.x file, opened read-only: a `tiles` table (or view) of zoom_level,
/// tile_column, tile_row (TMS: counted from the south) and tile_data, and a `metadata` table
/// whose name, attribution, format, minzoom and maxzoom are used when present. Tiles are read
/// on demand and kept decoded in memory. A hostile file cannot hang a frame: every query is cut
/// off after a fraction of a second and oversized or undecodable tiles are skipped.
class MBTilesSource : public TileSource {
public:
    /// Opens path; one sentence naming the file when it is missing, not an SQLite database, has
    /// no tiles table, holds no tiles or holds vector tiles.
    static Result<std::unique_ptr<MBTilesSource>> open(const QString& path);
    ~MBTilesSource() override;
    MBTilesSource(const MBTilesSource&) = delete;
    MBTilesSource& operator=(const MBTilesSource&) = delete;

    std::optional<QImage> tile(const TileId& id, TileFetch fetch) override;
    /// The metadata's attribution as plain text, else its name, else the file's name.
    QString attribution() const override { return attribution_; }
    int minZoom() const override { return minZoom_; }
    int maxZoom() const override { return maxZoom_; }

private:
    struct Database;
    explicit MBTilesSource(std::unique_ptr<Database> database);
    std::optional<QImage> read(const TileId& id);

    std::unique_ptr<Database> database_;
    QString attribution_;
    int minZoom_ = 0;
    int maxZoom_ = 0;
    TileMemoryCache decoded_;
    std::unordered_set<std::uint64_t> absent_;
};

}  // namespace yeonpyo::render
