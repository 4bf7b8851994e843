// Tile grid: the level chosen for a view and the tiles that cover it, edge to edge.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "app/render/tile_grid.h"

namespace yeonpyo::render {
namespace {

TEST(TileZoom, NearestLevelWithinTheSourcesLevels) {
    struct Row {
        double viewZoom;
        int minZoom;
        int maxZoom;
        int expected;
    };
    const Row rows[] = {
        {3.4, 0, 19, 3},    {3.6, 0, 19, 4}, {0.0, 0, 0, 0},
        {18.7, 0, 16, 16},   // deeper than the source: its deepest tiles, enlarged
        {11.2, 12, 16, 12},  // a level out: the source's first level, shrunk
        {10.4, 12, 16, -1},  // further out: nothing (the base map shows)
        {5.0, 3, 2, -1},     // a source whose levels are inverted draws nothing
    };
    for (const Row& row : rows) {
        EXPECT_EQ(tileZoomFor(row.viewZoom, row.minZoom, row.maxZoom), row.expected)
            << row.viewZoom << " in " << row.minZoom << "–" << row.maxZoom;
    }
}

TEST(TilesCovering, TheWholeWorldAtLevelOneIsFourTilesInPlace) {
    const geo::MapViewport view({0.0, 0.0}, 1.0, 512, 512);
    const auto tiles = tilesCovering(view, 1);
    ASSERT_EQ(tiles.size(), 4u);
    std::map<std::pair<int, int>, QRect> byTile;
    for (const TilePlacement& tile : tiles)
        byTile[{tile.id.x, tile.id.y}] = tile.target;
    EXPECT_EQ(byTile[std::make_pair(0, 0)], QRect(0, 0, 256, 256));
    EXPECT_EQ(byTile[std::make_pair(1, 0)], QRect(256, 0, 256, 256));
    EXPECT_EQ(byTile[std::make_pair(0, 1)], QRect(0, 256, 256, 256));
    EXPECT_EQ(byTile[std::make_pair(1, 1)], QRect(256, 256, 256, 256));
}

/// Each row of tiles meets edge to edge across the whole width; rows stack without gaps.
void expectSeamlessCover(const geo::MapViewport& view, int z) {
    const auto tiles = tilesCovering(view, z);
    ASSERT_FALSE(tiles.empty());
    std::map<int, std::vector<QRect>> rows;
    for (const TilePlacement& tile : tiles) {
        EXPECT_TRUE(tile.id.isValid()) << tile.id.z << "/" << tile.id.x << "/" << tile.id.y;
        rows[tile.target.top()].push_back(tile.target);
    }
    int expectedTop = rows.begin()->first;
    for (auto& [top, rects] : rows) {
        EXPECT_EQ(top, expectedTop);
        std::sort(rects.begin(), rects.end(),
                  [](const QRect& a, const QRect& b) { return a.left() < b.left(); });
        EXPECT_LE(rects.front().left(), 0);
        EXPECT_GE(rects.back().right(), static_cast<int>(view.width()) - 1);
        for (std::size_t i = 1; i < rects.size(); ++i)
            EXPECT_EQ(rects[i].left(), rects[i - 1].right() + 1) << "gap or overlap at " << top;
        expectedTop = rects.front().bottom() + 1;
    }
}

TEST(TilesCovering, FractionalViewsAreCoveredWithoutSeams) {
    expectSeamlessCover({{37.5665, 126.978}, 12.37, 1017, 613}, 12);
    expectSeamlessCover({{-33.87, 151.21}, 7.61, 800, 600}, 8);
    expectSeamlessCover({{64.1, -21.9}, 15.5, 333, 777}, 16);
}

TEST(TilesCovering, ColumnsWrapAcrossTheAntimeridian) {
    const geo::MapViewport view({0.0, 180.0}, 2.0, 512, 256);
    const auto tiles = tilesCovering(view, 2);
    std::vector<int> columns;
    for (const TilePlacement& tile : tiles)
        columns.push_back(tile.id.x);
    EXPECT_NE(std::find(columns.begin(), columns.end(), 3), columns.end());
    EXPECT_NE(std::find(columns.begin(), columns.end(), 0), columns.end());
    expectSeamlessCover(view, 2);
}

TEST(TilesCovering, NothingBeyondThePolesAndNothingForBadLevels) {
    const geo::MapViewport tall({0.0, 0.0}, 0.0, 256, 1024);
    const auto tiles = tilesCovering(tall, 0);
    ASSERT_EQ(tiles.size(), 1u);  // one world tile; the space above and below stays empty
    EXPECT_EQ(tiles.front().target, QRect(0, 384, 256, 256));
    EXPECT_TRUE(tilesCovering(tall, -1).empty());
    EXPECT_TRUE(tilesCovering(tall, kMaxTileZoom + 1).empty());
}

}  // namespace
}  // namespace yeonpyo::render
