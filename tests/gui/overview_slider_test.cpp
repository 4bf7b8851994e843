// The overview range slider driven like a user: drags, clicks, wheel and keys ask for the right
// windows; the strip shows the window, dims the rest and never hides a single event.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <set>
#include <vector>

#include "app/gui/overview_axis.h"
#include "app/gui/overview_slider.h"

namespace yeonpyo::gui {
namespace {

// 612 px wide: the strip runs from x = 6 over 600 px, so 1000 s per pixel over [0, 600 000).
constexpr double kExtentEnd = 600000.0;
constexpr int kBuckets = 60;  // 10 px each
constexpr int kBusyBucket = 20;
constexpr int kSingleEventBucket = 45;  // x 456 … 466

class OverviewSliderTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::vector<std::int64_t> counts(kBuckets, 0);
        counts[kBusyBucket] = 100000;
        counts[kSingleEventBucket] = 1;
        slider.setDensity(counts, 0.0, kExtentEnd);
        slider.setVisibleRange(100000.0, 200000.0);  // x 106 … 206
        slider.resize(612, OverviewSlider::kHeight);
        slider.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&slider));
    }

    /// The last window the slider asked for; fails the test when it asked for none.
    TimeRange lastRequest() const {
        EXPECT_FALSE(requests.isEmpty());
        if (requests.isEmpty())
            return {};
        const QList<QVariant> last = requests.last();
        return {last.at(0).toDouble(), last.at(1).toDouble()};
    }

    void drag(int fromX, int toX) {
        QTest::mousePress(&slider, Qt::LeftButton, {}, QPoint(fromX, 20));
        QTest::mouseMove(&slider, QPoint(toX, 20));
        QTest::mouseRelease(&slider, Qt::LeftButton, {}, QPoint(toX, 20));
    }

    void wheel(int x, int angle) {
        QWheelEvent event(QPointF(x, 20), slider.mapToGlobal(QPointF(x, 20)), {}, {0, angle},
                          Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&slider, &event);
    }

    OverviewSlider slider;
    QSignalSpy requests{&slider, &OverviewSlider::rangeRequested};
};

void expectRange(const TimeRange& actual, const TimeRange& expected) {
    EXPECT_NEAR(actual.begin, expected.begin, 1e-6);
    EXPECT_NEAR(actual.end, expected.end, 1e-6);
}

TEST_F(OverviewSliderTest, FollowsTheTimelineWithoutAskingBack) {
    slider.setVisibleRange(300000.0, 350000.0);
    EXPECT_TRUE(requests.isEmpty());
    expectRange(slider.visibleRange(), {300000.0, 350000.0});
    EXPECT_EQ(slider.height(), OverviewSlider::kHeight);
    EXPECT_FALSE(slider.toolTip().isEmpty());
    EXPECT_FALSE(slider.accessibleName().isEmpty());
}

TEST_F(OverviewSliderTest, DraggingTheWindowPansKeepingItsWidth) {
    drag(156, 256);
    expectRange(lastRequest(), {200000.0, 300000.0});
    drag(256, 2000);
    expectRange(lastRequest(), {500000.0, 600000.0});
    drag(556, 0);
    expectRange(lastRequest(), {0.0, 100000.0});
}

TEST_F(OverviewSliderTest, DraggingAHandleResizes) {
    drag(206, 306);
    expectRange(lastRequest(), {100000.0, 300000.0});
    drag(106, 0);
    expectRange(lastRequest(), {0.0, 300000.0});
    drag(6, 400);  // past the other edge: stops a few pixels before it
    expectRange(lastRequest(), {294000.0, 300000.0});
}

TEST_F(OverviewSliderTest, ClickOutsideCentresTheWindowThere) {
    QTest::mouseClick(&slider, Qt::LeftButton, {}, QPoint(406, 20));
    expectRange(lastRequest(), {350000.0, 450000.0});
    QTest::mouseClick(&slider, Qt::LeftButton, {}, QPoint(600, 20));
    expectRange(lastRequest(), {500000.0, 600000.0});
}

TEST_F(OverviewSliderTest, DoubleClickAsksForEverything) {
    QTest::mouseDClick(&slider, Qt::LeftButton, {}, QPoint(156, 20));
    expectRange(lastRequest(), {0.0, kExtentEnd});
}

TEST_F(OverviewSliderTest, WheelZoomsAroundTheCursor) {
    wheel(156, 120);
    expectRange(lastRequest(), {110000.0, 190000.0});
    slider.setVisibleRange(100000.0, 200000.0);
    wheel(106, -120);
    expectRange(lastRequest(), {100000.0, 225000.0});
}

TEST_F(OverviewSliderTest, KeysPanZoomAndJump) {
    slider.setFocus();
    struct Row {
        Qt::Key key;
        TimeRange expected;
    };
    const std::vector<Row> rows = {
        {Qt::Key_Right, {110000.0, 210000.0}}, {Qt::Key_Left, {90000.0, 190000.0}},
        {Qt::Key_Plus, {110000.0, 190000.0}},  {Qt::Key_Minus, {87500.0, 212500.0}},
        {Qt::Key_Home, {0.0, 100000.0}},       {Qt::Key_End, {500000.0, 600000.0}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.key);
        slider.setVisibleRange(100000.0, 200000.0);
        QTest::keyClick(&slider, row.key);
        expectRange(lastRequest(), row.expected);
    }
}

TEST_F(OverviewSliderTest, StaysInsideTheDocumentAtItsEnds) {
    slider.setFocus();
    QTest::keyClick(&slider, Qt::Key_Home);
    const qsizetype afterHome = requests.size();
    QTest::keyClick(&slider, Qt::Key_Left);
    drag(56, 0);
    EXPECT_EQ(requests.size(), afterHome);
    expectRange(slider.visibleRange(), {0.0, 100000.0});
}

TEST_F(OverviewSliderTest, EmptyDocumentDrawsALineAndAsksNothing) {
    slider.setDensity(std::vector<std::int64_t>(kBuckets, 0), 0.0, kExtentEnd);
    slider.setFocus();
    QTest::mouseDClick(&slider, Qt::LeftButton, {}, QPoint(300, 20));
    drag(156, 256);
    QTest::keyClick(&slider, Qt::Key_End);
    wheel(156, 120);
    EXPECT_TRUE(requests.isEmpty());
    const QImage image = slider.grab().toImage();
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_EQ(colours.size(), 2u);  // the background and the line
}

TEST_F(OverviewSliderTest, WindowStandsOutFromTheDimmedRest) {
    const QImage image = slider.grab().toImage();
    const QRgb inside = image.pixel(156, 10);
    EXPECT_NE(inside, image.pixel(356, 10));
    EXPECT_NE(inside, image.pixel(56, 10));
    EXPECT_EQ(image.pixel(356, 10), image.pixel(56, 10));
}

/// The row of the first pixel where two columns of an image differ, or -1.
int firstDifferingRow(const QImage& image, int x1, int x2) {
    for (int y = 0; y < image.height(); ++y) {
        if (image.pixel(x1, y) != image.pixel(x2, y))
            return y;
    }
    return -1;
}

TEST_F(OverviewSliderTest, OneEventStillPaintsABar) {
    // x 461 is the single event's bucket, x 441 an empty one.
    const QImage dimmed = slider.grab().toImage();
    const int barTop = firstDifferingRow(dimmed, 461, 441);
    ASSERT_GE(barTop, 0);
    slider.setVisibleRange(400000.0, 500000.0);
    const QImage lit = slider.grab().toImage();
    EXPECT_EQ(firstDifferingRow(lit, 461, 441), barTop);
    EXPECT_NE(lit.pixel(461, barTop), dimmed.pixel(461, barTop));
}

TEST(OverviewAxisTest, LabelsMonthsAndYearsInTheLocaleWithoutOverlap) {
    struct Row {
        QLocale locale;
        QDate first;
        QDate last;
        double width;
        QStringList expected;
    };
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const std::vector<Row> rows = {
        {korean, {2024, 1, 15}, {2024, 4, 15}, 600.0, {"2024년 2월", "2024년 3월", "2024년 4월"}},
        {english, {2024, 1, 15}, {2024, 4, 15}, 600.0, {"Feb 2024", "Mar 2024", "Apr 2024"}},
        {korean, {2023, 11, 20}, {2024, 3, 1}, 600.0, {"2023년 12월", "2024년 1월", "2024년 2월"}},
        // February starts 31 px before the end: its label would run off the strip.
        {korean, {2023, 11, 20}, {2024, 2, 5}, 600.0, {"2023년 12월", "2024년 1월"}},
        {english, {1995, 6, 1}, {2024, 6, 1}, 600.0, {"2000", "2005", "2010", "2015", "2020"}},
        {korean, {2021, 3, 1}, {2024, 12, 31}, 300.0, {"2022년", "2023년", "2024년"}},
        // 300 px hold three ticks at most, so six years get a step of two.
        {english, {2021, 3, 1}, {2026, 12, 31}, 300.0, {"2022", "2024", "2026"}},
        {english, {2024, 3, 2}, {2024, 3, 20}, 600.0, {}},  // no month starts inside
    };
    QFont font("Noto Sans CJK KR");
    font.setPixelSize(10);
    const QFontMetricsF metrics(font);
    for (const Row& row : rows) {
        SCOPED_TRACE(row.first.toString(Qt::ISODate).toStdString());
        const OverviewGeometry geometry(
            {static_cast<double>(row.first.startOfDay(QTimeZone::utc()).toSecsSinceEpoch()),
             static_cast<double>(row.last.startOfDay(QTimeZone::utc()).toSecsSinceEpoch())},
            0.0, row.width);
        const std::vector<OverviewTick> ticks =
            overviewTicks(geometry, row.locale, QTimeZone::utc(), metrics);
        QStringList labels;
        for (std::size_t i = 0; i < ticks.size(); ++i) {
            labels << ticks[i].label;
            const double labelEnd = ticks[i].x + metrics.horizontalAdvance(ticks[i].label);
            EXPECT_LT(labelEnd, i + 1 < ticks.size() ? ticks[i + 1].x : geometry.right());
        }
        EXPECT_EQ(labels, row.expected);
    }
}

}  // namespace
}  // namespace yeonpyo::gui
