// Plain geographic value types shared by the projection, distances and tiles: points and bounds.
#pragma once

#include <algorithm>
#include <optional>

namespace yeonpyo::geo {

/// A position on the WGS 84 sphere, in degrees (north and east positive).
struct GeoPoint {
    double lat = 0.0;
    double lon = 0.0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

/// A position on a screen or image, in pixels from the top-left corner.
struct PixelPoint {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const PixelPoint&, const PixelPoint&) = default;
};

/// A latitude/longitude box; west > east never occurs (boxes do not cross the antimeridian).
struct GeoBounds {
    double south = 0.0;
    double west = 0.0;
    double north = 0.0;
    double east = 0.0;

    bool contains(const GeoPoint& p) const {
        return p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east;
    }
    GeoPoint center() const { return {(south + north) / 2.0, (west + east) / 2.0}; }

    /// The smallest box holding every point of a range; std::nullopt for an empty range.
    template <typename Range>
    static std::optional<GeoBounds> around(const Range& points) {
        std::optional<GeoBounds> box;
        for (const GeoPoint& p : points) {
            if (!box) {
                box = GeoBounds{p.lat, p.lon, p.lat, p.lon};
                continue;
            }
            box->south = std::min(box->south, p.lat);
            box->north = std::max(box->north, p.lat);
            box->west = std::min(box->west, p.lon);
            box->east = std::max(box->east, p.lon);
        }
        return box;
    }
};

}  // namespace yeonpyo::geo
