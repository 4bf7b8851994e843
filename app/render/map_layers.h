// The built-in map layers: offline base map, itinerary route, numbered markers, place labels,
// decorations.
#pragma once

#include <memory>

#include "app/render/basemap.h"
#include "app/render/map_layer.h"

namespace yeonpyo::render {
namespace detail {
class StaticTextCache;
}
class MarkerSprites;

/// Natural Earth land, coastline and borders at the scale the zoom calls for.
class BaseMapLayer : public MapLayer {
public:
    explicit BaseMapLayer(const BaseMap& map = BaseMap::bundled()) : map_(map) {}
    int z() const override { return 0; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;
    QString attribution() const override { return QStringLiteral("Natural Earth"); }

private:
    const BaseMap& map_;
};

/// Rivers over the land (GSHHG WDBII): major ones from zoom 4, smaller ones as the zoom grows,
/// each widening with the zoom up to its width on the ground.
class RiverLayer : public MapLayer {
public:
    explicit RiverLayer(const BaseMap& rivers = BaseMap::bundledRivers()) : rivers_(rivers) {}
    int z() const override { return 5; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;
    QString attribution() const override { return QStringLiteral("GSHHG"); }

private:
    const BaseMap& rivers_;
};

/// Quiet names of the gazetteer's places around the route: cities, then districts, then
/// neighbourhoods as the zoom grows, kept clear of markers, event labels and each other; left
/// out when the view holds more than a few hundred markers.
class PlaceNameLayer : public MapLayer {
public:
    int z() const override { return 15; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;
};

/// The itinerary in sequence order: gently curved legs with an arrow at their middle; legs
/// through events of unknown place are dashed. With more than 400 legs in view the route is
/// left out: it would be unreadable and too slow for a frame.
class RouteLayer : public MapLayer {
public:
    int z() const override { return 20; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;
};

/// Numbered markers coloured by kind (planned ones hollow) and clusters with counts. Keeps the
/// laid-out numbers across frames, so one MarkerLayer serves one thread.
class MarkerLayer : public MapLayer {
public:
    MarkerLayer();
    ~MarkerLayer() override;
    int z() const override { return 30; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;

private:
    mutable std::unique_ptr<detail::StaticTextCache> numbers_;
    mutable std::unique_ptr<MarkerSprites> sprites_;
};

/// Place names beside single markers, skipped where they would cover another label or marker.
class LabelLayer : public MapLayer {
public:
    int z() const override { return 40; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;
};

/// A small overview map in the top-right corner with the main view outlined, so that a city
/// view shows where on Earth it is. Drawn only when zoomed in to city level.
class LocatorLayer : public MapLayer {
public:
    explicit LocatorLayer(const BaseMap& map = BaseMap::bundled()) : base_(map) {}
    int z() const override { return 90; }
    /// Where the locator goes in a view; empty when the view gets none.
    static QRectF box(const geo::MapViewport& main);
    void paint(QPainter& painter, const MapPaintContext& context) const override;

private:
    BaseMapLayer base_;
};

/// Scale bar and the attributions of the layers' data.
class DecorationLayer : public MapLayer {
public:
    int z() const override { return 100; }
    void paint(QPainter& painter, const MapPaintContext& context) const override;
};

}  // namespace yeonpyo::render
