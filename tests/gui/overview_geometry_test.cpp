// The overview slider's geometry as tables: mapping, hit-testing and every gesture's window.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/gui/overview_geometry.h"

namespace yeonpyo::gui {
namespace {

// 100 000 s over 1000 px starting at x = 10: 100 s per pixel, a minimum window of 600 s.
const OverviewGeometry kStrip({0.0, 100000.0}, 10.0, 1000.0);
const TimeRange kWindow{20000.0, 40000.0};    // x 210 … 410
const TimeRange kWide{-50000.0, 150000.0};    // wider than the extent, centred on it
const TimeRange kBeyond{200000.0, 300000.0};  // entirely after the extent

void expectRange(const TimeRange& actual, const TimeRange& expected) {
    EXPECT_NEAR(actual.begin, expected.begin, 1e-6);
    EXPECT_NEAR(actual.end, expected.end, 1e-6);
}

TEST(OverviewGeometryTest, MapsTimeToXAndBack) {
    const std::vector<std::pair<double, double>> rows = {
        {0.0, 10.0}, {50000.0, 510.0}, {100000.0, 1010.0}, {-10000.0, -90.0}};
    for (const auto& [seconds, x] : rows) {
        SCOPED_TRACE(seconds);
        EXPECT_DOUBLE_EQ(kStrip.xOf(seconds), x);
        EXPECT_DOUBLE_EQ(kStrip.timeAt(x), seconds);
    }
}

TEST(OverviewGeometryTest, WidensAnInstantToAMinute) {
    const OverviewGeometry instant({1000.0, 1000.0}, 0.0, 100.0);
    expectRange(instant.extent(), {970.0, 1030.0});
    EXPECT_DOUBLE_EQ(instant.xOf(1000.0), 50.0);
}

TEST(OverviewGeometryTest, HitTestsHandlesWindowAndOutside) {
    struct Row {
        TimeRange window;
        double x;
        OverviewPart expected;
    };
    const std::vector<Row> rows = {
        {kWindow, 210.0, OverviewPart::BeginHandle},
        {kWindow, 205.0, OverviewPart::BeginHandle},
        {kWindow, 215.0, OverviewPart::BeginHandle},
        {kWindow, 204.0, OverviewPart::Outside},
        {kWindow, 216.0, OverviewPart::Window},
        {kWindow, 300.0, OverviewPart::Window},
        {kWindow, 404.0, OverviewPart::Window},
        {kWindow, 410.0, OverviewPart::EndHandle},
        {kWindow, 415.0, OverviewPart::EndHandle},
        {kWindow, 416.0, OverviewPart::Outside},
        {kWindow, 100.0, OverviewPart::Outside},
        // A 9 px window keeps its middle third for dragging.
        {{50000.0, 50900.0}, 512.0, OverviewPart::BeginHandle},
        {{50000.0, 50900.0}, 514.5, OverviewPart::Window},
        {{50000.0, 50900.0}, 517.0, OverviewPart::EndHandle},
        // A window wider than the extent shows its handles at the strip's ends.
        {kWide, 12.0, OverviewPart::BeginHandle},
        {kWide, 500.0, OverviewPart::Window},
        {kWide, 1008.0, OverviewPart::EndHandle},
        {kBeyond, 1008.0, OverviewPart::BeginHandle},
        {kBeyond, 300.0, OverviewPart::Outside},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::to_string(row.window.begin) + " x=" + std::to_string(row.x));
        EXPECT_EQ(kStrip.hitTest(row.window, row.x), row.expected);
    }
}

TEST(OverviewGeometryTest, ClampsIntoTheExtentKeepingTheWidth) {
    const std::vector<std::pair<TimeRange, TimeRange>> rows = {
        {kWindow, kWindow},
        {{-5000.0, 5000.0}, {0.0, 10000.0}},
        {{95000.0, 105000.0}, {90000.0, 100000.0}},
        {kBeyond, {0.0, 100000.0}},
        {kWide, kWide},
        {{-10000.0, 190000.0}, kWide},
    };
    for (const auto& [window, expected] : rows) {
        SCOPED_TRACE(window.begin);
        expectRange(kStrip.clamped(window), expected);
    }
}

TEST(OverviewGeometryTest, PansByPixelsUpToTheEnds) {
    const std::vector<std::pair<double, TimeRange>> rows = {
        {100.0, {30000.0, 50000.0}},
        {-150.0, {5000.0, 25000.0}},
        {-300.0, {0.0, 20000.0}},
        {700.0, {80000.0, 100000.0}},
        {0.0, kWindow},
    };
    for (const auto& [dx, expected] : rows) {
        SCOPED_TRACE(dx);
        expectRange(kStrip.panned(kWindow, dx), expected);
    }
}

TEST(OverviewGeometryTest, ResizesOneEdgeWithinTheExtentAndMinimumWidth) {
    struct Row {
        TimeRange window;
        OverviewPart handle;
        double x;
        TimeRange expected;
    };
    const std::vector<Row> rows = {
        {kWindow, OverviewPart::BeginHandle, 110.0, {10000.0, 40000.0}},
        {kWindow, OverviewPart::BeginHandle, 0.0, {0.0, 40000.0}},
        {kWindow, OverviewPart::BeginHandle, 420.0, {39400.0, 40000.0}},
        {kWindow, OverviewPart::EndHandle, 610.0, {20000.0, 60000.0}},
        {kWindow, OverviewPart::EndHandle, 2000.0, {20000.0, 100000.0}},
        {kWindow, OverviewPart::EndHandle, 100.0, {20000.0, 20600.0}},
        {kWide, OverviewPart::BeginHandle, 510.0, {50000.0, 100000.0}},
        {kBeyond, OverviewPart::EndHandle, 900.0, {99400.0, 100000.0}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::to_string(row.window.begin) + " x=" + std::to_string(row.x));
        expectRange(kStrip.resized(row.window, row.handle, row.x), row.expected);
    }
}

TEST(OverviewGeometryTest, CentresOnAClickWithinTheExtent) {
    const std::vector<std::pair<double, TimeRange>> rows = {
        {510.0, {40000.0, 60000.0}},
        {15.0, {0.0, 20000.0}},
        {1005.0, {80000.0, 100000.0}},
    };
    for (const auto& [x, expected] : rows) {
        SCOPED_TRACE(x);
        expectRange(kStrip.centredAt(kWindow, x), expected);
    }
}

TEST(OverviewGeometryTest, ZoomsAroundATimeBetweenMinimumAndExtent) {
    struct Row {
        TimeRange window;
        double x;
        double factor;
        TimeRange expected;
    };
    const std::vector<Row> rows = {
        {kWindow, 310.0, 2.0, {25000.0, 35000.0}},    {kWindow, 310.0, 0.5, {10000.0, 50000.0}},
        {kWindow, 210.0, 2.0, {20000.0, 30000.0}},    {kWindow, 310.0, 0.01, {0.0, 100000.0}},
        {kWindow, 310.0, 1000.0, {29700.0, 30300.0}}, {kWide, 510.0, 0.5, kWide},
        {kWide, 510.0, 2.0, {0.0, 100000.0}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::to_string(row.window.begin) + " factor=" + std::to_string(row.factor));
        expectRange(kStrip.zoomedAround(row.window, row.x, row.factor), row.expected);
    }
}

TEST(OverviewGeometryTest, JumpsToEitherEdgeKeepingTheWidth) {
    expectRange(kStrip.atEdge(kWindow, false), {0.0, 20000.0});
    expectRange(kStrip.atEdge(kWindow, true), {80000.0, 100000.0});
    expectRange(kStrip.atEdge(kWide, true), kWide);
}

}  // namespace
}  // namespace yeonpyo::gui
