// Map layers: what one map frame shows, and the interface every layer (base map, route, markers, …)
// implements.
#pragma once

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPointF>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "app/render/map_content.h"
#include "app/render/theme.h"
#include "core/geo/mercator.h"

namespace yeonpyo::render {

/// The state of one map frame: where it looks, what is selected, which time range is active.
struct MapFrame {
    geo::MapViewport viewport;
    std::int64_t selectedId = 0;  ///< 0 selects nothing.
    /// With a range, markers of events outside it are faded ("map follows the timeline").
    std::optional<std::pair<double, double>> activeTime;
    QLocale locale = QLocale(QLocale::English);
};

/// Sizes and fonts of map glyphs.
struct MapStyle {
    double markerRadius = 12.0;
    double clusterRadius = 16.0;
    QFont numberFont;
    QFont labelFont;
    QFont smallFont;

    static MapStyle fromTheme(const Theme& theme);
};

/// Markers as drawn: a single event or a cluster of nearby ones (members index
/// MapContent::markers).
struct MarkerGlyph {
    QPointF centre;
    std::vector<std::size_t> members;
    double halfWidth = 0.0;
    double radius = 0.0;
    /// A marker fanned out of a small crowd: its true position, joined to it by a leader line.
    std::optional<QPointF> anchor;

    bool isCluster() const { return members.size() > 1; }
};

/// Everything a layer may read while painting one frame.
struct MapPaintContext {
    const MapContent& content;
    const MapFrame& frame;
    const Theme& theme;
    const MapStyle& style;
    const std::vector<MarkerGlyph>& glyphs;
    /// Where the place names of single markers go (index into glyphs, box), laid out once.
    const std::vector<std::pair<std::size_t, QRectF>>& eventLabels;
    /// Credit lines of the layers' data (MapPainter::attributions()), drawn in the corner.
    QStringList attributions = {};
};

/// One layer of the map. Layers paint in increasing z: base map 0, tiles 10, route 20,
/// markers 30, labels 40, locator 90, decorations (scale, attribution) 100.
class MapLayer {
public:
    virtual ~MapLayer() = default;
    virtual int z() const = 0;
    virtual void paint(QPainter& painter, const MapPaintContext& context) const = 0;
    /// The credit line the layer's data asks for; empty when it draws no one else's data.
    virtual QString attribution() const { return {}; }
};

}  // namespace yeonpyo::render
