// RecentFiles: the documents opened lately, kept in QSettings, and the File → Open Recent menu.
#pragma once

#include <QMenu>
#include <QStringList>

class QSettings;

namespace yeonpyo::gui {

/// The list of recently opened documents under "recent/files" in the settings, newest first,
/// at most kMaximum entries, each an absolute path once.
class RecentFiles {
public:
    static constexpr int kMaximum = 10;

    static QStringList load(const QSettings& settings);
    /// Puts path first (moving it up if it was there already) and saves the list.
    static void add(QSettings& settings, const QString& path);
    static void remove(QSettings& settings, const QString& path);
    static void clear(QSettings& settings);
};

/// "Open Recent": one entry per remembered document (numbered, its folder in the tool tip), then
/// "Clear list". Rebuilt from the settings each time it opens, so several windows agree. Choosing
/// a document that has gone asks the owner to say so and removes it from the list.
class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget* parent = nullptr);

    /// Builds the entries from the settings now (also done whenever the menu is about to show).
    void rebuild();

signals:
    /// The user chose a document that exists.
    void openRequested(const QString& path);
    /// The user chose a document that no longer exists; it was removed from the list.
    void missingFile(const QString& path);

private:
    void rebuildLater();
};

}  // namespace yeonpyo::gui
