// Image export: a document as PNG, SVG (text kept as text) or PDF (vector, fonts embedded), via the
// page painter.
#pragma once

#include <QIODevice>
#include <QImage>
#include <QString>

#include "app/render/export_options.h"
#include "core/model/result.h"

namespace yeonpyo::render {

enum class ImageFormat { Png, Svg, Pdf };

/// The format named by a path's extension (.png, .svg, .pdf, any case); an error otherwise.
Result<ImageFormat> imageFormatForPath(const QString& path);

/// Writes the image of a document to a file, choosing the format by extension. The file is
/// replaced only when the whole image was written.
Status exportImage(const QString& path, const ExportDocument& document,
                   const ExportOptions& options);

/// Writes the image of a document to an open device in a format.
Status exportImage(QIODevice& device, ImageFormat format, const ExportDocument& document,
                   const ExportOptions& options);

/// The page as a raster image (for the clipboard and previews): options.size pixels.
QImage renderImage(const ExportDocument& document, const ExportOptions& options);

}  // namespace yeonpyo::render
