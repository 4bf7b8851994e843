// Which tiles of the XYZ pyramid cover a map viewport, and where each one is drawn.
#pragma once

#include <QRect>

#include <vector>

#include "app/render/tile_source.h"
#include "core/geo/mercator.h"

namespace yeonpyo::render {

/// A tile and the whole-pixel rectangle it covers in the viewport (neighbours share edges).
struct TilePlacement {
    TileId id;
    QRect target;
};

/// The tile level to draw a viewport's zoom with: the nearest whole level, at most maxZoom
/// (deeper views enlarge maxZoom tiles), at least minZoom; -1 when the view is more than a level
/// further out than minZoom (its tiles would be too small and too many to draw).
int tileZoomFor(double viewZoom, int minZoom, int maxZoom);

/// The zoom whose tiles are sharp on a painter that scales the view by deviceScale (a PNG export
/// above 96 dpi): the view's zoom plus log2 of the scale (never less than the view's zoom).
double tileLevelZoom(double viewZoom, double deviceScale);

/// The tiles of level z that cover the viewport, row by row from the north-west. Columns wrap
/// around the world (a wide view repeats tiles); rows beyond the poles are left out.
std::vector<TilePlacement> tilesCovering(const geo::MapViewport& viewport, int z);

}  // namespace yeonpyo::render
