// ImageExportTask: writes an image file on the thread pool while a progress dialog says so, so
// that a large export never freezes the window.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

#include "app/gui/export_choices.h"
#include "app/render/export_options.h"

class QProgressDialog;
class QWidget;

namespace yeonpyo::gui {

/// One export at a time. The snapshot is shared with the worker, so the document may change or
/// the dialog close while it runs; the file appears only when it is complete
/// (render::exportImage writes through QSaveFile).
class ImageExportTask : public QObject {
    Q_OBJECT
public:
    /// parent is the window the progress dialog belongs to.
    explicit ImageExportTask(QWidget* parent);
    ~ImageExportTask() override;

    /// Starts writing path; false (and nothing started) while another export runs.
    bool start(const QString& path, std::shared_ptr<const ExportSnapshot> snapshot,
               const render::ExportOptions& options);
    /// From start() until finished() is emitted.
    bool isRunning() const { return busy_; }

signals:
    /// The export ended: error is empty on success, else the one sentence that explains it.
    void finished(const QString& path, const QString& error);

private:
    void onFinished();

    QWidget* window_;
    QFutureWatcher<QString> running_;
    std::unique_ptr<QProgressDialog> progress_;
    QString path_;
    bool busy_ = false;
};

}  // namespace yeonpyo::gui
