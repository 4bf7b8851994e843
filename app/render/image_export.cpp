// PNG, SVG and PDF back ends: each sets up a paint device and hands the painter to paintPage.
#include "app/render/image_export.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

#include "app/render/page_painter.h"

namespace yeonpyo::render {
namespace {

constexpr double kCssDpi = 96.0;

Error writeError(const QString& path, const QString& reason) {
    return Error{QStringLiteral("Cannot write “%1”: %2.").arg(path, reason).toStdString()};
}

Status checkSize(const ExportOptions& options) {
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > 20000 ||
        options.size.height() > 20000) {
        return Error{"The image size must be between 16 and 20000 pixels on each side."};
    }
    return success();
}

Status writePng(QIODevice& device, const ExportDocument& document, const ExportOptions& options) {
    const QImage image = renderImage(document, options);
    if (image.isNull())
        return Error{"There is not enough memory for an image of that size."};
    // Quality 80 keeps zlib at a fast level; PNG stays lossless whatever the value.
    if (!image.save(&device, "PNG", 80))
        return Error{"The PNG image could not be encoded."};
    return success();
}

Status writeSvg(QIODevice& device, const ExportDocument& document, const ExportOptions& options) {
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setResolution(static_cast<int>(kCssDpi));
    svg.setTitle(options.title.isEmpty() ? QStringLiteral("Yeonpyo timeline") : options.title);
    svg.setDescription(QStringLiteral("Timeline made with Yeonpyo"));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error{"The SVG image could not be started."};
    paintPage(painter, QSizeF(options.size), document, options);
    painter.end();
    return success();
}

Status writePdf(QIODevice& device, const ExportDocument& document, const ExportOptions& options) {
    QPdfWriter pdf(&device);
    QSizeF page(options.size.width() * 72.0 / kCssDpi, options.size.height() * 72.0 / kCssDpi);
    if (options.paper) {
        page = options.paper->size(QPageSize::Point);
        if (page.width() < page.height())
            page.transpose();  // timelines run across: landscape
    }
    pdf.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(options.title.isEmpty() ? QStringLiteral("Yeonpyo timeline") : options.title);
    pdf.setCreator(QStringLiteral("Yeonpyo"));
    const QSizeF logical = page * kCssDpi / 72.0;
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{"The PDF document could not be started."};
    painter.scale(300.0 / kCssDpi, 300.0 / kCssDpi);
    const int pages = std::clamp(options.pages, 1, 500);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage())
            return Error{"A new PDF page could not be started."};
        paintPage(painter, logical, document, options, {i, pages});
    }
    painter.end();
    return success();
}

}  // namespace

Result<ImageFormat> imageFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    const QString shown =
        suffix.isEmpty() ? QStringLiteral("no extension") : QStringLiteral("“.%1”").arg(suffix);
    return Error{QStringLiteral("Cannot tell the image format from %1; use .png, .svg or .pdf.")
                     .arg(shown)
                     .toStdString()};
}

Status exportImage(QIODevice& device, ImageFormat format, const ExportDocument& document,
                   const ExportOptions& options) {
    if (const Status sized = checkSize(options); !sized)
        return sized;
    switch (format) {
        case ImageFormat::Png:
            return writePng(device, document, options);
        case ImageFormat::Svg:
            return writeSvg(device, document, options);
        case ImageFormat::Pdf:
            return writePdf(device, document, options);
    }
    return Error{"Unknown image format."};
}

Status exportImage(const QString& path, const ExportDocument& document,
                   const ExportOptions& options) {
    const auto format = imageFormatForPath(path);
    if (!format)
        return format.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (const Status written = exportImage(file, *format, document, options); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

QImage renderImage(const ExportDocument& document, const ExportOptions& options) {
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    const double scale = std::max(0.25, options.dpi / kCssDpi);
    image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, QSizeF(options.size) / scale, document, options);
    return image;
}

}  // namespace yeonpyo::render
