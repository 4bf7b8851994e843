// TimelineView: the interactive timeline widget — wheel zoom, drag pan, click to select.
#pragma once

#include <QPoint>
#include <QWidget>

#include <cstdint>
#include <optional>

#include "app/render/theme.h"
#include "app/render/time_viewport.h"
#include "app/render/timeline_data.h"
#include "app/render/timeline_layout.h"

namespace yeonpyo::gui {

class TimelineSession;

/// Paints through app/render (the same layout and painter as every export) and only turns
/// input into viewport changes and selections.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(TimelineSession& session, QWidget* parent = nullptr);
    ~TimelineView() override;

    const render::TimeViewport& viewport() const { return viewport_; }
    const render::TimelineLayout& currentLayout() const { return layout_; }
    render::LaneMode laneMode() const { return laneMode_; }
    QTimeZone displayZone() const;

public slots:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void setLaneMode(render::LaneMode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rebuildData();
    void setViewport(const render::TimeViewport& viewport);
    void layOutNow();
    void revealSelection();
    void clickAt(const QPointF& point);
    void selectNeighbour(int step);

    TimelineSession& session_;
    render::LaneMode laneMode_ = render::LaneMode::None;
    const render::Theme& theme_;
    render::TimelineLayouter layouter_;
    render::TimelineData data_;
    render::TimelineLayout layout_;
    render::TimeViewport viewport_;
    std::optional<QPoint> pressPosition_;
    QPoint lastDragPosition_;
    bool dragging_ = false;
};

}  // namespace yeonpyo::gui
