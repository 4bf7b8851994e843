// TileSource: where map tiles come from (an MBTiles file, a tile server), asked for by z/x/y.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <cstdint>
#include <optional>

namespace yeonpyo::render {

/// The deepest tile level Yeonpyo asks for; keeps x and y within 24 bits.
inline constexpr int kMaxTileZoom = 24;
/// The widest and tallest tile image accepted (tiles are 256 or 512 pixels).
inline constexpr int kMaxTileSide = 2048;

/// One tile of the XYZ pyramid: zoom level, column from the antimeridian eastwards, row from
/// the north.
struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId&, const TileId&) = default;
    /// True for 0 ≤ z ≤ kMaxTileZoom and 0 ≤ x, y < 2^z.
    bool isValid() const;
    /// The tile one level up that contains this one (z must be above 0).
    TileId parent() const { return {z - 1, x >> 1, y >> 1}; }
    /// A number unique to the tile, for caches and sets.
    std::uint64_t key() const;
};

/// Whether asking for a tile that is not at hand may start fetching it.
enum class TileFetch { IfMissing, CachedOnly };

/// A pyramid of raster tiles. Painting asks for tiles every frame, so tile() must return at
/// once: a source that downloads answers from its caches, starts fetching what it lacks (when
/// fetch is IfMissing) and announces arrivals its own way so the view repaints.
class TileSource {
public:
    virtual ~TileSource() = default;

    /// The tile's image when it is at hand now; std::nullopt when it is not (yet) or does not
    /// exist.
    virtual std::optional<QImage> tile(const TileId& id, TileFetch fetch) = 0;
    /// The credit line the source's licence asks for, e.g. "© OpenStreetMap contributors".
    virtual QString attribution() const = 0;
    /// The levels the source has tiles for.
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;
    /// True while tiles asked for are still on their way (a source that downloads).
    virtual bool fetching() const { return false; }
};

/// Decodes a PNG, JPEG (or other Qt-readable) tile; std::nullopt for data that is no image or
/// whose declared size exceeds kMaxTileSide, checked before any pixel is allocated.
std::optional<QImage> decodeTileImage(const QByteArray& bytes);

}  // namespace yeonpyo::render
