// The built-in themes: a calm light palette, its dark counterpart, a grayscale print theme and a
// high-contrast theme for readers who need strong contrast.
#include "app/render/theme.h"

#include <algorithm>
#include <cmath>

namespace yeonpyo::render {
namespace {

// Kind order: meeting, meal, visit, speech, departure, arrival, announcement, other.
constexpr std::array<MarkerShape, 8> kAllCircles{
    MarkerShape::Circle, MarkerShape::Circle, MarkerShape::Circle, MarkerShape::Circle,
    MarkerShape::Circle, MarkerShape::Circle, MarkerShape::Circle, MarkerShape::Circle};
constexpr std::array<MarkerShape, 8> kPrintShapes{
    MarkerShape::Circle,       MarkerShape::Square,     MarkerShape::Diamond, MarkerShape::Hexagon,
    MarkerShape::TriangleDown, MarkerShape::TriangleUp, MarkerShape::Square,  MarkerShape::Circle};

Theme makeLight() {
    Theme t;
    t.kind = ThemeKind::Light;
    t.background = QColor("#ffffff");
    t.surface = QColor("#f5f6f8");
    t.text = QColor("#1c2230");
    t.mutedText = QColor("#677084");
    t.grid = QColor("#e6e8ed");
    t.axis = QColor("#9aa1ae");
    t.selection = QColor("#1f6feb");
    t.water = QColor("#dde8f0");
    t.land = QColor("#f7f5f0");
    t.coast = QColor("#a9bccb");
    t.border = QColor("#c9c2b6");
    t.route = QColor("#3b4a63");
    t.warning = QColor("#c2410c");
    t.warningInk = QColor("#ffffff");
    t.kindColors = {QColor("#3a6ea5"), QColor("#e07b24"), QColor("#4a9a5b"), QColor("#9a5fa0"),
                    QColor("#d1495b"), QColor("#2f9c9a"), QColor("#b8912b"), QColor("#7d8593")};
    t.kindShapes = kAllCircles;
    t.fontFamilies = hangulFontFamilies();
    return t;
}

Theme makeDark() {
    Theme t = makeLight();
    t.kind = ThemeKind::Dark;
    t.background = QColor("#15181e");
    t.surface = QColor("#1d2129");
    t.text = QColor("#e8eaef");
    t.mutedText = QColor("#99a1b0");
    t.grid = QColor("#2a2f39");
    t.axis = QColor("#5d6575");
    t.selection = QColor("#58a6ff");
    t.water = QColor("#121c27");
    t.land = QColor("#262a31");
    t.coast = QColor("#3d5266");
    t.border = QColor("#4a4f58");
    t.route = QColor("#cdd5e2");
    t.warning = QColor("#fbbf24");
    t.warningInk = QColor("#15181e");
    t.kindColors = {QColor("#6ea8e8"), QColor("#f3a259"), QColor("#79c98a"), QColor("#c596cb"),
                    QColor("#ef7b8a"), QColor("#62c7c4"), QColor("#e0c061"), QColor("#a3aab6")};
    return t;
}

Theme makePrint() {
    Theme t = makeLight();
    t.kind = ThemeKind::Print;
    t.surface = QColor("#f2f2f2");
    t.text = QColor("#000000");
    t.mutedText = QColor("#4d4d4d");
    t.grid = QColor("#dcdcdc");
    t.axis = QColor("#6e6e6e");
    t.selection = QColor("#000000");
    t.water = QColor("#ececec");
    t.land = QColor("#ffffff");
    t.coast = QColor("#8c8c8c");
    t.border = QColor("#b4b4b4");
    t.route = QColor("#222222");
    t.warning = QColor("#000000");  // black with a white mark: the darkest thing on the page
    t.warningInk = QColor("#ffffff");
    // Distinct lightness steps; shapes carry the kind where greys come close.
    t.kindColors = {QColor("#1a1a1a"), QColor("#5c5c5c"), QColor("#3b3b3b"), QColor("#7a7a7a"),
                    QColor("#262626"), QColor("#4d4d4d"), QColor("#6b6b6b"), QColor("#8f8f8f")};
    t.kindShapes = kPrintShapes;
    return t;
}

/// White and pure colours on black, at least 7:1 against the background (WCAG AAA), and shapes
/// that carry the kind, so that no distinction rests on a shade alone.
Theme makeHighContrast() {
    Theme t = makeLight();
    t.kind = ThemeKind::HighContrast;
    t.background = QColor("#000000");
    t.surface = QColor("#1a1a1a");
    t.text = QColor("#ffffff");
    t.mutedText = QColor("#e6e6e6");
    t.grid = QColor("#5c5c5c");
    t.axis = QColor("#ffffff");
    t.selection = QColor("#ffff00");
    t.water = QColor("#00264d");
    t.land = QColor("#000000");
    t.coast = QColor("#ffffff");
    t.border = QColor("#bfbfbf");
    t.route = QColor("#00ffff");
    t.warning = QColor("#ff8c00");
    t.warningInk = QColor("#000000");
    t.kindColors = {QColor("#66b3ff"), QColor("#ffb366"), QColor("#66ff66"), QColor("#ff99ff"),
                    QColor("#ff6666"), QColor("#00ffff"), QColor("#ffff66"), QColor("#ffffff")};
    t.kindShapes = kPrintShapes;
    return t;
}

}  // namespace

QStringList hangulFontFamilies() {
    return {"Noto Sans CJK KR", "Noto Sans KR", "Noto Sans CJK", "sans-serif"};
}

QFont Theme::font(double pixelSize, QFont::Weight weight) const {
    QFont f;
    f.setFamilies(fontFamilies);
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setWeight(weight);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QColor mixed(const QColor& top, const QColor& bottom, double topWeight) {
    const double w = std::clamp(topWeight, 0.0, 1.0);
    auto channel = [w](int a, int b) {
        return static_cast<int>(std::lround(a * w + b * (1.0 - w)));
    };
    return QColor(channel(top.red(), bottom.red()), channel(top.green(), bottom.green()),
                  channel(top.blue(), bottom.blue()));
}

const Theme& theme(ThemeKind kind) {
    static const Theme light = makeLight();
    static const Theme dark = makeDark();
    static const Theme print = makePrint();
    static const Theme highContrast = makeHighContrast();
    switch (kind) {
        case ThemeKind::HighContrast:
            return highContrast;
        case ThemeKind::Dark:
            return dark;
        case ThemeKind::Print:
            return print;
        case ThemeKind::Light:
            break;
    }
    return light;
}

bool themeKindFromName(const QString& name, ThemeKind& kind) {
    const QString key = name.trimmed().toLower();
    if (key == "light")
        kind = ThemeKind::Light;
    else if (key == "dark")
        kind = ThemeKind::Dark;
    else if (key == "print")
        kind = ThemeKind::Print;
    else if (key == "high-contrast")
        kind = ThemeKind::HighContrast;
    else
        return false;
    return true;
}

}  // namespace yeonpyo::render
