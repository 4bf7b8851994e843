// Tile level choice and the placement of tiles over a Web Mercator viewport.
#include "app/render/tile_grid.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::render {
namespace {

/// Levels below a source's first one that are still drawn with its (shrunk) tiles.
constexpr int kShrinkLevels = 1;

}  // namespace

double tileLevelZoom(double viewZoom, double deviceScale) {
    return viewZoom + std::log2(std::max(1.0, deviceScale));
}

int tileZoomFor(double viewZoom, int minZoom, int maxZoom) {
    const int nearest = static_cast<int>(std::lround(viewZoom));
    if (nearest < minZoom - kShrinkLevels || minZoom > maxZoom)
        return -1;
    return std::clamp(nearest, minZoom, std::min(maxZoom, kMaxTileZoom));
}

std::vector<TilePlacement> tilesCovering(const geo::MapViewport& viewport, int z) {
    std::vector<TilePlacement> placements;
    if (z < 0 || z > kMaxTileZoom || viewport.width() <= 0 || viewport.height() <= 0)
        return placements;
    const double count = std::ldexp(1.0, z);
    const double worldSize = viewport.worldSize();
    const geo::PixelPoint origin = viewport.topLeftWorld();
    // Tile edges in pixels, rounded the same way for both neighbours of an edge.
    const auto edgeX = [&](double column) {
        return static_cast<int>(std::lround((column / count - origin.x) * worldSize));
    };
    const auto edgeY = [&](double row) {
        return static_cast<int>(std::lround((row / count - origin.y) * worldSize));
    };
    // The last tile is the one holding the last pixel: an edge exactly at the view's border
    // does not add a tile beyond it.
    const auto firstColumn = static_cast<long long>(std::floor(origin.x * count));
    const auto lastColumn =
        static_cast<long long>(std::ceil((origin.x + viewport.width() / worldSize) * count)) - 1;
    const auto rows = static_cast<long long>(count);
    const long long firstRow = std::max(0LL, static_cast<long long>(std::floor(origin.y * count)));
    const long long lastRow = std::min(
        rows - 1,
        static_cast<long long>(std::ceil((origin.y + viewport.height() / worldSize) * count)) - 1);
    const QRect view(0, 0, static_cast<int>(std::ceil(viewport.width())),
                     static_cast<int>(std::ceil(viewport.height())));
    for (long long row = firstRow; row <= lastRow; ++row) {
        for (long long column = firstColumn; column <= lastColumn; ++column) {
            const long long wrapped = ((column % rows) + rows) % rows;
            const QRect target(QPoint(edgeX(column), edgeY(row)),
                               QPoint(edgeX(column + 1) - 1, edgeY(row + 1) - 1));
            if (!target.intersects(view))
                continue;  // a rounding error's tile beyond the border
            placements.push_back({{z, static_cast<int>(wrapped), static_cast<int>(row)}, target});
        }
    }
    return placements;
}

}  // namespace yeonpyo::render
