// Web Mercator projection arithmetic behind MapViewport.
#include "core/geo/mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yeonpyo::geo {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kEarthRadiusMetres = 6378137.0;

double clampZoom(double zoom) {
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

double normalisedLongitude(double lon) {
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

/// Shifts x by whole worlds so that it lies within half a world of reference.
double nearestCopy(double x, double reference, double world) {
    return x - world * std::round((x - reference) / world);
}

}  // namespace

PixelPoint geoToWorld(const GeoPoint& geo) {
    const double lat = std::clamp(geo.lat, -kMaxMercatorLatitude, kMaxMercatorLatitude);
    const double sinLat = std::sin(lat * kPi / 180.0);
    const double x = (geo.lon + 180.0) / 360.0;
    const double y = 0.5 - std::log((1.0 + sinLat) / (1.0 - sinLat)) / (4.0 * kPi);
    return {x, y};
}

GeoPoint worldToGeo(const PixelPoint& world) {
    const double lon = normalisedLongitude(world.x * 360.0 - 180.0);
    const double lat = 90.0 - 360.0 * std::atan(std::exp((world.y - 0.5) * 2.0 * kPi)) / kPi;
    return {lat, lon};
}

MapViewport::MapViewport(GeoPoint center, double zoom, double width, double height)
    : center_{std::clamp(center.lat, -kMaxMercatorLatitude, kMaxMercatorLatitude),
              normalisedLongitude(center.lon)},
      centerWorld_(geoToWorld(center_)),
      zoom_(clampZoom(zoom)),
      width_(std::max(0.0, width)),
      height_(std::max(0.0, height)) {}

double MapViewport::worldSize() const {
    return kTileSize * std::exp2(zoom_);
}

double MapViewport::metresPerPixel() const {
    const double circumference = 2.0 * kPi * kEarthRadiusMetres;
    return circumference * std::cos(center_.lat * kPi / 180.0) / worldSize();
}

PixelPoint MapViewport::topLeftWorld() const {
    const double world = worldSize();
    return {centerWorld_.x - width_ / 2.0 / world, centerWorld_.y - height_ / 2.0 / world};
}

PixelPoint MapViewport::worldToPixel(const PixelPoint& world) const {
    const PixelPoint origin = topLeftWorld();
    const double size = worldSize();
    return {(world.x - origin.x) * size, (world.y - origin.y) * size};
}

bool MapViewport::geoToPixel(const GeoPoint& geo, PixelPoint& pixel) const {
    PixelPoint world = geoToWorld(geo);
    world.x = nearestCopy(world.x, centerWorld_.x, 1.0);
    pixel = worldToPixel(world);
    return pixel.x >= 0 && pixel.x < width_ && pixel.y >= 0 && pixel.y < height_;
}

bool MapViewport::pixelToGeo(const PixelPoint& pixel, GeoPoint& geo) const {
    const PixelPoint origin = topLeftWorld();
    const double size = worldSize();
    const PixelPoint world{origin.x + pixel.x / size, origin.y + pixel.y / size};
    if (world.y < 0.0 || world.y > 1.0)
        return false;
    geo = worldToGeo(world);
    return true;
}

MapViewport MapViewport::pannedBy(double dx, double dy) const {
    const double size = worldSize();
    const double y = std::clamp(centerWorld_.y - dy / size, 0.0, 1.0);
    return {worldToGeo({centerWorld_.x - dx / size, y}), zoom_, width_, height_};
}

MapViewport MapViewport::zoomedAround(const PixelPoint& anchor, double delta) const {
    const PixelPoint origin = topLeftWorld();
    const PixelPoint anchorWorld{origin.x + anchor.x / worldSize(),
                                 origin.y + anchor.y / worldSize()};
    MapViewport zoomed{center_, zoom_ + delta, width_, height_};
    const double size = zoomed.worldSize();
    const PixelPoint centre{
        anchorWorld.x + (width_ / 2.0 - anchor.x) / size,
        std::clamp(anchorWorld.y + (height_ / 2.0 - anchor.y) / size, 0.0, 1.0)};
    return {worldToGeo(centre), zoomed.zoom_, width_, height_};
}

MapViewport MapViewport::resized(double width, double height) const {
    return {center_, zoom_, width, height};
}

MapViewport MapViewport::fitBounds(const GeoBounds& bounds, double width, double height,
                                   const Margins& margins, double maxZoom) {
    const PixelPoint northWest = geoToWorld({bounds.north, bounds.west});
    const PixelPoint southEast = geoToWorld({bounds.south, bounds.east});
    const double spanX = southEast.x - northWest.x;
    const double spanY = southEast.y - northWest.y;
    const double freeWidth = std::max(1.0, width - margins.left - margins.right);
    const double freeHeight = std::max(1.0, height - margins.top - margins.bottom);
    double zoom = std::min(maxZoom, kMaxZoom);
    if (spanX > 0.0)
        zoom = std::min(zoom, std::log2(freeWidth / (spanX * kTileSize)));
    if (spanY > 0.0)
        zoom = std::min(zoom, std::log2(freeHeight / (spanY * kTileSize)));
    zoom = clampZoom(zoom);
    const double size = kTileSize * std::exp2(zoom);
    // Centre the box in the free area: shift by half the difference of the margins.
    const PixelPoint middle{
        (northWest.x + southEast.x) / 2.0 - (margins.left - margins.right) / 2.0 / size,
        (northWest.y + southEast.y) / 2.0 - (margins.top - margins.bottom) / 2.0 / size};
    return {worldToGeo(middle), zoom, width, height};
}

}  // namespace yeonpyo::geo
