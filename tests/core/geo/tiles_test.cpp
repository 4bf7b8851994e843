// XYZ tile keys: known tiles, coverage of a viewport, wrapping and the poles.
#include <gtest/gtest.h>

#include <algorithm>
#include <unordered_set>

#include "core/geo/tiles.h"

namespace yeonpyo::geo {
namespace {

TEST(Tiles, TileZoomIsTheFloorClamped) {
    const std::pair<double, int> cases[] = {{0.0, 0},   {3.99, 3}, {4.0, 4},
                                            {12.5, 12}, {21, 19},  {-2, 0}};
    for (const auto& [zoom, expected] : cases)
        EXPECT_EQ(tileZoomFor(zoom), expected) << zoom;
    EXPECT_EQ(tileZoomFor(17.2, 15), 15);
}

TEST(Tiles, SeoulAtZoomTenIsInTile873_396) {
    const MapViewport view{{37.5665, 126.978}, 10, 2, 2};
    const auto tiles = tilesCovering(view);
    ASSERT_FALSE(tiles.empty());
    EXPECT_EQ(tiles.front().key, (TileKey{10, 873, 396}));
}

TEST(Tiles, TilesCoverTheViewportWithoutGapsOrDuplicates) {
    const MapViewport view{{37.53, 126.97}, 12.4, 1000, 700};
    const auto tiles = tilesCovering(view);
    std::unordered_set<TileKey> keys;
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const auto& t : tiles) {
        EXPECT_TRUE(keys.insert(t.key).second);
        EXPECT_EQ(t.key.z, 12);
        minX = std::min(minX, t.topLeft.x), minY = std::min(minY, t.topLeft.y);
        maxX = std::max(maxX, t.topLeft.x + t.size), maxY = std::max(maxY, t.topLeft.y + t.size);
    }
    EXPECT_LE(minX, 0);
    EXPECT_LE(minY, 0);
    EXPECT_GE(maxX, 1000);
    EXPECT_GE(maxY, 700);
    const double tileSize = tiles.front().size;
    EXPECT_LE(tiles.size(), static_cast<size_t>((1000 / tileSize + 2) * (700 / tileSize + 2)));
}

TEST(Tiles, ColumnsWrapAroundTheAntimeridian) {
    const MapViewport view{{0, 180}, 3, 600, 100};
    for (const auto& t : tilesCovering(view)) {
        EXPECT_GE(t.key.x, 0);
        EXPECT_LT(t.key.x, 8);
    }
}

TEST(Tiles, NoRowsBeyondThePoles) {
    const MapViewport view{{80, 0}, 1, 1024, 1024};
    for (const auto& t : tilesCovering(view)) {
        EXPECT_GE(t.key.y, 0);
        EXPECT_LT(t.key.y, 2);
    }
}

}  // namespace
}  // namespace yeonpyo::geo
