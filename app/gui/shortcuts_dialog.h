// ShortcutsDialog: every keyboard shortcut of the window, read from its menus' actions, and the
// keys of the timeline.
#pragma once

#include <QDialog>
#include <QList>

class QMenuBar;
class QTreeWidget;

namespace yeonpyo::gui {

/// One row of the dialog: what a key does, and the key as the desktop writes it.
struct ShortcutRow {
    QString group;  ///< The menu ("File") or panel ("Timeline") it belongs to.
    QString action;
    QString keys;
};

/// The shortcuts of every action reachable from a menu bar (submenus included), grouped by
/// top-level menu, in menu order; mnemonics ("&") are removed and alternatives joined by commas.
QList<ShortcutRow> menuShortcuts(const QMenuBar& menuBar);

/// A searchable list of the rows of menuShortcuts(menuBar) and the timeline's own keys.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar& menuBar, QWidget* parent = nullptr);

    QTreeWidget* list() const { return list_; }

private:
    QTreeWidget* list_;
};

}  // namespace yeonpyo::gui
