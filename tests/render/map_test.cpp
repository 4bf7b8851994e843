// Map: bundled base map, markers and route from events, fitting, clustering, hit testing, sample
// pixels.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <numeric>

#include "app/render/basemap.h"
#include "app/render/map_painter.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

QImage paintMap(const MapContent& content, const MapFrame& frame,
                ThemeKind kind = ThemeKind::Light) {
    QImage image(static_cast<int>(frame.viewport.width()),
                 static_cast<int>(frame.viewport.height()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    MapPainter(theme(kind)).paint(painter, content, frame);
    return image;
}

QPointF pixelOf(const geo::MapViewport& view, geo::GeoPoint p) {
    geo::PixelPoint pixel;
    view.geoToPixel(p, pixel);
    return {pixel.x, pixel.y};
}

bool near(QColor a, QColor b, int tolerance = 24) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

TEST(BaseMapData, TheBundledMapHasLandAndBordersAtThreeScales) {
    const BaseMap& map = BaseMap::bundled();
    ASSERT_FALSE(map.empty());
    for (int scale : {110, 50, 10}) {
        ASSERT_NE(map.section(BaseMapFeature::Land, scale), nullptr) << scale;
        EXPECT_FALSE(map.section(BaseMapFeature::Land, scale)->shapes.empty());
        EXPECT_FALSE(map.section(BaseMapFeature::Borders, scale)->shapes.empty());
    }
    EXPECT_TRUE(map.section(BaseMapFeature::Land, 10)->coverage.contains({37.5, 127.0}));
}

TEST(BaseMapData, ScaleFollowsZoomAndDetailCoverage) {
    const BaseMap& map = BaseMap::bundled();
    EXPECT_EQ(map.scaleFor({{37.5, 127.0}, 1.0, 800, 600}), 110);
    EXPECT_EQ(map.scaleFor({{37.5, 127.0}, 3.5, 800, 600}), 50);
    EXPECT_EQ(map.scaleFor({{37.5, 127.0}, 11.0, 800, 600}), 10);
    EXPECT_EQ(map.scaleFor({{48.85, 2.35}, 11.0, 800, 600}),
              50);  // Paris: outside the detail region
}

TEST(BaseMapData, MalformedDataIsAnErrorNotACrash) {
    const std::string cases[] = {
        "",
        "YPB",
        "GIF89a",
        std::string("YPBM\x02\x00", 6),
        std::string("YPBM\x01\x05\x01", 7),
        std::string("YPBM\x01\x01\x01\x05\x00\x00\x00\x00\x01\x01\xff", 15)};
    for (const std::string& bytes : cases) {
        const auto decoded = BaseMap::decode(bytes);
        EXPECT_FALSE(decoded.ok()) << bytes.size();
        if (!decoded.ok()) {
            EXPECT_TRUE(decoded.error().message.ends_with("."));
        }
    }
}

TEST(MapContentFromEvents, LocatedEventsInSequenceWithLegsBetweenPlaces) {
    auto events = testing::zuckerbergSeoulEvents();
    events[0].sequence = 6;  // the meeting now follows the two planned events without a place
    const MapContent content = MapContent::fromEvents(events);
    ASSERT_EQ(content.markers.size(), 3u);
    EXPECT_EQ(content.markers[0].placeName, QStringLiteral("LG트윈타워"));
    EXPECT_EQ(content.markers[1].placeName, QStringLiteral("승지원"));
    EXPECT_EQ(content.markers[2].placeName, QStringLiteral("메타코리아"));
    ASSERT_EQ(content.legs.size(), 2u);
    EXPECT_FALSE(content.legs[0].throughUnknownPlaces);
    EXPECT_TRUE(content.legs[1].throughUnknownPlaces);  // events 4 and 5 have no place
}

TEST(MapContentFromEvents, NoLegBetweenTwoEventsAtOnePlace) {
    auto events = testing::zuckerbergSeoulEvents();
    events[2].place = events[1].place;
    EXPECT_EQ(MapContent::fromEvents(events).legs.size(), 1u);
}

TEST(MapFit, EveryMarkerIsVisibleAndTheCityFillsTheView) {
    const MapContent content = MapContent::fromEvents(testing::zuckerbergSeoulEvents());
    const auto view = fitToContent(content, 640, 480);
    EXPECT_GT(view.zoom(), 10.0);
    for (const auto& marker : content.markers) {
        geo::PixelPoint pixel;
        EXPECT_TRUE(view.geoToPixel(marker.position, pixel)) << marker.placeName.toStdString();
        EXPECT_GE(pixel.x, 20);
        EXPECT_LE(pixel.x, 620);
    }
    EXPECT_EQ(fitToContent(MapContent{}, 640, 480).zoom(), std::log2(640.0 / 256.0));
}

TEST(MapPaint, MarkersHaveTheirKindColourAndPlannedOnesAreHollow) {
    const MapContent content = MapContent::fromEvents(testing::zuckerbergSeoulEvents());
    MapFrame frame;
    frame.viewport = fitToContent(content, 640, 480);
    const QImage image = paintMap(content, frame);
    image.save(YEONPYO_BINARY_DIR "/map-story.png");
    const Theme& t = theme(ThemeKind::Light);
    for (const auto& marker : content.markers) {
        const QPointF p =
            pixelOf(frame.viewport, marker.position) + QPointF(0, -8);  // above the number
        EXPECT_TRUE(near(image.pixelColor(p.toPoint()), t.colorOf(marker.kind)))
            << marker.placeName.toStdString();
    }
}

TEST(MapPaint, SeaAndLandAroundKorea) {
    MapFrame frame;
    frame.viewport = geo::MapViewport({36.5, 126.5}, 6.0, 600, 600);
    const QImage image = paintMap(MapContent{}, frame);
    image.save(YEONPYO_BINARY_DIR "/map-korea.png");
    const Theme& t = theme(ThemeKind::Light);
    EXPECT_TRUE(near(image.pixelColor(pixelOf(frame.viewport, {36.0, 124.5}).toPoint()), t.water,
                     4));  // Yellow Sea
    EXPECT_TRUE(near(image.pixelColor(pixelOf(frame.viewport, {36.5, 127.8}).toPoint()), t.land,
                     4));  // Chungcheong
}

TEST(MapPaint, CityViewsGetALocatorOfTheRegionAndCountryViewsDoNot) {
    const Theme& t = theme(ThemeKind::Light);
    MapFrame frame;
    frame.viewport = geo::MapViewport({37.53, 126.97}, 12.0, 640, 480);
    const double side = std::round(480 * 0.28);
    const QPoint border(static_cast<int>(640 - 10 - 1),
                        static_cast<int>(10 + side / 2));  // its right edge
    const QPoint yellowSea(static_cast<int>(640 - 10 - side + 6), static_cast<int>(10 + side / 2));
    const QImage city = paintMap(MapContent{}, frame);
    EXPECT_TRUE(near(city.pixelColor(border), t.axis, 60) ||
                near(city.pixelColor(border + QPoint(1, 0)), t.axis, 60));
    EXPECT_TRUE(near(city.pixelColor(yellowSea), t.water, 4));
    frame.viewport = geo::MapViewport({37.53, 126.97}, 6.0, 640, 480);
    const QImage country = paintMap(MapContent{}, frame);
    EXPECT_FALSE(near(country.pixelColor(border), t.axis, 60) ||
                 near(country.pixelColor(border + QPoint(1, 0)), t.axis, 60));
}

TEST(MapHitTest, MarkersAreFoundAndEmptyGroundIsNot) {
    const MapContent content = MapContent::fromEvents(testing::zuckerbergSeoulEvents());
    MapFrame frame;
    frame.viewport = fitToContent(content, 640, 480);
    const MapPainter painter(theme(ThemeKind::Light));
    for (const auto& marker : content.markers) {
        const MapHit hit =
            painter.hitTest(content, frame, pixelOf(frame.viewport, marker.position));
        ASSERT_EQ(hit.eventIds.size(), 1u);
        EXPECT_EQ(hit.eventIds.front(), marker.eventId);
    }
    EXPECT_TRUE(painter.hitTest(content, frame, {2, 2}).eventIds.empty());
}

TEST(MapClusters, CrowdedMarkersClusterAndEveryMarkerIsCounted) {
    MapContent content;
    for (int i = 0; i < 10000; ++i) {
        MapMarker m;
        m.eventId = i + 1;
        m.sequence = i + 1;
        m.position = {37.4 + (i % 100) * 0.003, 126.8 + (i / 100) * 0.004};
        content.markers.push_back(m);
    }
    MapFrame frame;
    frame.viewport = fitToContent(content, 800, 600);
    const auto glyphs = layOutMarkers(content, frame, MapStyle::fromTheme(theme(ThemeKind::Light)));
    const std::size_t counted =
        std::accumulate(glyphs.begin(), glyphs.end(), std::size_t{0},
                        [](std::size_t n, const MarkerGlyph& g) { return n + g.members.size(); });
    EXPECT_EQ(counted, content.markers.size());
    EXPECT_LT(glyphs.size(), 2000u);
    const MapHit hit =
        MapPainter(theme(ThemeKind::Light)).hitTest(content, frame, glyphs.front().centre);
    EXPECT_TRUE(hit.isCluster());
}

TEST(MapLayers, LayersStaySortedByZ) {
    struct Probe : MapLayer {
        int zValue;
        explicit Probe(int z) : zValue(z) {}
        int z() const override { return zValue; }
        void paint(QPainter&, const MapPaintContext&) const override {}
    };
    MapPainter painter(theme(ThemeKind::Light));
    painter.insertLayer(std::make_unique<Probe>(10));
    painter.insertLayer(std::make_unique<Probe>(35));
    int previous = -1;
    for (const auto& layer : painter.layers()) {
        EXPECT_GE(layer->z(), previous);
        previous = layer->z();
    }
    EXPECT_EQ(painter.layers().size(), 10u);
    EXPECT_EQ(painter.layers()[2]->z(), 10) << "after the base map and the rivers";
}

}  // namespace
}  // namespace yeonpyo::render
