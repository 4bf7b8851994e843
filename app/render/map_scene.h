// MapScene: what a map view needs in one object: markers and route, viewport, selection and
// painter.
#pragma once

#include <QPainter>
#include <QSizeF>

#include <memory>

#include "app/render/map_painter.h"
#include "app/render/tile_source.h"

namespace yeonpyo::render {

/// The state behind an interactive map. A widget's paintEvent calls paint(); pan and zoom go
/// through viewport() and setViewport() with MapViewport's value operations. Not thread-safe.
class MapScene {
public:
    explicit MapScene(ThemeKind theme);
    ~MapScene();

    /// Replaces the markers and fits the view to them at the current size (call fit() again
    /// once a new view has its size).
    void setContent(MapContent content);
    const MapContent& content() const { return content_; }

    const geo::MapViewport& viewport() const { return frame_.viewport; }
    void setViewport(const geo::MapViewport& viewport) { frame_.viewport = viewport; }
    /// Fits all markers; fitEvents only those of the given events ("fit selection"), leaving
    /// the view as it is when none of them has a marker.
    void fit(QSizeF size);
    void fitEvents(const std::vector<std::int64_t>& ids, QSizeF size);

    void setTheme(ThemeKind theme);
    /// Draws a source's tiles over the bundled base map; nullptr goes back to the base map alone.
    void setTileSource(std::shared_ptr<TileSource> source);
    const std::shared_ptr<TileSource>& tileSource() const { return tiles_; }
    /// The credit lines drawn in the corner, topmost layer first.
    QStringList attributions() const { return painter_->attributions(); }
    void setLocale(const QLocale& locale) { frame_.locale = locale; }
    void setSelectedId(std::int64_t id) { frame_.selectedId = id; }
    /// Fades markers of events outside a time range; std::nullopt shows all at full strength.
    void setActiveTime(std::optional<std::pair<double, double>> range) {
        frame_.activeTime = range;
    }

    void paint(QPainter& painter, QSizeF size);
    MapHit hitTest(const QPointF& point, QSizeF size);

private:
    void resize(QSizeF size);
    void rebuildPainter();

    MapContent content_;
    MapFrame frame_;
    ThemeKind theme_;
    std::shared_ptr<TileSource> tiles_;
    std::unique_ptr<MapPainter> painter_;
};

}  // namespace yeonpyo::render
