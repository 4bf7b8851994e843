// MapView: the interactive map widget — drag pan, wheel zoom, click a marker to select its event.
#pragma once

#include <QPoint>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

#include "app/gui/base_layer_choice.h"
#include "app/render/map_scene.h"

class QPainter;

namespace yeonpyo::gui {

class StreetTilesOffer;
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

    /// Draws a base layer's tiles over the bundled map (or the bundled map alone); keeps the
    /// current layer and returns one sentence when the tile URL or MBTiles file is refused.
    /// tileCacheDirectory overrides where downloaded tiles are cached (tests).
    Status setBaseLayer(const BaseLayerChoice& choice, const QString& tileCacheDirectory = {});
    const BaseLayerChoice& baseLayer() const { return baseLayer_; }
    /// The base layer's tiles (nullptr for the bundled map alone), for exports to snapshot.
    const std::shared_ptr<render::TileSource>& tileSource() const { return scene_.tileSource(); }
    /// The credit lines drawn in the map's corner.
    QStringList attributions() const { return scene_.attributions(); }

signals:
    /// The user accepted the offer of street tiles (StreetTilesOffer): turn on OpenStreetMap.
    void streetTilesRequested();
    /// The user asked to put the selected event at this position (context menu).
    void placeRequested(std::int64_t eventId, double latitude, double longitude);
    /// A map tile could not be downloaded: one sentence for the status bar.
    void tileFailed(const QString& message);

public slots:
    void fitToEvents();
    void fitToSelection();
    /// Frames the markers of these events (nothing changes when none has a marker).
    void fitToEventIds(const std::vector<std::int64_t>& ids);
    /// Fades the markers of events outside a time range (UTC seconds); nullopt shows all.
    void setActiveTime(std::optional<std::pair<double, double>> range);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
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
    /// Says why a large document's map is empty while the timeline shows only counts.
    void paintZoomHint(QPainter& painter) const;

    TimelineSession& session_;
    render::MapScene scene_;
    StreetTilesOffer* streetTilesOffer_ = nullptr;
    BaseLayerChoice baseLayer_;
    std::optional<QPoint> pressPosition_;
    QPoint lastDragPosition_;
    bool dragging_ = false;
};

}  // namespace yeonpyo::gui
