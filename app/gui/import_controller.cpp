// ImportController: reading and ingest on QtConcurrent workers, a progress dialog, cooperative
// cancel.
#include "app/gui/import_controller.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include "app/gui/article_sources.h"
#include "app/gui/reference_date_dialog.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

QString summary(const Result<pipeline::IngestReport>& report) {
    if (!report)
        return QString::fromStdString(report.error().message);
    int added = 0, merged = 0, duplicates = 0, copies = 0;
    for (const auto& article : report->articles) {
        added += article.eventsAdded;
        merged += article.eventsMerged;
        duplicates += article.duplicate ? 1 : 0;
        copies += article.copy ? 1 : 0;
    }
    QString text =
        ImportController::tr("Imported %n article(s): ", "",
                             static_cast<int>(report->articles.size())) +
        ImportController::tr("%1 new events, %2 merged into existing ones.").arg(added).arg(merged);
    if (duplicates > 0)
        text += QLatin1Char(' ') +
                ImportController::tr("%n article(s) were already in the timeline.", "", duplicates);
    if (copies > 0)
        text += QLatin1Char(' ') +
                ImportController::tr("%n article(s) were other outlets' copies of stored ones.", "",
                                     copies);
    if (report->cancelled)
        text += QLatin1Char(' ') +
                ImportController::tr("Cancelled; the articles finished before are kept.");
    return text;
}

}  // namespace

ImportController::ImportController(QWidget* parentWindow)
    : QObject(parentWindow), parentWindow_(parentWindow) {}

ImportController::~ImportController() {
    if (cancel_)
        cancel_->store(true);
}

void ImportController::showProgress(const QString& label, int total) {
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    dialog_ = std::make_unique<QProgressDialog>(label, tr("Cancel"), 0, total, parentWindow_);
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setMinimumDuration(300);
    connect(dialog_.get(), &QProgressDialog::canceled, this,
            [cancel = cancel_] { cancel->store(true); });
}

void ImportController::end(const QString& message, bool changed) {
    dialog_.reset();
    running_ = false;
    emit finished(message, changed);
}

void ImportController::start(const QString& documentPath, const QStringList& sources) {
    if (running_ || sources.isEmpty())
        return;
    running_ = true;
    showProgress(tr("Reading articles…"), 0);
    auto* watcher = new QFutureWatcher<Result<std::vector<pipeline::IngestInput>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, documentPath] {
        auto inputs = watcher->result();
        watcher->deleteLater();
        dialog_.reset();
        running_ = false;
        if (!inputs)
            return end(QString::fromStdString(inputs.error().message), false);
        startWithInputs(documentPath, std::move(*inputs));
    });
    watcher->setFuture(QtConcurrent::run(
        [sources, cancel = cancel_] { return readArticleSources(sources, cancel.get()); }));
}

void ImportController::startWithInputs(const QString& documentPath,
                                       std::vector<pipeline::IngestInput> inputs) {
    if (running_ || inputs.empty())
        return;
    running_ = true;
    if (!askMissingReferenceDates(parentWindow_, inputs))
        return end(tr("Import cancelled; the timeline is unchanged."), false);
    ingest(documentPath, std::move(inputs));
}

void ImportController::ingest(const QString& documentPath,
                              std::vector<pipeline::IngestInput> inputs) {
    showProgress(tr("Reading articles…"), static_cast<int>(inputs.size()));
    QPointer<ImportController> self(this);
    auto progress = [self](const pipeline::IngestProgress& step) {
        QMetaObject::invokeMethod(
            self,
            [self, step] {
                if (self)
                    self->onProgress(step.done, step.total, QString::fromStdString(step.current));
            },
            Qt::QueuedConnection);
    };
    auto work = [path = documentPath.toStdString(), inputs = std::move(inputs), progress,
                 cancel = cancel_]() -> Result<pipeline::IngestReport> {
        auto document = store::Document::open(path, store::OpenMode::ReadWrite);
        if (!document)
            return document.error();
        return pipeline::ingest(*document, inputs, {}, progress, cancel.get());
    };
    auto* watcher = new QFutureWatcher<Result<pipeline::IngestReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<pipeline::IngestReport> report = watcher->result();
        watcher->deleteLater();
        end(summary(report), report.ok() && !report->articles.empty());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void ImportController::onProgress(int done, int total, const QString& current) {
    if (dialog_) {
        dialog_->setMaximum(total);
        dialog_->setValue(done);
        if (!current.isEmpty())
            dialog_->setLabelText(tr("Reading %1…").arg(QFileInfo(current).fileName()));
    }
    emit progressed(done, total);
}

}  // namespace yeonpyo::gui
