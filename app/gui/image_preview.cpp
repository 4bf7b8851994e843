// ImagePreview: throttled page previews painted on the thread pool.
#include "app/gui/image_preview.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include "app/render/page_painter.h"

namespace yeonpyo::gui {
namespace {

/// Long enough to wait out a burst of keystrokes, short enough to feel immediate.
constexpr int kThrottleMs = 120;
constexpr int kCheckerCell = 8;

void paintChecker(QPainter& painter, const QRect& area) {
    painter.fillRect(area, QColor(250, 250, 250));
    for (int y = area.top(); y < area.bottom(); y += kCheckerCell) {
        for (int x = area.left() + ((y - area.top()) / kCheckerCell % 2) * kCheckerCell;
             x < area.right(); x += 2 * kCheckerCell) {
            painter.fillRect(QRect(x, y, kCheckerCell, kCheckerCell).intersected(area),
                             QColor(222, 222, 222));
        }
    }
}

}  // namespace

QImage paintPreview(const ExportSnapshot& snapshot, const render::ExportOptions& options,
                    render::ImageFormat format, QSize maxPixels) {
    const QSizeF logical = logicalPageSize(format, options);
    if (logical.isEmpty() || maxPixels.isEmpty())
        return {};
    const double scale =
        std::min(maxPixels.width() / logical.width(), maxPixels.height() / logical.height());
    QImage image((logical * scale).toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    render::paintPage(painter, logical, snapshot.document(), options, {0, options.pages});
    return image;
}

ImagePreview::ImagePreview(QWidget* parent) : QWidget(parent) {
    setObjectName("preview");
    setMinimumSize(320, 200);
    throttle_.setSingleShot(true);
    throttle_.setInterval(kThrottleMs);
    connect(&throttle_, &QTimer::timeout, this, &ImagePreview::startPainting);
    connect(&painting_, &QFutureWatcher<QImage>::finished, this, &ImagePreview::showPainted);
}

void ImagePreview::request(std::shared_ptr<const ExportSnapshot> snapshot,
                           const render::ExportOptions& options, render::ImageFormat format) {
    waiting_ = Request{std::move(snapshot), options, format};
    last_ = waiting_;
    throttle_.start();
}

bool ImagePreview::isBusy() const {
    return waiting_.has_value() || inFlight_;
}

void ImagePreview::startPainting() {
    if (!waiting_ || !waiting_->snapshot || inFlight_)
        return;  // showPainted() starts the waiting request
    const QSize pixels = size() * devicePixelRatioF() - QSize(8, 8);
    Request next = std::move(*waiting_);
    waiting_.reset();
    paintingTransparent_ = next.options.transparent;
    inFlight_ = true;
    painting_.setFuture(QtConcurrent::run([next = std::move(next), pixels] {
        return paintPreview(*next.snapshot, next.options, next.format, pixels);
    }));
}

void ImagePreview::showPainted() {
    inFlight_ = false;
    image_ = painting_.result();
    transparent_ = paintingTransparent_;
    image_.setDevicePixelRatio(devicePixelRatioF());
    update();
    emit updated();
    if (waiting_ && !throttle_.isActive())
        startPainting();
}

void ImagePreview::resizeEvent(QResizeEvent*) {
    if (last_ && !waiting_) {
        waiting_ = last_;
        throttle_.start();
    }
}

void ImagePreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (image_.isNull()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("Preparing the preview…"));
        return;
    }
    const QSizeF shown =
        image_.deviceIndependentSize().scaled(QSizeF(size()) - QSizeF(8, 8), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2),
                        shown);
    if (transparent_)
        paintChecker(painter, target.toAlignedRect());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image_);
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
}

}  // namespace yeonpyo::gui
