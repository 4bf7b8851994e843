// Timeline and map scenes as a view uses them: fit, paint, hit test, select, re-lay out on change.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QTimeZone>

#include "app/render/map_scene.h"
#include "app/render/timeline_scene.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

const QSizeF kSize(900, 360);

TEST(TimelineSceneUse, FitsPaintsAndFindsTheEventUnderAClick) {
    TimelineScene scene(ThemeKind::Light, QLocale(QLocale::Korean), QTimeZone("Asia/Seoul"));
    scene.setData(TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::None,
                                           QLocale(QLocale::Korean)));
    scene.fitAll(kSize.width());
    const TimelineLayout& layout = scene.layout(kSize);
    EXPECT_EQ(layout.visibleCount, 5);
    const EventGlyph* lunch = layout.glyphOf(2);
    ASSERT_NE(lunch, nullptr);
    const QPointF click = lunch->marker;
    EXPECT_EQ(scene.hitTest(click, kSize).eventId, 2);

    scene.setSelectedId(2);
    QImage image(kSize.toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    scene.paint(painter, kSize);
    painter.end();
    const QPoint halo = (click + QPointF(0, -lunch->markerHalfWidth - 5)).toPoint();
    EXPECT_EQ(image.pixelColor(halo).blue() > 200 && image.pixelColor(halo).red() < 120, true);
}

TEST(TimelineSceneUse, ViewportAndSizeChangesLayOutAgain) {
    TimelineScene scene(ThemeKind::Dark, QLocale(QLocale::English), QTimeZone("Asia/Seoul"));
    scene.setData(TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::Kind,
                                           QLocale(QLocale::English)));
    scene.fitAll(kSize.width());
    EXPECT_EQ(scene.layout(kSize).lanes.size(), 3u);
    EXPECT_TRUE(scene.fitEvent(3, kSize.width()));
    EXPECT_NE(scene.layout(kSize).glyphOf(3), nullptr);  // the dinner, with the evening around it
    EXPECT_EQ(scene.layout(kSize).glyphOf(2), nullptr);  // but not the lunch
    EXPECT_FALSE(scene.fitEvent(99, kSize.width()));
    EXPECT_EQ(scene.layout(QSizeF(400, 300)).size, QSizeF(400, 300));
    scene.setViewport(scene.viewport().zoomedAround(200, 1e-3));
    EXPECT_EQ(scene.layout(QSizeF(400, 300)).visibleCount, 5);
}

TEST(MapSceneUse, FitsFindsMarkersAndFitsASelection) {
    MapScene scene(ThemeKind::Light);
    scene.setContent(MapContent::fromEvents(testing::zuckerbergSeoulEvents()));
    scene.fit(kSize);
    geo::PixelPoint lg;
    ASSERT_TRUE(scene.viewport().geoToPixel({37.528, 126.934}, lg));
    const MapHit hit = scene.hitTest(QPointF(lg.x, lg.y), kSize);
    ASSERT_EQ(hit.eventIds.size(), 1u);
    EXPECT_EQ(hit.eventIds.front(), 2);

    const double wholeZoom = scene.viewport().zoom();
    scene.fitEvents({3}, kSize);
    EXPECT_GT(scene.viewport().zoom(), wholeZoom);
    EXPECT_NEAR(scene.viewport().center().lat, 37.538, 0.01);
    const geo::MapViewport before = scene.viewport();
    scene.fitEvents({4, 5}, kSize);  // no place: the view stays
    EXPECT_EQ(scene.viewport().zoom(), before.zoom());

    QImage image(kSize.toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    scene.paint(painter, kSize);
    painter.end();
    EXPECT_EQ(image.pixelColor(1, 1), theme(ThemeKind::Light).land);
}

}  // namespace
}  // namespace yeonpyo::render
