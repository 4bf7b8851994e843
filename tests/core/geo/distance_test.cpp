// Haversine distances against known great-circle distances.
#include <gtest/gtest.h>

#include "core/geo/distance.h"

namespace yeonpyo::geo {
namespace {

struct DistanceCase {
    GeoPoint a;
    GeoPoint b;
    double metres;
    double tolerance;
};

TEST(Distance, KnownGreatCircleDistances) {
    const DistanceCase cases[] = {
        {{0, 0}, {0, 0}, 0.0, 1e-9},
        {{0, 0}, {0, 1}, 111195.08, 0.1},                       // one degree along the equator
        {{0, 0}, {1, 0}, 111195.08, 0.1},                       // one degree along a meridian
        {{0, 0}, {0, 180}, 20015114.4, 1.0},                    // half the world: π R
        {{90, 0}, {-90, 0}, 20015114.4, 1.0},                   // pole to pole
        {{51.5074, -0.1278}, {48.8566, 2.3522}, 343.5e3, 1e3},  // London–Paris
        {{37.528, 126.934}, {37.538, 126.998}, 5.7e3, 0.2e3},   // LG Twin Towers–Seungjiwon
    };
    for (const auto& c : cases) {
        EXPECT_NEAR(haversineMetres(c.a, c.b), c.metres, c.tolerance)
            << c.a.lat << "," << c.a.lon << " → " << c.b.lat << "," << c.b.lon;
        EXPECT_DOUBLE_EQ(haversineMetres(c.a, c.b), haversineMetres(c.b, c.a));
    }
}

TEST(Distance, AcrossTheAntimeridianIsShort) {
    EXPECT_NEAR(haversineMetres({0, 179.5}, {0, -179.5}), 111195.08, 0.1);
}

}  // namespace
}  // namespace yeonpyo::geo
