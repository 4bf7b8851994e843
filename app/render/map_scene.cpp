// MapScene: map view state kept between frames.
#include "app/render/map_scene.h"

#include <algorithm>

#include "app/render/tile_layer.h"

namespace yeonpyo::render {

MapScene::MapScene(ThemeKind theme) : theme_(theme) {
    rebuildPainter();
}

MapScene::~MapScene() = default;

void MapScene::setContent(MapContent content) {
    content_ = std::move(content);
    fit(QSizeF(frame_.viewport.width(), frame_.viewport.height()));
}

void MapScene::fit(QSizeF size) {
    frame_.viewport = fitToContent(content_, size.width(), size.height());
}

void MapScene::fitEvents(const std::vector<std::int64_t>& ids, QSizeF size) {
    MapContent subset;
    std::copy_if(content_.markers.begin(), content_.markers.end(),
                 std::back_inserter(subset.markers), [&](const MapMarker& m) {
                     return std::find(ids.begin(), ids.end(), m.eventId) != ids.end();
                 });
    if (subset.markers.empty())
        return;
    frame_.viewport = fitToContent(subset, size.width(), size.height());
}

void MapScene::setTheme(ThemeKind theme) {
    theme_ = theme;
    rebuildPainter();
}

void MapScene::setTileSource(std::shared_ptr<TileSource> source) {
    tiles_ = std::move(source);
    rebuildPainter();
}

void MapScene::rebuildPainter() {
    painter_ = std::make_unique<MapPainter>(render::theme(theme_));
    if (tiles_)
        painter_->insertLayer(std::make_unique<TileLayer>(tiles_));
}

void MapScene::resize(QSizeF size) {
    if (size.width() != frame_.viewport.width() || size.height() != frame_.viewport.height()) {
        frame_.viewport = frame_.viewport.resized(size.width(), size.height());
    }
}

void MapScene::paint(QPainter& painter, QSizeF size) {
    resize(size);
    painter_->paint(painter, content_, frame_);
}

MapHit MapScene::hitTest(const QPointF& point, QSizeF size) {
    resize(size);
    return painter_->hitTest(content_, frame_, point);
}

}  // namespace yeonpyo::render
