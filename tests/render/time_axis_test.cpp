// Adaptive time axis: bounded ticks from a century to minutes, units by zoom, localised labels.
#include <gtest/gtest.h>

#include <QTimeZone>

#include <ostream>

#include "app/render/time_axis.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

using testing::seoulSeconds;

const QLocale kKorean(QLocale::Korean, QLocale::SouthKorea);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

struct ZoomCase {
    double spanSeconds;
    TimeUnit unit;

    friend void PrintTo(const ZoomCase& c, std::ostream* out) {
        *out << c.spanSeconds << " s shown";
    }
};

class AxisAtZoom : public ::testing::TestWithParam<ZoomCase> {};

TEST_P(AxisAtZoom, TicksAreBoundedEvenlySpacedAndLabelled) {
    const ZoomCase c = GetParam();
    for (const double width : {320.0, 1920.0, 3840.0}) {
        const double begin = seoulSeconds("2024-02-28T15:07");
        const TimeViewport view(begin - c.spanSeconds / 2, begin + c.spanSeconds / 2, width);
        for (const QLocale& locale : {kKorean, kEnglish}) {
            const TimeAxis axis = buildTimeAxis(view, QTimeZone("Asia/Seoul"), locale);
            if (width == 1920.0) {
                EXPECT_EQ(axis.unit, c.unit) << c.spanSeconds << " s";
                EXPECT_GE(axis.ticks.size(), 2u) << c.spanSeconds;
            }
            const double spacing = minimumTickSpacing(axis.unit);
            EXPECT_LE(axis.ticks.size(), static_cast<std::size_t>(width / spacing) + 2);
            for (std::size_t i = 0; i < axis.ticks.size(); ++i) {
                EXPECT_FALSE(axis.ticks[i].label.isEmpty());
                EXPECT_GE(axis.ticks[i].x, 0.0);
                EXPECT_LT(axis.ticks[i].x, width);
                if (i > 0) {
                    const double least = axis.unit == TimeUnit::Day ? 0.6 * spacing : spacing;
                    EXPECT_GE(axis.ticks[i].x - axis.ticks[i - 1].x, least - 1.0);
                }
            }
            EXPECT_LE(axis.contextTicks.size(), axis.ticks.size() + 1);
        }
    }
}

constexpr double kMinute = 60, kHour = 3600, kDay = 86400, kYear = 365.25 * kDay;
INSTANTIATE_TEST_SUITE_P(
    CenturyToMinutes, AxisAtZoom,
    ::testing::Values(ZoomCase{100 * kYear, TimeUnit::Year}, ZoomCase{30 * kYear, TimeUnit::Year},
                      ZoomCase{2 * kYear, TimeUnit::Month}, ZoomCase{90 * kDay, TimeUnit::Day},
                      ZoomCase{14 * kDay, TimeUnit::Day}, ZoomCase{2 * kDay, TimeUnit::Hour},
                      ZoomCase{kDay, TimeUnit::Hour}, ZoomCase{2 * kHour, TimeUnit::Minute},
                      ZoomCase{10 * kMinute, TimeUnit::Minute}));

QStringList labelsOf(const std::vector<AxisTick>& ticks) {
    QStringList labels;
    for (const auto& tick : ticks)
        labels << tick.label;
    return labels;
}

TEST(AxisLabels, KoreanAndEnglishDaysAndHours) {
    const TimeViewport days(seoulSeconds("2024-02-24T12:00"), seoulSeconds("2024-03-05T12:00"),
                            1200);
    const TimeViewport hours(seoulSeconds("2024-02-28T09:30"), seoulSeconds("2024-02-28T18:30"),
                             1200);
    const QTimeZone seoul("Asia/Seoul");
    EXPECT_TRUE(labelsOf(buildTimeAxis(days, seoul, kKorean).ticks)
                    .contains(QStringLiteral("2월 28일 (수)")));
    EXPECT_TRUE(labelsOf(buildTimeAxis(days, seoul, kEnglish).ticks)
                    .contains(QStringLiteral("Wed 28 Feb")));
    EXPECT_TRUE(
        labelsOf(buildTimeAxis(hours, seoul, kKorean).ticks).contains(QStringLiteral("오후 3시")));
    EXPECT_TRUE(
        labelsOf(buildTimeAxis(hours, seoul, kEnglish).ticks).contains(QStringLiteral("3 PM")));
    EXPECT_FALSE(
        labelsOf(buildTimeAxis(hours, seoul, kKorean).ticks).contains(QStringLiteral("3 PM")));
    EXPECT_EQ(buildTimeAxis(hours, seoul, kKorean).contextAtStart,
              QStringLiteral("2024년 2월 28일 (수)"));
}

TEST(AxisLabels, DayStepsKeepTheLastTickOfAShortMonthButNotADayBeforeTheFirst) {
    const TimeViewport months(seoulSeconds("2024-01-01T00:00"), seoulSeconds("2024-04-30T00:00"),
                              1600);
    const auto axis = buildTimeAxis(months, QTimeZone("Asia/Seoul"), kEnglish);
    ASSERT_EQ(axis.unit, TimeUnit::Day);
    ASSERT_EQ(axis.step, 10);
    const QStringList labels = labelsOf(axis.ticks);
    EXPECT_TRUE(labels.contains(QStringLiteral("Wed 21 Feb")));   // 9 days before 1 March
    EXPECT_FALSE(labels.contains(QStringLiteral("Wed 31 Jan")));  // 1 day before 1 February
    EXPECT_TRUE(labels.contains(QStringLiteral("Fri 1 Mar")));
}

TEST(AxisLabels, TicksFallOnLocalMidnightOfTheDisplayZone) {
    const TimeViewport days(seoulSeconds("2024-02-24T12:00"), seoulSeconds("2024-03-05T12:00"),
                            1200);
    const auto seoulAxis = buildTimeAxis(days, QTimeZone("Asia/Seoul"), kEnglish);
    const auto utcAxis = buildTimeAxis(days, QTimeZone::utc(), kEnglish);
    ASSERT_FALSE(seoulAxis.ticks.empty());
    EXPECT_NEAR(days.timeAt(seoulAxis.ticks.front().x), seoulSeconds("2024-02-25T00:00"), 1.0);
    EXPECT_NEAR(days.timeAt(utcAxis.ticks.front().x), seoulSeconds("2024-02-25T09:00"), 1.0);
    EXPECT_TRUE(seoulAxis.zoneCaption.contains(QStringLiteral("+09:00")));
    EXPECT_FALSE(utcAxis.zoneCaption.contains(QStringLiteral("+09:00")));
}

TEST(TimeViewportZoom, ZoomKeepsTheAnchorAndIsClamped) {
    const TimeViewport view(0, 86400, 1000);
    const TimeViewport zoomed = view.zoomedAround(250, 4.0);
    EXPECT_NEAR(zoomed.timeAt(250), view.timeAt(250), 1e-6);
    EXPECT_NEAR(zoomed.span(), 21600, 1e-6);
    EXPECT_DOUBLE_EQ(view.zoomedAround(500, 1e9).span(), TimeViewport::kMinSpanSeconds);
    EXPECT_DOUBLE_EQ(view.zoomedAround(500, 1e-12).span(), TimeViewport::kMaxSpanSeconds);
    EXPECT_NEAR(view.pannedBy(100).begin(), -8640, 1e-6);
}

}  // namespace
}  // namespace yeonpyo::render
