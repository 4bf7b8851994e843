// Great-circle distances between positions, for scale bars and route lengths.
#pragma once

#include "core/geo/geo_types.h"

namespace yeonpyo::geo {

/// Mean Earth radius used for distances (IUGG), in metres.
inline constexpr double kMeanEarthRadiusMetres = 6371008.8;

/// Great-circle (haversine) distance between two positions on a spherical Earth, in metres.
double haversineMetres(const GeoPoint& a, const GeoPoint& b);

}  // namespace yeonpyo::geo
