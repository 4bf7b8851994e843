// XYZ tile keys (z, x, y) covering a map viewport, for tile and MBTiles layers and their caches.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "core/geo/mercator.h"

namespace yeonpyo::geo {

/// One tile of the XYZ pyramid: y grows southwards (the OpenStreetMap scheme, not TMS).
struct TileKey {
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileKey&, const TileKey&) = default;
};

/// The tile zoom level to draw a fractional map zoom with, clamped to [0, maxTileZoom].
int tileZoomFor(double mapZoom, int maxTileZoom = 19);

/// Where a tile's top-left corner falls in a viewport, in pixels, and its size on screen.
struct TilePlacement {
    TileKey key;
    PixelPoint topLeft;
    double size = 0.0;
};

/// The tiles at tileZoomFor(viewport.zoom()) that cover the viewport, nearest the centre first.
/// x wraps around the world (a key's x is always in [0, 2^z)); rows beyond the poles are skipped.
std::vector<TilePlacement> tilesCovering(const MapViewport& viewport, int maxTileZoom = 19);

}  // namespace yeonpyo::geo

template <>
struct std::hash<yeonpyo::geo::TileKey> {
    std::size_t operator()(const yeonpyo::geo::TileKey& key) const noexcept {
        return (static_cast<std::size_t>(key.z) << 58) ^ (static_cast<std::size_t>(key.x) << 29) ^
               static_cast<std::size_t>(key.y);
    }
};
