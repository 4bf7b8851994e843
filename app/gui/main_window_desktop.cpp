// MainWindow's desktop habits: the File menu (new, open, recent, save a copy), dropped and pasted
// articles, the Help menu, and the window layout kept between runs.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent>

#include "app/gui/about_dialog.h"
#include "app/gui/article_sources.h"
#include "app/gui/import_controller.h"
#include "app/gui/main_window.h"
#include "app/gui/recent_files.h"
#include "app/gui/shortcuts_dialog.h"
#include "app/gui/timeline_session.h"
#include "app/gui/view_theme.h"
#include "app/gui/window_layout.h"
#include "core/store/document.h"
#include "core/store/document_copy.h"

namespace yeonpyo::gui {
namespace {

const char* const kTimelineFilter =
    QT_TRANSLATE_NOOP("yeonpyo::gui::MainWindow", "Yeonpyo timelines (*.yeonpyo)");

QString withTimelineSuffix(const QString& path) {
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".yeonpyo") : path;
}

/// Creates an empty document at path, replacing what is there, without a moment where path
/// holds half a document: it is made beside it and then renamed over it.
Status createEmptyTimeline(const QString& path) {
    const QFileInfo target(path);
    const QString partial = target.dir().filePath(QStringLiteral(".%1.new").arg(target.fileName()));
    QFile::remove(partial);
    {
        auto created = store::Document::open(partial.toStdString(), store::OpenMode::CreateOrOpen);
        if (!created)
            return created.error();
    }
    std::error_code error;
    std::filesystem::rename(partial.toStdString(), path.toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return Error{
            QCoreApplication::translate("yeonpyo::gui::MainWindow", "%1 could not be created: %2.")
                .arg(path, QString::fromStdString(error.message()))
                .toStdString()};
    }
    return success();
}

}  // namespace

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New timeline…"), QKeySequence::New, this, &MainWindow::newDocumentDialog);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDocumentDialog);
    recent_ = new RecentFilesMenu(this);
    file->addMenu(recent_);
    connect(recent_, &RecentFilesMenu::openRequested, this, &MainWindow::openDocument);
    connect(recent_, &RecentFilesMenu::missingFile, this, [this](const QString& path) {
        showError(tr("%1 no longer exists; it was removed from the recent timelines.")
                      .arg(QDir::toNativeSeparators(path)));
    });
    file->addAction(tr("Save a &copy as…"), QKeySequence(tr("Ctrl+Shift+S")), this,
                    &MainWindow::saveCopyDialog);
    file->addSeparator();
    file->addAction(tr("&Import articles…"), QKeySequence(tr("Ctrl+I")), this,
                    &MainWindow::importArticlesDialog);
    file->addSeparator();
    file->addAction(tr("Export &image…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportImageDialog);
    file->addAction(tr("Export &data…"), this, &MainWindow::exportDataDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
    help->addAction(tr("&About Yeonpyo"), this, &MainWindow::showAbout);
}

void MainWindow::showShortcuts() {
    ShortcutsDialog dialog(*menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    RecentFiles::add(settings, path);
}

void MainWindow::newDocumentDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("New timeline"), tr("timeline.yeonpyo"),
                                                tr(kTimelineFilter));
    if (path.isEmpty())
        return;
    path = withTimelineSuffix(path);
    if (!session_.documentPath().isEmpty() && QFileInfo(path) == QFileInfo(session_.documentPath()))
        return showError(tr("%1 is the open timeline; choose another name.").arg(path));
    if (const Status created = createEmptyTimeline(path); !created)
        return showError(QString::fromStdString(created.error().message));
    openDocument(path);
}

void MainWindow::saveCopyDialog() {
    const QString source = session_.documentPath();
    if (source.isEmpty())
        return showError(tr("Open a timeline before saving a copy of it."));
    const QFileInfo info(source);
    const QString suggested =
        info.dir().filePath(tr("%1 copy.yeonpyo").arg(info.completeBaseName()));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save a copy as"), suggested, tr(kTimelineFilter));
    if (!target.isEmpty())
        saveCopyTo(withTimelineSuffix(target));
}

void MainWindow::saveCopyTo(const QString& target) {
    const QString source = session_.documentPath();
    if (source.isEmpty())
        return showError(tr("Open a timeline before saving a copy of it."));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto* progress = new QProgressDialog(tr("Saving a copy…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, target] {
        const Status saved = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        if (!saved)
            return showError(QString::fromStdString(saved.error().message));
        statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)),
                                 10000);
        emit copySaved(target);
    });
    watcher->setFuture(QtConcurrent::run(
        [from = source.toStdString(), to = target.toStdString(), cancel]() -> Status {
            return store::saveDocumentCopy(from, to, cancel.get());
        }));
}

bool MainWindow::readyToImport() {
    if (session_.documentPath().isEmpty()) {
        showError(tr("Open or create a timeline before importing articles."));
        return false;
    }
    if (importer_->isRunning()) {
        showError(tr("Wait until the current import ends."));
        return false;
    }
    return true;
}

void MainWindow::importSources(const QStringList& sources) {
    if (!sources.isEmpty() && readyToImport())
        importer_->start(session_.documentPath(), sources);
}

void MainWindow::pasteArticle() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (mime == nullptr)
        return;
    if (const QStringList sources = articleSourcesIn(*mime); !sources.isEmpty())
        return importSources(sources);
    const auto pasted = pastedArticle(mime->text(), tr("Pasted article"));
    if (!pasted)
        return showError(tr("The clipboard holds no article text, file or web address."));
    if (pasted->url)
        return importSources({*pasted->url});
    if (readyToImport())
        importer_->startWithInputs(session_.documentPath(), {*pasted->text});
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData() != nullptr && !articleSourcesIn(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (event->mimeData() == nullptr)
        return;
    const QStringList sources = articleSourcesIn(*event->mimeData());
    if (sources.isEmpty())
        return;
    event->acceptProposedAction();
    importSources(sources);
}

void MainWindow::restoreLayout() {
    restoreWindowLayout(*this, QSettings());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    saveWindowLayout(*this, settings);
    QMainWindow::closeEvent(event);
}

}  // namespace yeonpyo::gui
