// Enumerates the XYZ tiles a viewport needs.
#include "core/geo/tiles.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::geo {

int tileZoomFor(double mapZoom, int maxTileZoom) {
    return std::clamp(static_cast<int>(std::floor(mapZoom + 1e-9)), 0, maxTileZoom);
}

std::vector<TilePlacement> tilesCovering(const MapViewport& viewport, int maxTileZoom) {
    const int z = tileZoomFor(viewport.zoom(), maxTileZoom);
    const int count = 1 << z;
    const double tileSize = viewport.worldSize() / count;
    const PixelPoint origin = viewport.topLeftWorld();
    const int firstX = static_cast<int>(std::floor(origin.x * count));
    const int firstY = std::max(0, static_cast<int>(std::floor(origin.y * count)));
    const int lastX =
        static_cast<int>(std::floor((origin.x * count) + viewport.width() / tileSize));
    const int lastY = std::min(
        count - 1, static_cast<int>(std::floor(origin.y * count + viewport.height() / tileSize)));

    std::vector<TilePlacement> tiles;
    for (int ty = firstY; ty <= lastY; ++ty) {
        for (int tx = firstX; tx <= lastX; ++tx) {
            const int wrappedX = ((tx % count) + count) % count;
            const PixelPoint topLeft{(tx - origin.x * count) * tileSize,
                                     (ty - origin.y * count) * tileSize};
            tiles.push_back({{z, wrappedX, ty}, topLeft, tileSize});
        }
    }
    const PixelPoint middle{viewport.width() / 2.0, viewport.height() / 2.0};
    auto distance = [&](const TilePlacement& t) {
        return std::hypot(t.topLeft.x + t.size / 2 - middle.x, t.topLeft.y + t.size / 2 - middle.y);
    };
    std::sort(tiles.begin(), tiles.end(), [&](const TilePlacement& a, const TilePlacement& b) {
        return distance(a) < distance(b);
    });
    return tiles;
}

}  // namespace yeonpyo::geo
