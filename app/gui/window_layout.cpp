// Saving and restoring the main window's geometry, splitters and tabs.
#include "app/gui/window_layout.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace yeonpyo::gui {
namespace {

QString splitterKey(const QSplitter& splitter) {
    return QStringLiteral("window/splitter/") + splitter.objectName();
}

QString tabKey(const QTabWidget& tabs) {
    return QStringLiteral("window/tab/") + tabs.objectName();
}

}  // namespace

void saveWindowLayout(const QMainWindow& window, QSettings& settings) {
    settings.setValue("window/geometry", window.saveGeometry());
    settings.setValue("window/state", window.saveState());
    for (const QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(*splitter), splitter->saveState());
    }
    for (const QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        if (!tabs->objectName().isEmpty())
            settings.setValue(tabKey(*tabs), tabs->currentIndex());
    }
}

bool restoreWindowLayout(QMainWindow& window, const QSettings& settings) {
    if (!settings.contains("window/geometry"))
        return false;
    window.restoreGeometry(settings.value("window/geometry").toByteArray());
    window.restoreState(settings.value("window/state").toByteArray());
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        const QVariant state = settings.value(splitterKey(*splitter));
        if (!splitter->objectName().isEmpty() && state.isValid())
            splitter->restoreState(state.toByteArray());
    }
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        const QVariant index = settings.value(tabKey(*tabs));
        if (!tabs->objectName().isEmpty() && index.isValid() && index.toInt() < tabs->count())
            tabs->setCurrentIndex(index.toInt());
    }
    return true;
}

}  // namespace yeonpyo::gui
