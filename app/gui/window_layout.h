// The main window's size, place and panel layout, kept in QSettings between runs.
#pragma once

class QMainWindow;
class QSettings;

namespace yeonpyo::gui {

/// Saves the window's geometry, its toolbar and dock state, and the state of every named
/// QSplitter and QTabWidget inside it under "window/".
void saveWindowLayout(const QMainWindow& window, QSettings& settings);

/// Restores what saveWindowLayout saved; false (and the window as it was) when nothing was saved.
/// A saved size larger than the screen, or a splitter state from another layout, is ignored by
/// Qt itself.
bool restoreWindowLayout(QMainWindow& window, const QSettings& settings);

}  // namespace yeonpyo::gui
