// Themes and wording: names parse with negative rows, kinds read in Korean and English, colours
// mix.
#include <gtest/gtest.h>

#include <QFontInfo>

#include "app/render/labels.h"
#include "app/render/theme.h"

namespace yeonpyo::render {
namespace {

TEST(ThemeNames, KnownNamesInAnyCaseAndNothingElse) {
    const std::pair<const char*, ThemeKind> good[] = {
        {"light", ThemeKind::Light}, {"Dark", ThemeKind::Dark}, {" PRINT ", ThemeKind::Print}};
    for (const auto& [name, expected] : good) {
        ThemeKind kind = ThemeKind::Light;
        ASSERT_TRUE(themeKindFromName(QString::fromLatin1(name), kind)) << name;
        EXPECT_EQ(kind, expected) << name;
    }
    for (const char* name : {"", "grey", "darker", "light-dark"}) {
        ThemeKind kind = ThemeKind::Dark;
        EXPECT_FALSE(themeKindFromName(QString::fromLatin1(name), kind)) << name;
        EXPECT_EQ(kind, ThemeKind::Dark) << name;
    }
}

TEST(Themes, KindsAreTellApartInEveryTheme) {
    for (ThemeKind k : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::Print}) {
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
