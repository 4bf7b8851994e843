// Place names for the map from the bundled gazetteer (cities, districts, neighbourhoods) and
// their placement in a frame, clear of what else is drawn.
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

#include "app/render/map_layer.h"
#include "core/geo/geo_types.h"
#include "core/geo/mercator.h"

namespace yeonpyo::render {

/// How prominent a place name is; each shows from its own zoom on (placeNameMinimumZoom).
enum class PlaceRank { City, District, Neighbourhood };

struct PlaceName {
    QString korean;
    QString english;
    geo::GeoPoint position;
    PlaceRank rank = PlaceRank::City;
    geo::PixelPoint world;  ///< geo::geoToWorld(position), kept for fast projection.
};

/// The gazetteer's cities, districts and dong with coordinates, read once from the bundled
/// lexicon, districts before neighbourhoods.
const std::vector<PlaceName>& bundledPlaceNames();

/// The zoom from which a rank's names are drawn, and the zoom after which cities give way.
double placeNameMinimumZoom(PlaceRank rank);

/// The font a rank's names are drawn in, derived from the map's style.
QFont placeNameFont(const MapStyle& style, PlaceRank rank);

struct PlacedName {
    QString text;
    QRectF box;  ///< Where the text goes, its centre at the place.
    PlaceRank rank = PlaceRank::City;
};

/// The names a frame shows, in the frame's language, centred on their places, skipping any that
/// would cover a rectangle of `taken` or a name placed before; at most a few dozen.
std::vector<PlacedName> layOutPlaceNames(const std::vector<PlaceName>& names, const MapFrame& frame,
                                         const MapStyle& style, std::vector<QRectF> taken);

}  // namespace yeonpyo::render
