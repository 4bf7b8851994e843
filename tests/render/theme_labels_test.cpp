// Themes and wording: names parse with negative rows, kinds read in Korean and English, colours
// mix.
#include <gtest/gtest.h>

#include <QFontInfo>

#include <algorithm>
#include <cmath>

#include "app/render/labels.h"
#include "app/render/theme.h"

namespace yeonpyo::render {
namespace {

TEST(ThemeNames, KnownNamesInAnyCaseAndNothingElse) {
    const std::pair<const char*, ThemeKind> good[] = {{"light", ThemeKind::Light},
                                                      {"Dark", ThemeKind::Dark},
                                                      {" PRINT ", ThemeKind::Print},
                                                      {"High-Contrast", ThemeKind::HighContrast}};
    for (const auto& [name, expected] : good) {
        ThemeKind kind = ThemeKind::Light;
        ASSERT_TRUE(themeKindFromName(QString::fromLatin1(name), kind)) << name;
        EXPECT_EQ(kind, expected) << name;
    }
    for (const char* name : {"", "grey", "darker", "light-dark", "high contrast", "contrast"}) {
        ThemeKind kind = ThemeKind::Dark;
        EXPECT_FALSE(themeKindFromName(QString::fromLatin1(name), kind)) << name;
        EXPECT_EQ(kind, ThemeKind::Dark) << name;
    }
}

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto linear = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(Themes, HighContrastMeetsWcagAaaAgainstItsBackground) {
    const Theme& t = theme(ThemeKind::HighContrast);
    EXPECT_GE(contrast(t.text, t.background), 7.0);
    EXPECT_GE(contrast(t.mutedText, t.background), 7.0);
    EXPECT_GE(contrast(t.selection, t.background), 7.0);
    EXPECT_GE(contrast(t.axis, t.background), 7.0);
    EXPECT_GE(contrast(t.text, t.surface), 7.0);
    EXPECT_GE(contrast(t.warningInk, t.warning), 4.5);
    for (const QColor& c : t.kindColors)
        EXPECT_GE(contrast(c, t.background), 7.0) << c.name().toStdString();
    // The light theme's muted text is not meant for this: the check can fail.
    EXPECT_LT(contrast(theme(ThemeKind::Light).mutedText, theme(ThemeKind::Light).background), 7.0);
}

TEST(Themes, KindsAreTellApartInEveryTheme) {
    for (ThemeKind k :
         {ThemeKind::Light, ThemeKind::Dark, ThemeKind::Print, ThemeKind::HighContrast}) {
        const Theme& t = theme(k);
        for (int a = 0; a < 8; ++a) {
            for (int b = a + 1; b < 8; ++b) {
                const bool colours = t.kindColors[a] != t.kindColors[b];
                const bool shapes = t.kindShapes[a] != t.kindShapes[b];
                EXPECT_TRUE(colours || shapes) << static_cast<int>(k) << ": " << a << " / " << b;
            }
        }
        EXPECT_NE(t.text, t.background);
    }
    for (const QColor& c : theme(ThemeKind::Print).kindColors)
        EXPECT_EQ(c.red(), c.green());  // greys only
}

TEST(Themes, FontsResolveToAFamilyWithHangul) {
    const QFontInfo info(theme(ThemeKind::Light).font(14));
    EXPECT_TRUE(info.family().contains(QStringLiteral("Noto"))) << info.family().toStdString();
}

TEST(Themes, MixedIsOpaqueAndWeighted) {
    const QColor m = mixed(QColor(200, 100, 0), QColor(0, 100, 200), 0.25);
    EXPECT_EQ(m, QColor(50, 100, 150));
    EXPECT_EQ(mixed(Qt::red, Qt::blue, 7.0), QColor(Qt::red));  // weights are clamped
}

TEST(Wording, KindsAndPartsOfDayInKoreanAndEnglish) {
    const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::France);
    EXPECT_EQ(kindName(EventKind::Meal, ko), QStringLiteral("식사"));
    EXPECT_EQ(kindName(EventKind::Meal, en), QStringLiteral("Meal"));
    EXPECT_EQ(kindName(EventKind::Departure, fr),
              QStringLiteral("Departure"));  // English elsewhere
    EXPECT_EQ(partOfDayName(QStringLiteral("evening"), ko), QStringLiteral("저녁"));
    EXPECT_EQ(partOfDayName(QStringLiteral("noon"), en), QStringLiteral("Noon"));
    EXPECT_TRUE(partOfDayName(QStringLiteral("teatime"), en).isEmpty());
    EXPECT_TRUE(partOfDayName(QString(), ko).isEmpty());
    EXPECT_EQ(countText(1234567, en), QStringLiteral("1,234,567"));
}

}  // namespace
}  // namespace yeonpyo::render
