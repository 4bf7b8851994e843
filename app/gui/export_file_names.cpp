// Export file names: extensions of image and data formats, dialog filters, suggested names.
#include "app/gui/export_file_names.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace yeonpyo::gui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("yeonpyo::gui", text);
}

QString description(io::Format format) {
    switch (format) {
        case io::Format::Json:
            return tr("Yeonpyo events JSON");
        case io::Format::Csv:
            return tr("CSV spreadsheet");
        case io::Format::Ics:
            return tr("iCalendar");
        case io::Format::GeoJson:
            return tr("GeoJSON");
        case io::Format::Kml:
            return tr("KML for Google Earth");
        case io::Format::TimelineJs:
            return tr("TimelineJS");
    }
    return {};
}

std::optional<render::ImageFormat> imageFormatOfExtension(const QString& extension) {
    for (auto format :
         {render::ImageFormat::Png, render::ImageFormat::Svg, render::ImageFormat::Pdf}) {
        if (imageExtension(format) == extension)
            return format;
    }
    return std::nullopt;
}

QString extensionOf(io::Format format) {
    const std::string_view extension = io::fileExtension(format);
    return QString::fromUtf8(extension.data(), static_cast<qsizetype>(extension.size()));
}

}  // namespace

QString imageExtension(render::ImageFormat format) {
    switch (format) {
        case render::ImageFormat::Png:
            return QStringLiteral("png");
        case render::ImageFormat::Svg:
            return QStringLiteral("svg");
        case render::ImageFormat::Pdf:
            return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

QString withImageExtension(const QString& path, render::ImageFormat format) {
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix();
    const bool imageSuffix = imageFormatOfExtension(suffix.toLower()).has_value();
    const QString stem = imageSuffix ? path.left(path.size() - suffix.size() - 1) : path;
    return stem + QLatin1Char('.') + imageExtension(format);
}

QString suggestedExportPath(const QString& folder, const QString& documentPath,
                            const QString& extension) {
    const QString base = QFileInfo(documentPath).completeBaseName();
    const QString name =
        (base.isEmpty() ? QStringLiteral("timeline") : base) + QLatin1Char('.') + extension;
    return QDir(folder).filePath(name);
}

QStringList dataFileFilters() {
    QStringList filters;
    for (io::Format format : io::allFormats())
        filters << QStringLiteral("%1 (*%2)").arg(description(format), extensionOf(format));
    return filters;
}

std::optional<io::Format> dataFormatOfFilter(const QString& filter) {
    const QStringList filters = dataFileFilters();
    const auto index = filters.indexOf(filter);
    if (index < 0)
        return std::nullopt;
    return io::allFormats()[static_cast<std::size_t>(index)];
}

std::optional<io::Format> dataFormatOfPath(const QString& path) {
    const QString suffix = QLatin1Char('.') + QFileInfo(path).suffix().toLower();
    for (io::Format format : io::allFormats()) {
        if (extensionOf(format) == suffix)
            return format;  // .json names the contract before TimelineJS: first in the list
    }
    return std::nullopt;
}

std::pair<QString, io::Format> dataExportTarget(const QString& path, io::Format filterFormat) {
    const auto named = dataFormatOfPath(path);
    if (!named)
        return {path + extensionOf(filterFormat), filterFormat};
    if (extensionOf(*named) == extensionOf(filterFormat))
        return {path, filterFormat};
    return {path, *named};
}

}  // namespace yeonpyo::gui
