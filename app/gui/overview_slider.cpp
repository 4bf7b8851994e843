// OverviewSlider: state and input — every gesture becomes a window from OverviewGeometry.
#include "app/gui/overview_slider.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "app/gui/view_theme.h"
#include "app/render/theme.h"

namespace yeonpyo::gui {
namespace {

constexpr double kZoomStep = 1.25;
constexpr double kKeyPanFraction = 0.1;

}  // namespace

OverviewSlider::OverviewSlider(QWidget* parent)
    : QWidget(parent), theme_(&render::theme(viewThemeKind(palette()))) {
    setObjectName("overviewSlider");
    setFixedHeight(kHeight);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline overview"));
    setAccessibleDescription(
        tr("Arrow keys move the view, + and - zoom, Home and End jump to "
           "the start and the end, a double-click shows everything."));
    setToolTip(tr("Overview: drag to move the view"));
}

void OverviewSlider::setDensity(std::vector<std::int64_t> counts, double begin, double end) {
    counts_ = std::move(counts);
    extent_ = {begin, end};
    hasEvents_ = std::any_of(counts_.begin(), counts_.end(), [](std::int64_t n) { return n > 0; });
    if (window_.span() <= 0.0)
        window_ = extent_;
    update();
}

void OverviewSlider::setVisibleRange(double begin, double end) {
    window_ = {begin, end};
    update();
}

OverviewGeometry OverviewSlider::stripGeometry() const {
    const QRectF strip = stripRect();
    return {extent_, strip.left(), strip.width()};
}

QSize OverviewSlider::sizeHint() const {
    return {480, kHeight};
}

QSize OverviewSlider::minimumSizeHint() const {
    return {120, kHeight};
}

void OverviewSlider::request(const TimeRange& window) {
    if (!hasEvents() || window == window_)
        return;
    window_ = window;
    update();
    emit rangeRequested(window.begin, window.end);
}

void OverviewSlider::mousePressEvent(QMouseEvent* event) {
    if (!hasEvents() || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const OverviewGeometry shape = stripGeometry();
    const double x = event->position().x();
    const OverviewPart part = shape.hitTest(window_, x);
    if (part == OverviewPart::Outside)
        request(shape.centredAt(window_, x));
    drag_ = Drag{part == OverviewPart::Outside ? OverviewPart::Window : part, x, window_};
    updateCursor(drag_->part);
}

void OverviewSlider::mouseMoveEvent(QMouseEvent* event) {
    const double x = event->position().x();
    if (!drag_) {
        updateCursor(hasEvents() ? stripGeometry().hitTest(window_, x) : OverviewPart::Outside);
        return;
    }
    if (drag_->part == OverviewPart::Window)
        request(stripGeometry().panned(drag_->pressWindow, x - drag_->pressX));
    else
        request(stripGeometry().resized(drag_->pressWindow, drag_->part, x));
}

void OverviewSlider::mouseReleaseEvent(QMouseEvent* event) {
    drag_.reset();
    updateCursor(hasEvents() ? stripGeometry().hitTest(window_, event->position().x())
                             : OverviewPart::Outside);
}

void OverviewSlider::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    drag_.reset();
    request(stripGeometry().extent());
}

void OverviewSlider::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (!hasEvents() || steps == 0.0) {
        event->ignore();
        return;
    }
    request(
        stripGeometry().zoomedAround(window_, event->position().x(), std::pow(kZoomStep, steps)));
    event->accept();
}

void OverviewSlider::keyPressEvent(QKeyEvent* event) {
    const std::optional<TimeRange> window = windowForKey(event->key());
    if (!window) {
        QWidget::keyPressEvent(event);
        return;
    }
    request(*window);
}

std::optional<TimeRange> OverviewSlider::windowForKey(int key) const {
    const OverviewGeometry shape = stripGeometry();
    const double shift = window_.span() * kKeyPanFraction;
    const double centreX = shape.xOf(window_.centre());
    switch (key) {
        case Qt::Key_Left:
            return shape.clamped({window_.begin - shift, window_.end - shift});
        case Qt::Key_Right:
            return shape.clamped({window_.begin + shift, window_.end + shift});
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            return shape.zoomedAround(window_, centreX, kZoomStep);
        case Qt::Key_Minus:
            return shape.zoomedAround(window_, centreX, 1.0 / kZoomStep);
        case Qt::Key_Home:
            return shape.atEdge(window_, false);
        case Qt::Key_End:
            return shape.atEdge(window_, true);
        default:
            return std::nullopt;
    }
}

void OverviewSlider::updateCursor(OverviewPart part) {
    switch (part) {
        case OverviewPart::BeginHandle:
        case OverviewPart::EndHandle:
            setCursor(Qt::SizeHorCursor);
            return;
        case OverviewPart::Window:
            setCursor(drag_ ? Qt::ClosedHandCursor : Qt::OpenHandCursor);
            return;
        case OverviewPart::Outside:
            unsetCursor();
            return;
    }
}

void OverviewSlider::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        theme_ = &render::theme(viewThemeKind(palette()));
        update();
    }
    QWidget::changeEvent(event);
}

}  // namespace yeonpyo::gui
