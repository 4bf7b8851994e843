// Themes for every painter: light, dark and print (grayscale-safe), with kind colours and Hangul
// fonts.
#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <array>

#include "core/model/event.h"

namespace yeonpyo::render {

enum class ThemeKind { Light, Dark, Print, HighContrast };

/// Marker outline drawn for a kind; the print theme varies shapes so kinds survive grayscale.
enum class MarkerShape { Circle, Square, Diamond, TriangleUp, TriangleDown, Hexagon };

/// Colours, shapes and type of one theme. A value type: painters take it by const reference.
struct Theme {
    ThemeKind kind = ThemeKind::Light;
    QColor background;
    QColor surface;                         ///< Alternate lane bands, label and pill backgrounds.
    QColor text;                            ///< Titles and event labels.
    QColor mutedText;                       ///< Subtitles, axis labels, lane titles.
    QColor grid;                            ///< Tick grid lines and separators.
    QColor axis;                            ///< The axis line and tick marks.
    QColor selection;                       ///< Halo around the selected event.
    QColor water;                           ///< Map: sea.
    QColor land;                            ///< Map: land.
    QColor coast;                           ///< Map: coastline.
    QColor border;                          ///< Map: country borders.
    QColor route;                           ///< Map: the itinerary line.
    QColor warning;                         ///< Badge of an event whose sources disagree.
    QColor warningInk;                      ///< The exclamation mark on that badge.
    std::array<QColor, 8> kindColors;       ///< Indexed by EventKind.
    std::array<MarkerShape, 8> kindShapes;  ///< Indexed by EventKind.
    QStringList fontFamilies;               ///< Preferred families, Hangul-capable first.

    QColor colorOf(EventKind kind) const { return kindColors[static_cast<int>(kind)]; }
    MarkerShape shapeOf(EventKind kind) const { return kindShapes[static_cast<int>(kind)]; }

    /// A font of the theme's families at a size in pixels (device independent across outputs).
    QFont font(double pixelSize, QFont::Weight weight = QFont::Normal) const;
};

/// The opaque colour of top drawn at a weight (0–1) over bottom. Painters use it instead of
/// translucent fills: the raster engine blends translucent areas many times slower.
QColor mixed(const QColor& top, const QColor& bottom, double topWeight);

/// The built-in theme of a kind.
const Theme& theme(ThemeKind kind);

/// "light", "dark", "print" or "high-contrast" (case-insensitive); false for an unknown name.
bool themeKindFromName(const QString& name, ThemeKind& kind);

/// Font families that render Hangul on Debian with fonts-noto-cjk, most preferred first.
QStringList hangulFontFamilies();

}  // namespace yeonpyo::render
