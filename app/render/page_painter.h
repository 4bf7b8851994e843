// Page composition shared by every export and the GUI's preview: title, legend, timeline, map
// inset, footer.
#pragma once

#include <QPainter>
#include <QRectF>
#include <QSizeF>

#include <utility>
#include <vector>

#include "app/render/export_options.h"

namespace yeonpyo::render {

/// Where the parts of a page go, in logical pixels.
struct PageGeometry {
    QRectF header;
    QRectF timeline;
    QRectF map;  ///< Empty without a map inset.
    QRectF footer;
};

/// Splits a page: the map goes to the right in landscape pages and below in portrait ones.
PageGeometry pageGeometry(QSizeF size, const ExportOptions& options);

/// One page of a document split over several: index counts from 0.
struct PageSlice {
    int index = 0;
    int count = 1;
};

/// The part [begin, end) of a time range that a page of a split document shows: equal
/// consecutive parts, so that each page's axis continues the previous one's.
std::pair<double, double> sliceOf(std::pair<double, double> range, PageSlice slice);

/// The tiles of a source that the map inset of an export draws, at the export's resolution:
/// what a caller fetches before exporting (then passing them as options.tiles), so that the
/// image has them. Empty without a map inset.
std::vector<TileId> mapInsetTiles(const ExportDocument& document, const ExportOptions& options,
                                  const TileSource& source);

/// Paints a whole page of a document at the painter's origin, size in logical pixels; a page of
/// several shows its slice of the time range and "(2/3)" after the dates.
void paintPage(QPainter& painter, QSizeF size, const ExportDocument& document,
               const ExportOptions& options, PageSlice slice = {});

}  // namespace yeonpyo::render
