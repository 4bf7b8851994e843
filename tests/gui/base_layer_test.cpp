// The map's base layers in the real widget: an MBTiles file and a locally served tile layer
// drawn, the "Base map" menu's choice kept across sessions, refused files and URLs.
#include <gtest/gtest.h>

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "app/gui/base_layer_menu.h"
#include "app/gui/map_view.h"
#include "app/gui/timeline_session.h"
#include "tests/tiles/mbtiles_writer.h"
#include "tests/tiles/tile_http_server.h"

namespace yeonpyo::gui {
namespace {

const QColor kTileColour(150, 60, 200);

/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

class BaseLayerTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath("config"));
        QSettings().clear();
        // One tile for the whole world: every deeper view enlarges it.
        mbtiles = dir.filePath("purple.mbtiles");
        ASSERT_EQ(
            testing::writeMBTiles(
                mbtiles, {{"minzoom", "0"}, {"maxzoom", "2"}, {"attribution", "© Purple Survey"}},
                {{{0, 0, 0}, testing::solidTilePng(kTileColour)}}),
            "");
        map.resize(480, 360);
        map.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&map));
    }

    QColor centrePixel() { return map.grab().toImage().pixelColor(240, 180); }

    static QString checkedEntry(const QMenu& menu) {
        for (const QAction* action : menu.actions()) {
            if (action->isChecked())
                return action->text();
        }
        return {};
    }

    QTemporaryDir dir;
    QString mbtiles;
    TimelineSession session;
    MapView map{session};
};

TEST_F(BaseLayerTest, AnMBTilesFileIsDrawnAndCredited) {
    EXPECT_NE(centrePixel(), kTileColour);
    const Status applied = map.setBaseLayer({BaseLayerChoice::Kind::MBTiles, mbtiles, {}});
    ASSERT_TRUE(applied.ok()) << applied.error().message;
    EXPECT_EQ(centrePixel(), kTileColour);
    EXPECT_EQ(map.attributions(), (QStringList{"© Purple Survey", "GSHHG", "Natural Earth"}));

    ASSERT_TRUE(map.setBaseLayer({}).ok());
    EXPECT_NE(centrePixel(), kTileColour);
    EXPECT_EQ(map.attributions(), (QStringList{"GSHHG", "Natural Earth"}));
}

TEST_F(BaseLayerTest, ALocallyServedTileLayerRepaintsAsTilesArrive) {
    testing::TileHttpServer server([](const testing::HttpRequest&) {
        return testing::HttpResponse{
            200, {{"Content-Type", "image/png"}}, testing::solidTilePng(kTileColour)};
    });
    const BaseLayerChoice choice{BaseLayerChoice::Kind::CustomTiles, server.url("/{z}/{x}/{y}.png"),
                                 "© Local tiles"};
    ASSERT_TRUE(map.setBaseLayer(choice, dir.filePath("cache")).ok());
    PaintCounter paints;
    map.installEventFilter(&paints);
    map.repaint();  // asks for the visible tiles
    const int askedAt = paints.count;
    ASSERT_TRUE(QTest::qWaitFor([&] { return paints.count > askedAt; }, 8000));
    EXPECT_FALSE(server.requests().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return centrePixel() == kTileColour; }, 8000));
    EXPECT_TRUE(map.attributions().contains("© Local tiles"));
}

TEST_F(BaseLayerTest, TheMenuKeepsTheChoiceAcrossSessions) {
    {
        BaseLayerMenu menu(map);
        EXPECT_EQ(checkedEntry(menu), menu.actions().front()->text());  // bundled by default
        ASSERT_TRUE(menu.choose({BaseLayerChoice::Kind::MBTiles, mbtiles, {}}).ok());
        EXPECT_TRUE(checkedEntry(menu).contains("MBTiles"));
    }
    TimelineSession nextSession;
    MapView next(nextSession);
    BaseLayerMenu restored(next);
    EXPECT_EQ(next.baseLayer(), (BaseLayerChoice{BaseLayerChoice::Kind::MBTiles, mbtiles, {}}));
    EXPECT_TRUE(checkedEntry(restored).contains("MBTiles"));
}

TEST_F(BaseLayerTest, RefusedChoicesKeepTheCurrentMapAndSettings) {
    BaseLayerMenu menu(map);
    ASSERT_TRUE(menu.choose({BaseLayerChoice::Kind::MBTiles, mbtiles, {}}).ok());

    const Status missing =
        menu.choose({BaseLayerChoice::Kind::MBTiles, dir.filePath("gone.mbtiles"), {}});
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("gone.mbtiles"), std::string::npos);
    const Status credentials = menu.choose({BaseLayerChoice::Kind::CustomTiles,
                                            "https://me:hunter2@tiles.example.org/{z}/{x}/{y}.png",
                                            {}});
    ASSERT_FALSE(credentials.ok());
    EXPECT_EQ(credentials.error().message.find("hunter2"), std::string::npos);

    EXPECT_EQ(map.baseLayer().location, mbtiles);
    EXPECT_EQ(BaseLayerChoice::load(QSettings()).location, mbtiles);
    EXPECT_TRUE(checkedEntry(menu).contains("MBTiles"));
}

TEST_F(BaseLayerTest, ASavedFileThatIsGoneFallsBackToTheBundledMap) {
    const QString moved = dir.filePath("moved.mbtiles");
    ASSERT_TRUE(QFile::copy(mbtiles, moved));
    {
        BaseLayerMenu menu(map);
        ASSERT_TRUE(menu.choose({BaseLayerChoice::Kind::MBTiles, moved, {}}).ok());
    }
    ASSERT_TRUE(QFile::remove(moved));
    TimelineSession nextSession;
    MapView next(nextSession);
    BaseLayerMenu restored(next);
    EXPECT_EQ(next.baseLayer().kind, BaseLayerChoice::Kind::Bundled);
    EXPECT_EQ(next.attributions(), (QStringList{"GSHHG", "Natural Earth"}));
}

}  // namespace
}  // namespace yeonpyo::gui
