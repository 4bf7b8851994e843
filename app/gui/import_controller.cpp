// ImportController: QtConcurrent-run ingest with a progress dialog and cooperative cancel.
#include "app/gui/import_controller.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include "app/gui/reference_date_dialog.h"
#include "core/pipeline/ingest.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

Result<std::vector<pipeline::IngestInput>> readInputs(const QStringList& files) {
    std::vector<pipeline::IngestInput> inputs;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QObject::tr("%1 could not be read: %2.")
                             .arg(path, file.errorString())
                             .toStdString()};
        }
        inputs.push_back({path.toStdString(), file.readAll().toStdString(), std::nullopt});
    }
    return inputs;
}

QString summary(const Result<pipeline::IngestReport>& report) {
    if (!report)
        return QString::fromStdString(report.error().message);
    int added = 0, merged = 0, duplicates = 0;
    for (const auto& article : report->articles) {
        added += article.eventsAdded;
        merged += article.eventsMerged;
        duplicates += article.duplicate ? 1 : 0;
    }
    QString text =
        QObject::tr("Imported %n article(s): ", "", static_cast<int>(report->articles.size())) +
        QObject::tr("%1 new events, %2 merged into existing ones.").arg(added).arg(merged);
    if (duplicates > 0)
        text += QLatin1Char(' ') +
                QObject::tr("%n article(s) were already in the timeline.", "", duplicates);
    if (report->cancelled)
        text += QLatin1Char(' ') + QObject::tr("Cancelled; the articles finished before are kept.");
    return text;
}

}  // namespace

ImportController::ImportController(QWidget* parentWindow)
    : QObject(parentWindow), parentWindow_(parentWindow) {}

ImportController::~ImportController() {
    if (cancel_)
        cancel_->store(true);
}

void ImportController::start(const QString& documentPath, const QStringList& files) {
    if (running_)
        return;
    auto inputs = readInputs(files);
    if (!inputs) {
        emit finished(QString::fromStdString(inputs.error().message));
        return;
    }
    if (!askMissingReferenceDates(parentWindow_, *inputs))
        return;

    running_ = true;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    dialog_ = std::make_unique<QProgressDialog>(tr("Reading articles…"), tr("Cancel"), 0,
                                                static_cast<int>(files.size()), parentWindow_);
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setMinimumDuration(300);
    connect(dialog_.get(), &QProgressDialog::canceled, this,
            [cancel = cancel_] { cancel->store(true); });

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
    auto work = [path = documentPath.toStdString(), inputs = std::move(*inputs), progress,
                 cancel = cancel_]() -> Result<pipeline::IngestReport> {
        auto document = store::Document::open(path, store::OpenMode::ReadWrite);
        if (!document)
            return document.error();
        return pipeline::ingest(*document, inputs, {}, progress, cancel.get());
    };
    auto* watcher = new QFutureWatcher<Result<pipeline::IngestReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QString message = summary(watcher->result());
        watcher->deleteLater();
        dialog_.reset();
        running_ = false;
        emit finished(message);
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
