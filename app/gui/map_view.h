// MapView: the interactive map widget — drag pan, wheel zoom, click a marker to select its event.
#pragma once

#include <QPoint>
#include <QWidget>

#include <cstdint>
#include <optional>

#include "app/render/map_scene.h"

namespace yeonpyo::gui {

class TimelineSession;

/// Paints through render::MapScene (the painter of the exported map inset) and turns input into
/// viewport changes and selections. A click on a cluster zooms into it.
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(TimelineSession& session, QWidget* parent = nullptr);
    ~MapView() override;

    const geo::MapViewport& viewport() const { return scene_.viewport(); }
    /// True when the event has a marker on the map and it is the selected one.
    bool isMarkerHighlighted(std::int64_t eventId) const;

public slots:
    void fitToEvents();
    void fitToSelection();
    /// Fades the markers of events outside a time range (UTC seconds); nullopt shows all.
    void setActiveTime(std::optional<std::pair<double, double>> range);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rebuildContent();
    void clickAt(const QPointF& point);
    bool hasMarker(std::int64_t eventId) const;

    TimelineSession& session_;
    render::MapScene scene_;
    std::optional<QPoint> pressPosition_;
    QPoint lastDragPosition_;
    bool dragging_ = false;
};

}  // namespace yeonpyo::gui
