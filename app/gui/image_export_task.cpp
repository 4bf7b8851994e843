// ImageExportTask: render::exportImage on the thread pool with a busy progress dialog.
#include "app/gui/image_export_task.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include "app/render/image_export.h"

namespace yeonpyo::gui {
namespace {

/// Quick exports finish before the progress dialog would flash up.
constexpr int kShowProgressAfterMs = 400;

}  // namespace

ImageExportTask::ImageExportTask(QWidget* parent) : QObject(parent), window_(parent) {
    connect(&running_, &QFutureWatcher<QString>::finished, this, &ImageExportTask::onFinished);
}

ImageExportTask::~ImageExportTask() = default;

bool ImageExportTask::start(const QString& path, std::shared_ptr<const ExportSnapshot> snapshot,
                            const render::ExportOptions& options) {
    if (busy_ || !snapshot)
        return false;
    busy_ = true;
    path_ = path;
    progress_ = std::make_unique<QProgressDialog>(
        tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, window_);
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(kShowProgressAfterMs);
    progress_->setAutoClose(false);
    progress_->setValue(0);
    running_.setFuture(
        QtConcurrent::run([path, snapshot = std::move(snapshot), options]() -> QString {
            const Status written = render::exportImage(path, snapshot->document(), options);
            return written ? QString() : QString::fromStdString(written.error().message);
        }));
    return true;
}

void ImageExportTask::onFinished() {
    progress_.reset();
    busy_ = false;
    emit finished(path_, running_.result());
}

}  // namespace yeonpyo::gui
