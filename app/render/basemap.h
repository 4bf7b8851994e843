// BaseMap: the bundled offline base map (Natural Earth land and borders, GSHHG rivers) decoded
// into world coordinates.
#pragma once

#include <QPolygonF>
#include <QRectF>

#include <string_view>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/geo/mercator.h"
#include "core/model/result.h"

namespace yeonpyo::render {

enum class BaseMapFeature { Land, Borders, Rivers };

/// One polygon (outer ring and holes, even-odd) or one polyline, in Web Mercator world
/// coordinates (geo::geoToWorld: the world is the unit square).
struct BaseMapShape {
    QRectF bounds;
    std::vector<QPolygonF> rings;
};

/// The shapes of one feature at one Natural Earth scale, covering an area.
struct BaseMapSection {
    BaseMapFeature feature = BaseMapFeature::Land;
    int scale = 50;  ///< Natural Earth scale in millions: 110, 50 or 10 (0 for rivers).
    /// Rivers only: the WDBII class, 0 (double-lined) and 1 (permanent major) to 4 (minor).
    int riverClass = 0;
    geo::GeoBounds coverage;
    std::vector<BaseMapShape> shapes;
};

/// Land and borders at several scales. Decoded once; cheap to query per frame.
class BaseMap {
public:
    /// Decodes the "YPBM" format written by scripts/build-basemap.mjs.
    static Result<BaseMap> decode(std::string_view bytes);
    /// The map compiled into the library (Qt resource :/yeonpyo/basemap/world.ypbm), decoded on
    /// first use. Empty if the resource is missing, which a test guards against.
    static const BaseMap& bundled();
    /// The rivers compiled into the library (:/yeonpyo/basemap/rivers.ypbm, GSHHG's WDBII rivers
    /// converted by scripts/build-rivers.py), decoded on first use; empty if missing.
    static const BaseMap& bundledRivers();

    bool empty() const { return sections_.empty(); }
    const std::vector<BaseMapSection>& sections() const { return sections_; }

    /// The scale to draw a viewport with: the finest one whose coverage holds the whole
    /// viewport once zoomed in far enough for its detail to matter, else 50, and 110 for the world.
    int scaleFor(const geo::MapViewport& viewport) const;
    /// The section of a feature at a scale, or nullptr.
    const BaseMapSection* section(BaseMapFeature feature, int scale) const;

private:
    std::vector<BaseMapSection> sections_;
};

}  // namespace yeonpyo::render
