// Page composition shared by every export and the GUI's preview: title, legend, timeline, map
// inset, footer.
#pragma once

#include <QPainter>
#include <QRectF>
#include <QSizeF>

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

/// Paints a whole page of a document at the painter's origin, size in logical pixels.
void paintPage(QPainter& painter, QSizeF size, const ExportDocument& document,
               const ExportOptions& options);

}  // namespace yeonpyo::render
