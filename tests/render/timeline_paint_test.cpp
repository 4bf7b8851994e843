// Timeline painting: sample pixels at known positions and a reference image of the first story.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>

#include "app/render/timeline_painter.h"
#include "tests/render/image_compare.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

using testing::seoulSeconds;

struct Painted {
    TimelineLayout layout;
    QImage image;
};

Painted paintStory(ThemeKind kind, std::int64_t selected = 0, QSize size = {1200, 420}) {
    const Theme& t = theme(kind);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::None, korean);
    TimelineLayouter layouter(TimelineStyle::fromTheme(t));
    TimelineFrame frame;
    frame.time = TimeViewport(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T02:00"),
                              size.width());
    frame.height = size.height();
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = korean;
    Painted out{layouter.layOut(data, frame), QImage(size, QImage::Format_ARGB32_Premultiplied)};
    QPainter painter(&out.image);
    TimelinePainter(t, layouter.style(), korean).paint(painter, out.layout, selected);
    return out;
}

bool near(QColor a, QColor b, int tolerance = 6) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Whether one of the pixels left of centre, from x0 to x1 pixels away, is near a colour.
bool anyNearLeftOf(const QImage& image, QPointF centre, double x0, double x1, QColor colour) {
    for (double dx = x0; dx <= x1; dx += 0.5) {
        if (near(image.pixelColor((centre - QPointF(dx, 0)).toPoint()), colour, 40))
            return true;
    }
    return false;
}

TEST(TimelinePaint, MarkersHaveTheirKindColourAndPlannedOnesAreHollow) {
    const Painted painted = paintStory(ThemeKind::Light);
    const Theme& t = theme(ThemeKind::Light);
    for (const EventGlyph& g : painted.layout.events) {
        const double r = g.markerHalfWidth;
        // The rim has the kind's colour; inside, between rim and number, filled or background.
        EXPECT_TRUE(anyNearLeftOf(painted.image, g.marker, r - 3, r, t.colorOf(g.kind))) << g.id;
        const QColor inside = g.planned ? t.background : t.colorOf(g.kind);
        EXPECT_TRUE(
            near(painted.image.pixelColor((g.marker - QPointF(r - 5, 0)).toPoint()), inside, 40))
            << g.id;
    }
}

TEST(TimelinePaint, SelectionAndLabelsShowWhereTheLayoutPutThem) {
    const Painted painted = paintStory(ThemeKind::Light, 3);
    const Theme& t = theme(ThemeKind::Light);
    const EventGlyph* dinner = painted.layout.glyphOf(3);
    ASSERT_TRUE(dinner && dinner->hasLabel());
    const QPoint border(qRound(dinner->label.center().x()), qRound(dinner->label.top()));
    EXPECT_TRUE(near(painted.image.pixelColor(border), t.selection, 60));
    const QPoint accent(qRound(dinner->label.left() + 1), qRound(dinner->label.center().y()));
    EXPECT_TRUE(near(painted.image.pixelColor(accent), t.colorOf(EventKind::Meal), 40));
}

TEST(TimelinePaint, DenseLanesShowDensityBarsAndCounts) {
    const std::int64_t begin = seoulSeconds("2024-01-01T00:00");
    TimelineData data(testing::generatedEntries(50000, begin, 365LL * 86400, true), 12, "other");
    const Theme& t = theme(ThemeKind::Light);
    TimelineLayouter layouter(TimelineStyle::fromTheme(t));
    TimelineFrame frame;
    frame.time = TimeViewport(begin, begin + 120.0 * 86400, 1600);
    frame.height = 900;
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const TimelineLayout layout = layouter.layOut(data, frame);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    TimelinePainter(t, layouter.style(), frame.locale).paint(painter, layout);
    painter.end();
    image.save(YEONPYO_BINARY_DIR "/timeline-dense.png");
    ASSERT_FALSE(layout.density.empty());
    const auto tallest = std::max_element(
        layout.density.begin(), layout.density.end(),
        [](const DensityBar& a, const DensityBar& b) { return a.rect.height() < b.rect.height(); });
    const QPoint inside = tallest->rect.center().toPoint();
    EXPECT_TRUE(near(image.pixelColor(inside), mixed(t.selection, t.background, 0.45), 40));
}

TEST(TimelinePaint, WritesTheStoryForInspection) {
    paintStory(ThemeKind::Light, 2).image.save(YEONPYO_BINARY_DIR "/timeline-story-light.png");
    paintStory(ThemeKind::Dark).image.save(YEONPYO_BINARY_DIR "/timeline-story-dark.png");
    paintStory(ThemeKind::Print).image.save(YEONPYO_BINARY_DIR "/timeline-story-print.png");
}

}  // namespace
}  // namespace yeonpyo::render
