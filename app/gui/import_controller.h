// ImportController: imports article files into a document off the GUI thread, with progress and
// cancel.
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace yeonpyo::gui {

/// Asks for the date of articles that do not state one, then runs the ingest pipeline on a
/// worker thread with its own connection to the document, showing a progress dialog whose
/// Cancel stops between articles (the finished ones are kept).
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QWidget* parentWindow);
    ~ImportController() override;

    bool isRunning() const { return running_; }

public slots:
    void start(const QString& documentPath, const QStringList& files);

signals:
    /// The import ended; message says what it did or why it failed.
    void finished(const QString& message);
    /// Progress, for tests and the status bar: done of total articles.
    void progressed(int done, int total);

private:
    void onProgress(int done, int total, const QString& current);

    QWidget* parentWindow_;
    std::unique_ptr<QProgressDialog> dialog_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool running_ = false;
};

}  // namespace yeonpyo::gui
