// TimelineView: the interactive timeline widget — wheel zoom, drag pan, click to select.
#pragma once

#include <QPoint>
#include <QTimeZone>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

#include "app/render/theme.h"
#include "app/render/time_viewport.h"
#include "app/render/timeline_data.h"
#include "app/render/timeline_layout.h"
#include "app/render/timeline_painter.h"

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
    TimelineSession& session() const { return session_; }
    /// The theme it paints with, which follows the palette (see viewThemeKind).
    render::ThemeKind themeKind() const { return theme_->kind; }
    /// The keys the timeline answers to, as (key, what it does), for the shortcuts dialog.
    static QList<std::pair<QString, QString>> keyboardHelp();
    bool showsPlaceLocalTimes() const { return placeLocalTimes_; }

public slots:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void setLaneMode(render::LaneMode mode);
    /// Labels in each event's local time (true) or in the reader's zone (false).
    void setPlaceLocalTimes(bool on);
    /// Shows the selected event with room around it.
    void fitSelection();
    /// Shows [begin, end) (UTC seconds) across the width.
    void showRange(double begin, double end);

signals:
    /// The user dragged an event along the axis by this many seconds.
    void eventDragged(std::int64_t eventId, std::int64_t seconds);
    /// The user double-clicked an event.
    void editRequested(std::int64_t eventId);
    /// The visible time range changed (UTC seconds).
    void visibleRangeChanged(double begin, double end);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildData();
    void setViewport(const render::TimeViewport& viewport);
    void layOutNow();
    void revealSelection();
    void clickAt(const QPointF& point);
    void selectNeighbour(int step);
    void selectEdge(bool last);
    void paintMoveGuide(QPainter& painter) const;
    void paintFocusFrame(QPainter& painter) const;

    TimelineSession& session_;
    render::LaneMode laneMode_ = render::LaneMode::None;
    const render::Theme* theme_;  ///< Follows the palette (see viewThemeKind).
    render::TimelineLayouter layouter_;
    render::TimelineData data_;
    render::TimelineLayout layout_;
    render::TimeViewport viewport_;
    std::optional<QPoint> pressPosition_;
    QPoint lastDragPosition_;
    bool dragging_ = false;
    std::int64_t movingEventId_ = 0;  ///< The event a drag started on; 0 when the drag pans.
    bool placeLocalTimes_ = false;
    bool showingRange_ = false;
    std::unique_ptr<render::TimelinePainter> painter_;
    QLocale painterLocale_;
    QTimeZone zone_ = QTimeZone::systemTimeZone();
};

}  // namespace yeonpyo::gui
