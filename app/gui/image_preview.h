// ImagePreview: a scaled picture of the page an image export will write, painted off the GUI
// thread so that typing in the export dialog stays smooth.
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

#include "app/gui/export_choices.h"
#include "app/render/export_options.h"
#include "app/render/image_export.h"

namespace yeonpyo::gui {

/// The first page of an export painted through the shared page painter (render::paintPage) at a
/// scale that fits maxPixels, so it shows the same layout the file will have.
QImage paintPreview(const ExportSnapshot& snapshot, const render::ExportOptions& options,
                    render::ImageFormat format, QSize maxPixels);

/// Shows the latest preview. Requests are throttled: painting starts a short moment after the
/// last request, one at a time on the thread pool, and a request that arrives meanwhile is
/// painted when the running one ends.
class ImagePreview : public QWidget {
    Q_OBJECT
public:
    explicit ImagePreview(QWidget* parent = nullptr);

    /// Asks for a preview of these options; the snapshot is kept until it is painted.
    void request(std::shared_ptr<const ExportSnapshot> snapshot,
                 const render::ExportOptions& options, render::ImageFormat format);

    /// The last painted preview (null before the first).
    const QImage& image() const { return image_; }
    /// True while a request waits or is being painted.
    bool isBusy() const;

    QSize sizeHint() const override { return {560, 360}; }

signals:
    /// A new preview was painted.
    void updated();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Request {
        std::shared_ptr<const ExportSnapshot> snapshot;
        render::ExportOptions options;
        render::ImageFormat format = render::ImageFormat::Png;
    };

    void startPainting();
    void showPainted();

    QTimer throttle_;
    QFutureWatcher<QImage> painting_;
    bool inFlight_ = false;  ///< From starting a paint until its image is shown.
    std::optional<Request> waiting_;
    std::optional<Request> last_;
    bool paintingTransparent_ = false;
    bool transparent_ = false;  ///< The shown image has no background: a checkerboard shows it.
    QImage image_;
};

}  // namespace yeonpyo::gui
