// MapPainter: paints a map frame on any QPainter through an ordered list of layers, and hit-tests
// markers.
#pragma once

#include <QPainter>

#include <memory>
#include <vector>

#include "app/render/map_layer.h"

namespace yeonpyo::render {

/// What is under a point of the map: the events of a marker or cluster (ids, in sequence order).
struct MapHit {
    std::vector<std::int64_t> eventIds;
    bool isCluster() const { return eventIds.size() > 1; }
};

/// Nearby markers gathered on a screen grid: markers closer than about a marker's width
/// become one cluster glyph, except a crowd of a few (up to kFanOutLimit), whose markers fan out
/// around their centre with leader lines to their places, when the view holds at most
/// kFanOutMaxGlyphs glyphs. Exposed for the painter and for tests.
inline constexpr std::size_t kFanOutLimit = 6;
inline constexpr std::size_t kFanOutMaxGlyphs = 200;
std::vector<MarkerGlyph> layOutMarkers(const MapContent& content, const MapFrame& frame,
                                       const MapStyle& style);

/// Where the place names of single markers go: right of the marker, else left, else nowhere,
/// greedily clear of every marker and of the names placed before. Pairs of glyph index and box.
std::vector<std::pair<std::size_t, QRectF>> layOutEventLabels(
    const MapContent& content, const std::vector<MarkerGlyph>& glyphs, const MapFrame& frame,
    const MapStyle& style);

/// The text inside a glyph: its sequence number, "4·5" for up to three clustered events, else
/// the cluster's count in the locale.
QString glyphText(const MarkerGlyph& glyph, const MapContent& content, const QLocale& locale);

/// Paints maps layer by layer in z order. The default layers are the base map, the route, the
/// markers, the labels, the locator and the decorations; more (a TileLayer) can be inserted by z.
class MapPainter {
public:
    /// A painter with the default layers in a theme.
    explicit MapPainter(const Theme& theme);
    ~MapPainter();
    MapPainter(MapPainter&&) noexcept;

    /// Adds a layer, keeping the list sorted by z (stable for equal z).
    void insertLayer(std::unique_ptr<MapLayer> layer);
    const std::vector<std::unique_ptr<MapLayer>>& layers() const { return layers_; }
    const MapStyle& style() const { return style_; }
    /// The layers' credit lines, topmost layer first, each once.
    QStringList attributions() const;

    /// Paints the frame at the painter's origin, clipped to the viewport's size.
    void paint(QPainter& painter, const MapContent& content, const MapFrame& frame) const;
    /// The marker or cluster under a pixel; empty when there is none.
    MapHit hitTest(const MapContent& content, const MapFrame& frame, const QPointF& point) const;

private:
    const Theme& theme_;
    MapStyle style_;
    std::vector<std::unique_ptr<MapLayer>> layers_;
};

}  // namespace yeonpyo::render
