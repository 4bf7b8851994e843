// ImportController: imports articles (files, folders, URLs or text in memory) into a document off
// the GUI thread, with progress and cancel.
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

#include "core/pipeline/ingest.h"

class QProgressDialog;
class QWidget;

namespace yeonpyo::gui {

/// Reads the sources on a worker thread (files, the article files of folders, downloads), asks
/// for the date of articles that do not state one, then runs the ingest pipeline on a worker
/// thread with its own connection to the document. A progress dialog's Cancel stops between
/// articles (the finished ones are kept).
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QWidget* parentWindow);
    ~ImportController() override;

    bool isRunning() const { return running_; }

public slots:
    /// Imports files, folders (recursively) and http(s) URLs.
    void start(const QString& documentPath, const QStringList& sources);
    /// Imports articles already read (pasted text).
    void startWithInputs(const QString& documentPath, std::vector<pipeline::IngestInput> inputs);

signals:
    /// The import ended; message says what it did or why it failed. changed is false when the
    /// document was left untouched (nothing read, or the user cancelled before the import).
    void finished(const QString& message, bool changed);
    /// Progress, for tests and the status bar: done of total articles.
    void progressed(int done, int total);

private:
    void ingest(const QString& documentPath, std::vector<pipeline::IngestInput> inputs);
    void showProgress(const QString& label, int total);
    void end(const QString& message, bool changed);
    void onProgress(int done, int total, const QString& current);

    QWidget* parentWindow_;
    std::unique_ptr<QProgressDialog> dialog_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool running_ = false;
};

}  // namespace yeonpyo::gui
