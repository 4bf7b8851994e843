// TimelineScene: what a timeline view needs in one object: data, viewport, selection, layout and
// painter.
#pragma once

#include <QPainter>
#include <QSizeF>

#include <cstdint>
#include <memory>

#include "app/render/timeline_layout.h"
#include "app/render/timeline_painter.h"

namespace yeonpyo::render {

/// The state behind an interactive timeline. A widget's paintEvent calls paint(), its mouse
/// handlers hitTest() and setViewport(); the layout is recomputed only when something changed.
/// Keep one scene per view (it caches measured and laid-out text); not thread-safe.
class TimelineScene {
public:
    TimelineScene(ThemeKind theme, QLocale locale, QTimeZone zone);
    ~TimelineScene();

    /// Replaces the content and shows all of it at the current width.
    void setData(TimelineData data);
    const TimelineData& data() const { return data_; }

    void setViewport(const TimeViewport& viewport);
    const TimeViewport& viewport() const { return frame_.time; }
    /// Shows every event (or a day around now when there is none) at a width.
    void fitAll(double width);
    /// Shows one event with room around it; false when the id is not on the timeline.
    bool fitEvent(std::int64_t id, double width);

    void setTheme(ThemeKind theme);
    void setLocale(const QLocale& locale);
    void setTimeZone(const QTimeZone& zone);
    /// Labels in each place's local time (true) or in the axis's zone (false).
    void setPlaceLocalTimes(bool on);
    void setSelectedId(std::int64_t id) { selectedId_ = id; }
    std::int64_t selectedId() const { return selectedId_; }

    /// The layout for an output size (the viewport's width follows the size).
    const TimelineLayout& layout(QSizeF size);
    void paint(QPainter& painter, QSizeF size);
    TimelineHit hitTest(const QPointF& point, QSizeF size);

private:
    void restyle(ThemeKind theme);

    TimelineData data_;
    TimelineFrame frame_;
    ThemeKind theme_;
    std::unique_ptr<TimelineLayouter> layouter_;
    std::unique_ptr<TimelinePainter> painter_;
    TimelineLayout layout_;
    bool stale_ = true;
    std::int64_t selectedId_ = 0;
};

}  // namespace yeonpyo::render
