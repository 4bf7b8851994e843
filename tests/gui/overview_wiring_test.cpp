// The overview under the timeline in the main window: it shows where the timeline is, and moving
// its window moves the timeline.
#include "app/gui/overview_slider.h"
#include "app/gui/timeline_view.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

using Overview = testing::MainWindowFixture;

TEST_F(Overview, FollowsTheTimelinesVisibleRange) {
    TimelineView& timeline = *window.timelineView();
    timeline.zoomIn();
    timeline.zoomIn();
    EXPECT_DOUBLE_EQ(window.overview()->visibleRange().begin, timeline.viewport().begin());
    EXPECT_DOUBLE_EQ(window.overview()->visibleRange().end, timeline.viewport().end());
}

TEST_F(Overview, DraggingItsWindowPansTheTimeline) {
    TimelineView& timeline = *window.timelineView();
    timeline.zoomIn();
    timeline.zoomIn();
    timeline.zoomIn();
    const double widthBefore = timeline.viewport().end() - timeline.viewport().begin();
    const double beginBefore = timeline.viewport().begin();
    OverviewSlider& overview = *window.overview();
    const OverviewGeometry geometry = overview.stripGeometry();
    const TimeRange shown = overview.visibleRange();
    const int middle = static_cast<int>(geometry.xOf((shown.begin + shown.end) / 2));
    const int y = overview.height() / 2;
    QTest::mousePress(&overview, Qt::LeftButton, {}, QPoint(middle, y));
    QTest::mouseMove(&overview, QPoint(middle - 20, y));
    QTest::mouseRelease(&overview, Qt::LeftButton, {}, QPoint(middle - 20, y));
    EXPECT_LT(timeline.viewport().begin(), beginBefore);
    EXPECT_NEAR(timeline.viewport().end() - timeline.viewport().begin(), widthBefore,
                widthBefore * 1e-6);
}

TEST_F(Overview, DoubleClickShowsTheWholeStory) {
    TimelineView& timeline = *window.timelineView();
    for (int i = 0; i < 6; ++i)
        timeline.zoomIn();
    const auto extent = session.timeExtent();
    ASSERT_TRUE(extent);
    QTest::mouseDClick(window.overview(), Qt::LeftButton, {},
                       QPoint(window.overview()->width() / 2, window.overview()->height() / 2));
    EXPECT_LE(timeline.viewport().begin(), static_cast<double>(extent->begin));
    EXPECT_GE(timeline.viewport().end(), static_cast<double>(extent->end));
}

}  // namespace
}  // namespace yeonpyo::gui
