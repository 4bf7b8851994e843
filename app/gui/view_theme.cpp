// Palettes of the viewer's themes, the remembered choice and its menu.
#include "app/gui/view_theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <array>

namespace yeonpyo::gui {
namespace {

struct NamedTheme {
    UiTheme theme;
    const char* key;    ///< As saved in the settings.
    const char* label;  ///< As the menu shows it (translated).
};

constexpr std::array<NamedTheme, 4> kThemes{{
    {UiTheme::System, "system", QT_TRANSLATE_NOOP("yeonpyo::gui::ThemeMenu", "&System")},
    {UiTheme::Light, "light", QT_TRANSLATE_NOOP("yeonpyo::gui::ThemeMenu", "&Light")},
    {UiTheme::Dark, "dark", QT_TRANSLATE_NOOP("yeonpyo::gui::ThemeMenu", "&Dark")},
    {UiTheme::HighContrast, "high-contrast",
     QT_TRANSLATE_NOOP("yeonpyo::gui::ThemeMenu", "&High contrast")},
}};

UiTheme current = UiTheme::System;

/// The palette the application had before any theme was applied: the desktop's.
const QPalette& systemPalette() {
    static const QPalette palette = QApplication::palette();
    return palette;
}

void setColors(QPalette& palette, QPalette::ColorGroup group, const QColor& window,
               const QColor& base, const QColor& text, const QColor& button,
               const QColor& highlight, const QColor& highlightedText) {
    palette.setColor(group, QPalette::Window, window);
    palette.setColor(group, QPalette::WindowText, text);
    palette.setColor(group, QPalette::Base, base);
    palette.setColor(group, QPalette::AlternateBase, button);
    palette.setColor(group, QPalette::Text, text);
    palette.setColor(group, QPalette::Button, button);
    palette.setColor(group, QPalette::ButtonText, text);
    palette.setColor(group, QPalette::ToolTipBase, base);
    palette.setColor(group, QPalette::ToolTipText, text);
    palette.setColor(group, QPalette::Highlight, highlight);
    palette.setColor(group, QPalette::HighlightedText, highlightedText);
    palette.setColor(group, QPalette::BrightText, highlight);
}

QPalette darkPalette() {
    QPalette palette = QApplication::style()->standardPalette();
    for (auto group : {QPalette::Active, QPalette::Inactive})
        setColors(palette, group, QColor("#23262d"), QColor("#1a1d23"), QColor("#e8eaef"),
                  QColor("#2d313a"), QColor("#2f6fc2"), QColor("#ffffff"));
    setColors(palette, QPalette::Disabled, QColor("#23262d"), QColor("#1a1d23"), QColor("#7d8493"),
              QColor("#2d313a"), QColor("#3a3f4a"), QColor("#a3aab6"));
    palette.setColor(QPalette::PlaceholderText, QColor("#99a1b0"));
    palette.setColor(QPalette::Link, QColor("#79b8ff"));
    palette.setColor(QPalette::LinkVisited, QColor("#c596cb"));
    palette.setColor(QPalette::Light, QColor("#3a3f4a"));
    palette.setColor(QPalette::Midlight, QColor("#30343d"));
    palette.setColor(QPalette::Mid, QColor("#4a505c"));
    palette.setColor(QPalette::Dark, QColor("#15171c"));
    palette.setColor(QPalette::Shadow, QColor("#000000"));
    return palette;
}

QPalette highContrastPalette() {
    QPalette palette = QApplication::style()->standardPalette();
    for (auto group : {QPalette::Active, QPalette::Inactive})
        setColors(palette, group, Qt::black, Qt::black, Qt::white, Qt::black, QColor("#ffff00"),
                  Qt::black);
    setColors(palette, QPalette::Disabled, Qt::black, Qt::black, QColor("#a6a6a6"), Qt::black,
              QColor("#a6a6a6"), Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor("#d9d9d9"));
    palette.setColor(QPalette::Link, QColor("#00ffff"));
    palette.setColor(QPalette::LinkVisited, QColor("#ff99ff"));
    // Frames and separators drawn from these must show on black.
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor("#bfbfbf"));
    palette.setColor(QPalette::Mid, Qt::white);
    palette.setColor(QPalette::Dark, Qt::white);
    palette.setColor(QPalette::Shadow, Qt::white);
    return palette;
}

QPalette paletteOf(UiTheme theme) {
    switch (theme) {
        case UiTheme::Light:
            return QApplication::style()->standardPalette();
        case UiTheme::Dark:
            return darkPalette();
        case UiTheme::HighContrast:
            return highContrastPalette();
        case UiTheme::System:
            break;
    }
    return systemPalette();
}

}  // namespace

UiTheme loadUiTheme(const QSettings& settings) {
    const QString key = settings.value("view/theme").toString();
    for (const NamedTheme& named : kThemes) {
        if (key == QLatin1String(named.key))
            return named.theme;
    }
    return UiTheme::System;
}

void saveUiTheme(QSettings& settings, UiTheme theme) {
    for (const NamedTheme& named : kThemes) {
        if (named.theme == theme)
            settings.setValue("view/theme", QString::fromLatin1(named.key));
    }
}

void applyUiTheme(UiTheme theme) {
    systemPalette();  // Taken before the first change.
    if (theme == current && theme == UiTheme::System)
        return;  // Leaves the desktop's palette, and its later changes, alone.
    current = theme;
    QApplication::setPalette(paletteOf(theme));
}

UiTheme currentUiTheme() {
    return current;
}

render::ThemeKind viewThemeKind(const QPalette& palette) {
    if (current == UiTheme::HighContrast)
        return render::ThemeKind::HighContrast;
    return palette.color(QPalette::Window).lightness() < 128 ? render::ThemeKind::Dark
                                                             : render::ThemeKind::Light;
}

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(tr("&Theme"), parent) {
    setObjectName("themeMenu");
    auto* group = new QActionGroup(this);
    for (const NamedTheme& named : kThemes) {
        QAction* action =
            addAction(tr(named.label), this, [this, theme = named.theme] { choose(theme); });
        action->setCheckable(true);
        action->setChecked(named.theme == currentUiTheme());
        action->setData(QString::fromLatin1(named.key));
        group->addAction(action);
    }
}

void ThemeMenu::choose(UiTheme theme) {
    applyUiTheme(theme);
    QSettings settings;
    saveUiTheme(settings, theme);
}

}  // namespace yeonpyo::gui
