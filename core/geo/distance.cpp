// Haversine distance on a spherical Earth.
#include "core/geo/distance.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yeonpyo::geo {

double haversineMetres(const GeoPoint& a, const GeoPoint& b) {
    constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
    const double dLat = (b.lat - a.lat) * kRadiansPerDegree;
    const double dLon = (b.lon - a.lon) * kRadiansPerDegree;
    const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(a.lat * kRadiansPerDegree) *
                                                           std::cos(b.lat * kRadiansPerDegree) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2.0 * kMeanEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace yeonpyo::geo
