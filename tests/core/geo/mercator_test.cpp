// Web Mercator viewport: known projections, round trips, visibility, pan/zoom and fit-to-bounds.
#include <gtest/gtest.h>

#include <cmath>

#include "core/geo/mercator.h"

namespace yeonpyo::geo {
namespace {

constexpr GeoPoint kLgTwinTowers{37.528, 126.934};
constexpr GeoPoint kSeungjiwon{37.538, 126.998};
constexpr GeoPoint kMetaKorea{37.50, 127.03};

struct WorldCase {
    GeoPoint geo;
    PixelPoint world;
};

TEST(Mercator, KnownWorldCoordinates) {
    const WorldCase cases[] = {
        {{0, 0}, {0.5, 0.5}},
        {{0, -180}, {0.0, 0.5}},
        {{kMaxMercatorLatitude, 180}, {1.0, 0.0}},
        {{-kMaxMercatorLatitude, 0}, {0.5, 1.0}},
        {{89.9, 0}, {0.5, 0.0}},  // clamped to the Mercator limit
    };
    for (const auto& c : cases) {
        const PixelPoint w = geoToWorld(c.geo);
        EXPECT_NEAR(w.x, c.world.x, 1e-9) << c.geo.lat << "," << c.geo.lon;
        EXPECT_NEAR(w.y, c.world.y, 1e-9) << c.geo.lat << "," << c.geo.lon;
    }
}

TEST(Mercator, PixelRoundTripAtEveryZoom) {
    for (double zoom = 0.0; zoom <= 19.0; zoom += 0.75) {
        const MapViewport view{kLgTwinTowers, zoom, 800, 600};
        for (const GeoPoint p : {kLgTwinTowers, kSeungjiwon, kMetaKorea, GeoPoint{-33.9, 151.2}}) {
            PixelPoint pixel;
            view.geoToPixel(p, pixel);
            GeoPoint back;
            ASSERT_TRUE(view.pixelToGeo(pixel, back)) << zoom;
            EXPECT_NEAR(back.lat, p.lat, 1e-7) << zoom;
            EXPECT_NEAR(back.lon, p.lon, 1e-7) << zoom;
        }
    }
}

TEST(Mercator, CentreProjectsToTheMiddleAndVisibilityIsReported) {
    const MapViewport view{kLgTwinTowers, 13, 800, 600};
    PixelPoint pixel;
    EXPECT_TRUE(view.geoToPixel(kLgTwinTowers, pixel));
    EXPECT_NEAR(pixel.x, 400, 1e-6);
    EXPECT_NEAR(pixel.y, 300, 1e-6);
    EXPECT_TRUE(view.geoToPixel(kSeungjiwon, pixel));
    EXPECT_GT(pixel.x, 400);                                // east of LG Twin Towers
    EXPECT_LT(pixel.y, 300);                                // and north of it
    EXPECT_FALSE(view.geoToPixel({35.18, 129.08}, pixel));  // Busan is off a city view
}

TEST(Mercator, PixelsBeyondThePolesDoNotUnproject) {
    const MapViewport view{{80, 0}, 1, 800, 600};
    GeoPoint geo{1, 2};
    EXPECT_FALSE(view.pixelToGeo({400, -500}, geo));
    EXPECT_EQ(geo, (GeoPoint{1, 2}));
}

TEST(Mercator, NearestWorldCopyAcrossTheAntimeridian) {
    const MapViewport view{{0, 179}, 6, 800, 600};
    PixelPoint pixel;
    EXPECT_TRUE(view.geoToPixel({0, -179}, pixel));
    EXPECT_GT(pixel.x, 400);  // east of the centre, not a world away
}

TEST(Mercator, PanFollowsThePointerAndZoomKeepsTheAnchor) {
    const MapViewport view{kLgTwinTowers, 12, 800, 600};
    PixelPoint before;
    view.geoToPixel(kSeungjiwon, before);
    PixelPoint after;
    view.pannedBy(35, -20).geoToPixel(kSeungjiwon, after);
    EXPECT_NEAR(after.x, before.x + 35, 1e-6);
    EXPECT_NEAR(after.y, before.y - 20, 1e-6);

    const MapViewport zoomed = view.zoomedAround(before, 1.5);
    EXPECT_DOUBLE_EQ(zoomed.zoom(), 13.5);
    zoomed.geoToPixel(kSeungjiwon, after);
    EXPECT_NEAR(after.x, before.x, 1e-6);
    EXPECT_NEAR(after.y, before.y, 1e-6);
}

TEST(Mercator, ZoomIsClampedToTheSupportedRange) {
    EXPECT_DOUBLE_EQ((MapViewport{{}, -3, 10, 10}.zoom()), kMinZoom);
    EXPECT_DOUBLE_EQ((MapViewport{{}, 42, 10, 10}.zoom()), kMaxZoom);
}

TEST(Mercator, FitBoundsKeepsEveryPointInsideTheMargins) {
    const GeoPoint places[] = {kLgTwinTowers, kSeungjiwon, kMetaKorea};
    const GeoBounds box = *GeoBounds::around(places);
    const Margins margins{40, 30, 60, 20};
    const MapViewport view = MapViewport::fitBounds(box, 640, 480, margins);
    double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
    for (const GeoPoint& p : places) {
        PixelPoint pixel;
        EXPECT_TRUE(view.geoToPixel(p, pixel));
        minX = std::min(minX, pixel.x), maxX = std::max(maxX, pixel.x);
        minY = std::min(minY, pixel.y), maxY = std::max(maxY, pixel.y);
    }
    EXPECT_GE(minX, margins.left - 1e-6);
    EXPECT_LE(maxX, 640 - margins.right + 1e-6);
    EXPECT_GE(minY, margins.top - 1e-6);
    EXPECT_LE(maxY, 480 - margins.bottom + 1e-6);
    // As large as possible: one side of the box touches its margins.
    const bool widthFilled = std::abs((maxX - minX) - (640 - margins.left - margins.right)) < 1e-6;
    const bool heightFilled = std::abs((maxY - minY) - (480 - margins.top - margins.bottom)) < 1e-6;
    EXPECT_TRUE(widthFilled || heightFilled);
}

TEST(Mercator, FitBoundsOfOnePointUsesTheMaximumZoom) {
    const MapViewport view = MapViewport::fitBounds({37.5, 127.0, 37.5, 127.0}, 300, 200, {}, 14.0);
    EXPECT_DOUBLE_EQ(view.zoom(), 14.0);
    EXPECT_NEAR(view.center().lat, 37.5, 1e-9);
    EXPECT_NEAR(view.center().lon, 127.0, 1e-9);
}

TEST(Mercator, MetresPerPixelShrinksWithZoomAndLatitude) {
    const MapViewport equator{{0, 0}, 0, 256, 256};
    EXPECT_NEAR(equator.metresPerPixel(), 156543.03, 0.01);
    const MapViewport seoul{kLgTwinTowers, 12, 256, 256};
    EXPECT_NEAR(seoul.metresPerPixel(), 156543.03 / 4096 * std::cos(37.528 * M_PI / 180), 0.01);
}

}  // namespace
}  // namespace yeonpyo::geo
