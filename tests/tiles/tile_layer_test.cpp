// The tile layer in a painted map: tiles in their places, ancestors for missing levels, the base
// map where there is no tile, and the credits of every source in the corner.
#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include "app/render/map_painter.h"
#include "app/render/mbtiles_source.h"
#include "app/render/tile_layer.h"
#include "tests/tiles/mbtiles_writer.h"

namespace yeonpyo::render {
namespace {

using testing::solidTilePng;

/// Level 1 of a test pyramid: red north-west, green north-east, blue south-west; the south-east
/// tile is missing.
class TileLayerTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QString path = dir.filePath("quadrants.mbtiles");
        ASSERT_EQ(
            testing::writeMBTiles(
                path,
                {{"minzoom", "1"}, {"maxzoom", "3"}, {"attribution", "&copy; Quadrant Survey"}},
                {{{1, 0, 0}, solidTilePng(Qt::red)},
                 {{1, 1, 0}, solidTilePng(Qt::green)},
                 {{1, 0, 1}, solidTilePng(Qt::blue)}}),
            "");
        auto opened = MBTilesSource::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        source = std::move(opened).value();
    }

    /// The empty map (no markers) at a view, with or without the tiles.
    QImage paint(const geo::MapViewport& view, bool withTiles) const {
        QImage image(static_cast<int>(view.width()), static_cast<int>(view.height()),
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        MapPainter painter(theme(ThemeKind::Light));
        if (withTiles)
            painter.insertLayer(std::make_unique<TileLayer>(source));
        QPainter on(&image);
        painter.paint(on, MapContent{}, MapFrame{view, 0, std::nullopt, QLocale(QLocale::English)});
        return image;
    }

    QTemporaryDir dir;
    std::shared_ptr<TileSource> source;
};

TEST_F(TileLayerTest, TilesAppearWhereTheirAddressSays) {
    const geo::MapViewport world({0.0, 0.0}, 1.0, 512, 512);
    const QImage image = paint(world, true);
    EXPECT_EQ(image.pixelColor(100, 100), QColor(Qt::red));
    EXPECT_EQ(image.pixelColor(400, 100), QColor(Qt::green));
    EXPECT_EQ(image.pixelColor(100, 300), QColor(Qt::blue));
}

TEST_F(TileLayerTest, WithoutATileTheBundledMapShows) {
    const geo::MapViewport world({0.0, 0.0}, 1.0, 512, 512);
    const QImage tiled = paint(world, true);
    const QImage plain = paint(world, false);
    for (const QPoint p : {QPoint(300, 300), QPoint(420, 330), QPoint(480, 270)})
        EXPECT_EQ(tiled.pixelColor(p), plain.pixelColor(p)) << p.x() << "," << p.y();
}

TEST_F(TileLayerTest, DeeperViewsEnlargeTheNearestAncestor) {
    // Level 2 and 3 are declared but not stored; beyond level 3 there are none: both show the
    // level-1 tile enlarged.
    for (double zoom : {2.2, 6.0}) {
        const geo::MapViewport view({40.0, -90.0}, zoom, 300, 200);
        EXPECT_EQ(paint(view, true).pixelColor(150, 100), QColor(Qt::red)) << zoom;
        const geo::MapViewport south({-40.0, -90.0}, zoom, 300, 200);
        EXPECT_EQ(paint(south, true).pixelColor(150, 100), QColor(Qt::blue)) << zoom;
    }
}

TEST_F(TileLayerTest, EverySourceIsCreditedInTheCorner) {
    MapPainter painter(theme(ThemeKind::Light));
    EXPECT_EQ(painter.attributions(), (QStringList{"GSHHG", "Natural Earth"}));
    painter.insertLayer(std::make_unique<TileLayer>(source));
    EXPECT_EQ(painter.attributions(), (QStringList{"© Quadrant Survey", "GSHHG", "Natural Earth"}));

    // Over the green tile, the credit box must be wide enough for every credit.
    const geo::MapViewport view({60.0, 90.0}, 2.0, 400, 300);
    const QImage image = paint(view, true);
    const int row = image.height() - 3;
    int boxWidth = 0;
    while (boxWidth < image.width() &&
           image.pixelColor(image.width() - 1 - boxWidth, row) != QColor(Qt::green))
        ++boxWidth;
    const QFontMetricsF metrics(painter.style().smallFont);
    EXPECT_GT(boxWidth, metrics.horizontalAdvance("© Quadrant Survey · GSHHG · Natural Earth"));
    EXPECT_LT(boxWidth, image.width() * 3 / 4);
}

}  // namespace
}  // namespace yeonpyo::render
