// Web Mercator (EPSG:3857) projection as a value type: a map viewport of centre, zoom and pixel
// size.
#pragma once

#include "core/geo/geo_types.h"

namespace yeonpyo::geo {

/// Latitude limit of Web Mercator: the square world of the tile pyramid.
inline constexpr double kMaxMercatorLatitude = 85.05112877980659;
/// Pixels across the whole world at zoom 0 (the XYZ tile size).
inline constexpr double kTileSize = 256.0;
inline constexpr double kMinZoom = 0.0;
inline constexpr double kMaxZoom = 20.0;

/// Web Mercator "world" coordinates: the world as the unit square, x east from the antimeridian,
/// y south from the northern limit. Latitudes beyond the Mercator limit are clamped to it.
PixelPoint geoToWorld(const GeoPoint& geo);
/// The inverse of geoToWorld for 0 ≤ y ≤ 1; x wraps around the world.
GeoPoint worldToGeo(const PixelPoint& world);

/// Space kept free around fitted content, in pixels.
struct Margins {
    double left = 0.0;
    double top = 0.0;
    double right = 0.0;
    double bottom = 0.0;
};

/// What part of the world a map shows: a centre, a fractional zoom (0 = the world in 256 px)
/// and the size of the output in pixels. Cheap to copy; every change returns a new value.
class MapViewport {
public:
    MapViewport() = default;
    MapViewport(GeoPoint center, double zoom, double width, double height);

    GeoPoint center() const { return center_; }
    double zoom() const { return zoom_; }
    double width() const { return width_; }
    double height() const { return height_; }
    /// Size of the whole world in pixels at this zoom.
    double worldSize() const;
    /// Ground distance of one pixel at the centre, in metres.
    double metresPerPixel() const;

    /// Projects a position to pixels. Returns whether the pixel lies within the viewport; the
    /// pixel is written either way, choosing the copy of the world nearest the centre.
    bool geoToPixel(const GeoPoint& geo, PixelPoint& pixel) const;
    /// Unprojects a pixel. Returns false, leaving geo untouched, when the pixel lies north or
    /// south of the projected world; longitudes are normalised to [-180, 180).
    bool pixelToGeo(const PixelPoint& pixel, GeoPoint& geo) const;

    /// World coordinates (see geoToWorld) to pixels, without choosing a world copy.
    PixelPoint worldToPixel(const PixelPoint& world) const;
    /// The world x of the viewport's left edge and y of its top edge.
    PixelPoint topLeftWorld() const;

    /// The viewport moved by a drag of (dx, dy) pixels (content follows the pointer).
    MapViewport pannedBy(double dx, double dy) const;
    /// The viewport zoomed by delta levels keeping the position under an anchor pixel still.
    MapViewport zoomedAround(const PixelPoint& anchor, double delta) const;
    /// The same view at another output size.
    MapViewport resized(double width, double height) const;

    /// The viewport of the given size that shows a box inside the margins as large as possible,
    /// at most at maxZoom (a single point or a tiny box gets maxZoom).
    static MapViewport fitBounds(const GeoBounds& bounds, double width, double height,
                                 const Margins& margins, double maxZoom = 16.0);

private:
    GeoPoint center_{};
    PixelPoint centerWorld_{0.5, 0.5};  ///< geoToWorld(center_), kept for fast projection.
    double zoom_ = 0.0;
    double width_ = 0.0;
    double height_ = 0.0;
};

}  // namespace yeonpyo::geo
