// File names for exports: suggested names beside the document, and the format a name asks for.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "app/render/image_export.h"
#include "core/io/export.h"

namespace yeonpyo::gui {

/// The extension of an image format, without the dot ("png").
QString imageExtension(render::ImageFormat format);

/// The path with an image extension (.png, .svg, .pdf) replaced by the format's; any other
/// extension is kept and the format's appended ("report.v2" → "report.v2.png").
QString withImageExtension(const QString& path, render::ImageFormat format);

/// A file in folder named after the document ("seoul.yeonpyo" → "seoul.png"); "timeline" when
/// the document has no path. extension has no dot.
QString suggestedExportPath(const QString& folder, const QString& documentPath,
                            const QString& extension);

/// The filters of a data file dialog, one per format in io::allFormats() order
/// ("GeoJSON (*.geojson)").
QStringList dataFileFilters();

/// The data format a filter of dataFileFilters() stands for.
std::optional<io::Format> dataFormatOfFilter(const QString& filter);

/// The data format a path's extension names (".ics" → Ics; ".json" → Json); std::nullopt for
/// any other extension.
std::optional<io::Format> dataFormatOfPath(const QString& path);

/// Where data goes and in which format: the extension decides when it names a format (a
/// TimelineJS file also ends in .json, so the filter decides between the two); otherwise the
/// filter's format, with its extension appended.
std::pair<QString, io::Format> dataExportTarget(const QString& path, io::Format filterFormat);

}  // namespace yeonpyo::gui
