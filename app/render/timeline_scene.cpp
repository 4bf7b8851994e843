// TimelineScene: lazily re-laid-out timeline state for views.
#include "app/render/timeline_scene.h"

#include <QDateTime>

namespace yeonpyo::render {

TimelineScene::TimelineScene(ThemeKind theme, QLocale locale, QTimeZone zone) : theme_(theme) {
    frame_.locale = std::move(locale);
    frame_.zone = std::move(zone);
    restyle(theme);
}

TimelineScene::~TimelineScene() = default;

void TimelineScene::restyle(ThemeKind theme) {
    theme_ = theme;
    painter_.reset();  // it refers to the layouter's style
    layouter_ = std::make_unique<TimelineLayouter>(TimelineStyle::fromTheme(render::theme(theme)));
    painter_ =
        std::make_unique<TimelinePainter>(render::theme(theme), layouter_->style(), frame_.locale);
    stale_ = true;
}

void TimelineScene::setData(TimelineData data) {
    frame_.known = data.knownCalendar();
    data_ = std::move(data);
    fitAll(frame_.time.width());
}

void TimelineScene::setViewport(const TimeViewport& viewport) {
    frame_.time = viewport;
    stale_ = true;
}

void TimelineScene::fitAll(double width) {
    const auto extent = data_.extent();
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    const auto [first, last] = extent.value_or(std::pair{now - 43200, now + 43200});
    setViewport(TimeViewport::fitting(first, last, width));
}

bool TimelineScene::fitEvent(std::int64_t id, double width) {
    const auto row = data_.rowOf(id);
    if (!row)
        return false;
    const TimelineItem& item = data_.items()[*row];
    const std::int64_t span = std::max<std::int64_t>(item.end - item.begin, 3600);
    setViewport(TimeViewport::fitting(item.begin - span, item.end + span, width, 0.0));
    return true;
}

void TimelineScene::setTheme(ThemeKind theme) {
    restyle(theme);
}

void TimelineScene::setLocale(const QLocale& locale) {
    frame_.locale = locale;
    restyle(theme_);
}

void TimelineScene::setTimeZone(const QTimeZone& zone) {
    frame_.zone = zone;
    stale_ = true;
}

void TimelineScene::setPlaceLocalTimes(bool on) {
    frame_.placeLocalTimes = on;
    stale_ = true;
}

const TimelineLayout& TimelineScene::layout(QSizeF size) {
    if (size.width() != frame_.time.width() || size.height() != frame_.height) {
        frame_.time = frame_.time.resized(size.width());
        frame_.height = size.height();
        stale_ = true;
    }
    if (stale_)
        layouter_->layOut(data_, frame_, layout_);
    stale_ = false;
    return layout_;
}

void TimelineScene::paint(QPainter& painter, QSizeF size) {
    painter_->paint(painter, layout(size), selectedId_);
}

TimelineHit TimelineScene::hitTest(const QPointF& point, QSizeF size) {
    return layout(size).hitTest(point);
}

}  // namespace yeonpyo::render
