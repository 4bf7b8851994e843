// The viewer's theme (system, light, dark or high contrast): the widgets' palette, the painted
// views' theme, and the View → Theme menu that remembers the choice.
#pragma once

#include <QMenu>
#include <QPalette>

#include "app/render/theme.h"

class QSettings;

namespace yeonpyo::gui {

enum class UiTheme { System, Light, Dark, HighContrast };

/// The choice saved under "view/theme"; System when there is none or it is unknown.
UiTheme loadUiTheme(const QSettings& settings);
void saveUiTheme(QSettings& settings, UiTheme theme);

/// Gives the application the theme's palette (System: the desktop's own, as it was at start-up)
/// and remembers the choice for viewThemeKind(). Every widget receives a PaletteChange event.
void applyUiTheme(UiTheme theme);
UiTheme currentUiTheme();

/// The theme the painted views (timeline, map, overview) use under a palette: high contrast
/// when chosen, else dark on a dark palette (the desktop's dark mode included) and light
/// otherwise.
render::ThemeKind viewThemeKind(const QPalette& palette);

/// View → Theme: four exclusive entries; a choice is applied at once and saved.
class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget* parent = nullptr);

private:
    void choose(UiTheme theme);
};

}  // namespace yeonpyo::gui
