// Conflicts between sources on the timeline: the layout flags the event, the painter puts a
// warning badge on its marker in every theme (legible in grayscale), and the legend explains it.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QTimeZone>

#include "app/render/conflict_badge.h"
#include "app/render/labels.h"
#include "app/render/page_painter.h"
#include "app/render/timeline_painter.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

using testing::seoulSeconds;

constexpr std::int64_t kLunch = 2;

/// The first story, the lunch's sources disagreeing on its part of day when `disputed`.
std::vector<Event> story(bool disputed) {
    std::vector<Event> events = testing::zuckerbergSeoulEvents();
    if (disputed)
        events[1].conflicts = {{"time_of_day", "noon", "afternoon", 1}};
    return events;
}

struct Painted {
    TimelineLayout layout;
    QImage image;
    double markerRadius = 0.0;
};

Painted paintStory(ThemeKind kind, bool disputed) {
    const Theme& t = theme(kind);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const auto data = TimelineData::fromEvents(story(disputed), LaneMode::None, korean);
    TimelineLayouter layouter(TimelineStyle::fromTheme(t));
    TimelineFrame frame;
    frame.time =
        TimeViewport(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T02:00"), 1200);
    frame.height = 420;
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = korean;
    Painted out{layouter.layOut(data, frame),
                QImage(QSize(1200, 420), QImage::Format_ARGB32_Premultiplied),
                layouter.style().markerRadius};
    QPainter painter(&out.image);
    TimelinePainter(t, layouter.style(), korean).paint(painter, out.layout);
    return out;
}

bool near(QColor a, QColor b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Whether a pixel of the 3×3 square around a point is near a colour (antialiased edges blend).
bool nearAround(const QImage& image, QPointF point, QColor colour, int tolerance) {
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            if (near(image.pixelColor(point.toPoint() + QPoint(dx, dy)), colour, tolerance))
                return true;
        }
    }
    return false;
}

TEST(ConflictBadge, TheLayoutFlagsOnlyEventsWhoseSourcesDisagree) {
    const Painted painted = paintStory(ThemeKind::Light, true);
    ASSERT_EQ(painted.layout.events.size(), 5u);
    for (const EventGlyph& g : painted.layout.events)
        EXPECT_EQ(g.disputed, g.id == kLunch) << g.id;
    for (const EventGlyph& g : paintStory(ThemeKind::Light, false).layout.events)
        EXPECT_FALSE(g.disputed) << g.id;
}

class ConflictBadgeThemes : public ::testing::TestWithParam<ThemeKind> {};

TEST_P(ConflictBadgeThemes, SitOnTheMarkerAndChangeNothingElse) {
    const Theme& t = theme(GetParam());
    const Painted with = paintStory(GetParam(), true);
    const Painted without = paintStory(GetParam(), false);
    const EventGlyph* lunch = with.layout.glyphOf(kLunch);
    ASSERT_NE(lunch, nullptr);
    const ConflictBadge badge =
        conflictBadgeAt(lunch->marker, lunch->markerHalfWidth, with.markerRadius);
    const double h = badge.height;

    // The triangle's fill beside the mark, the mark itself, and nothing of either without it.
    const QPointF fill = badge.centre + QPointF(-h * 0.22, h * 0.3);
    const QPointF mark = badge.centre + QPointF(0, -h * 0.05);
    EXPECT_TRUE(nearAround(with.image, fill, t.warning, 30));
    EXPECT_TRUE(nearAround(with.image, mark, t.warningInk, 30));
    EXPECT_FALSE(nearAround(without.image, fill, t.warning, 30));

    // Every changed pixel lies in the badge's box (its outline included).
    const QRectF box(badge.centre - QPointF(h, h), badge.centre + QPointF(h, h));
    int changed = 0;
    for (int y = 0; y < with.image.height(); ++y) {
        for (int x = 0; x < with.image.width(); ++x) {
            if (with.image.pixel(x, y) == without.image.pixel(x, y))
                continue;
            ++changed;
            EXPECT_TRUE(box.contains(QPointF(x, y))) << x << "," << y;
        }
    }
    EXPECT_GT(changed, 20);
}

TEST_P(ConflictBadgeThemes, StayLegibleInGrayscale) {
    const Theme& t = theme(GetParam());
    constexpr int kMinimumGrayStep = 120;  // of 255: apart when printed on a grayscale printer
    EXPECT_GE(std::abs(qGray(t.warning.rgb()) - qGray(t.warningInk.rgb())), kMinimumGrayStep);
    EXPECT_GE(std::abs(qGray(t.warning.rgb()) - qGray(t.background.rgb())), kMinimumGrayStep);
}

INSTANTIATE_TEST_SUITE_P(EveryTheme, ConflictBadgeThemes,
                         ::testing::Values(ThemeKind::Light, ThemeKind::Dark, ThemeKind::Print));

/// Pixels near the theme's warning colour in the header of an exported page.
int warningPixelsInLegend(bool disputed) {
    const std::vector<Event> events = story(disputed);
    const std::vector<Article> articles = testing::zuckerbergSeoulArticles();
    ExportOptions options;
    options.size = QSize(1600, 600);
    options.title = QStringLiteral("저커버그 방한");
    const QSizeF size(options.size);
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paintPage(painter, size, ExportDocument{events, articles}, options);
    painter.end();
    const QRect header = pageGeometry(size, options).header.toAlignedRect();
    const QColor warning = theme(options.theme).warning;
    int count = 0;
    for (int y = header.top(); y <= header.bottom(); ++y) {
        for (int x = header.left(); x <= header.right(); ++x)
            count += near(image.pixelColor(x, y), warning, 30) ? 1 : 0;
    }
    return count;
}

TEST(ConflictBadge, TheLegendExplainsTheBadgeOnlyWhenAnEventHasIt) {
    EXPECT_GT(warningPixelsInLegend(true), 10);
    EXPECT_EQ(warningPixelsInLegend(false), 0);
}

TEST(ConflictBadge, LegendWordsInKoreanAndEnglish) {
    EXPECT_EQ(conflictWord(QLocale(QLocale::Korean)), QStringLiteral("출처 불일치"));
    EXPECT_EQ(conflictWord(QLocale(QLocale::English)), QStringLiteral("Sources disagree"));
}

}  // namespace
}  // namespace yeonpyo::render
