// RecentFiles and the Open Recent menu built from them.
#include "app/gui/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace yeonpyo::gui {
namespace {

constexpr char kKey[] = "recent/files";

QString normalised(const QString& path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

}  // namespace

QStringList RecentFiles::load(const QSettings& settings) {
    QStringList files;
    for (const QString& path : settings.value(kKey).toStringList()) {
        if (!path.isEmpty() && !files.contains(path) && files.size() < kMaximum)
            files << path;
    }
    return files;
}

void RecentFiles::add(QSettings& settings, const QString& path) {
    const QString absolute = normalised(path);
    QStringList files = load(settings);
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setValue(kKey, files.mid(0, kMaximum));
}

void RecentFiles::remove(QSettings& settings, const QString& path) {
    QStringList files = load(settings);
    files.removeAll(path);
    files.removeAll(normalised(path));
    settings.setValue(kKey, files);
}

void RecentFiles::clear(QSettings& settings) {
    settings.remove(kKey);
}

RecentFilesMenu::RecentFilesMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent) {
    setObjectName("recentFilesMenu");
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild() {
    clear();
    const QStringList files = RecentFiles::load(QSettings());
    int number = 0;
    for (const QString& path : files) {
        ++number;
        const QFileInfo info(path);
        // Numbers 1–9 get a mnemonic, as desktop programs do.
        const QString text = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(info.fileName())
                                         : info.fileName();
        QAction* action = addAction(text, this, [this, path] {
            if (QFileInfo::exists(path)) {
                emit openRequested(path);
                return;
            }
            QSettings settings;
            RecentFiles::remove(settings, path);
            rebuildLater();
            emit missingFile(path);
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    if (files.isEmpty()) {
        addAction(tr("No recent timelines"))->setEnabled(false);
        return;
    }
    addSeparator();
    QAction* clearList = addAction(tr("&Clear list"), this, [this] {
        QSettings settings;
        RecentFiles::clear(settings);
        rebuildLater();
    });
    clearList->setObjectName("clearRecentFiles");
}

void RecentFilesMenu::rebuildLater() {
    // Not now: the entry being triggered would be deleted under its own signal.
    QMetaObject::invokeMethod(this, &RecentFilesMenu::rebuild, Qt::QueuedConnection);
}

}  // namespace yeonpyo::gui
