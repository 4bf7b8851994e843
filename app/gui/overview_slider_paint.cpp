// OverviewSlider painting: dimmed density strip, the window in full colour with handles, axis
// hints.
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "app/gui/overview_axis.h"
#include "app/gui/overview_slider.h"
#include "app/render/theme.h"

namespace yeonpyo::gui {
namespace {

constexpr double kSideMargin = 6.0;  ///< Room for a handle at either end.
constexpr double kTopMargin = 2.0;
constexpr double kAxisHeight = 14.0;
constexpr double kTickLength = 3.0;
constexpr double kLabelPixelSize = 10.0;
constexpr double kMinBarHeight = 2.0;
constexpr double kHandleWidth = 5.0;

}  // namespace

QRectF OverviewSlider::stripRect() const {
    return {kSideMargin, kTopMargin, std::max(1.0, width() - 2.0 * kSideMargin),
            kHeight - kTopMargin - kAxisHeight};
}

QRectF OverviewSlider::windowRect(const QRectF& strip) const {
    const OverviewGeometry shape = stripGeometry();
    const double left = shape.beginXOf(window_);
    return {left, strip.top(), shape.endXOf(window_) - left, strip.height()};
}

void OverviewSlider::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), theme_->background);
    const QRectF strip = stripRect();
    painter.setPen(theme_->axis);
    painter.drawLine(strip.bottomLeft(), strip.bottomRight());
    if (!hasEvents())
        return;
    const QColor dimmed = render::mixed(theme_->axis, theme_->background, 0.2);
    const QColor bar = render::mixed(theme_->selection, theme_->background, 0.45);
    paintBars(painter, strip, dimmed, render::mixed(bar, dimmed, 0.4));
    painter.save();
    painter.setClipRect(windowRect(strip));
    paintBars(painter, strip, theme_->background, bar);
    painter.restore();
    paintWindow(painter, strip);
    paintAxis(painter, strip);
}

void OverviewSlider::paintBars(QPainter& painter, const QRectF& strip, const QColor& background,
                               const QColor& bar) const {
    painter.fillRect(strip, background);
    const std::int64_t busiest = *std::max_element(counts_.begin(), counts_.end());
    const double scale = (strip.height() - 1.0) / std::log1p(static_cast<double>(busiest));
    const OverviewGeometry shape = stripGeometry();
    const double bucketSpan = extent_.span() / static_cast<double>(counts_.size());
    for (std::size_t i = 0; i < counts_.size(); ++i) {
        if (counts_[i] == 0)
            continue;
        const double left = shape.xOf(extent_.begin + bucketSpan * static_cast<double>(i));
        const double right = shape.xOf(extent_.begin + bucketSpan * static_cast<double>(i + 1));
        const double height =
            std::max(kMinBarHeight, std::log1p(static_cast<double>(counts_[i])) * scale);
        painter.fillRect(QRectF(left, strip.bottom() - height, std::max(1.0, right - left), height),
                         bar);
    }
}

void OverviewSlider::paintWindow(QPainter& painter, const QRectF& strip) const {
    const QRectF window = windowRect(strip);
    painter.setPen(QPen(theme_->selection, hasFocus() ? 2.0 : 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(window.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme_->selection);
    painter.setRenderHint(QPainter::Antialiasing);
    const double handleHeight = strip.height() * 0.6;
    for (const double x : {window.left(), window.right()}) {
        painter.drawRoundedRect(
            QRectF(x - kHandleWidth / 2.0, strip.center().y() - handleHeight / 2.0, kHandleWidth,
                   handleHeight),
            2.0, 2.0);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void OverviewSlider::paintAxis(QPainter& painter, const QRectF& strip) const {
    const QFont font = theme_->font(kLabelPixelSize);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double baseline = kHeight - 1.0 - metrics.descent();
    for (const OverviewTick& tick :
         overviewTicks(stripGeometry(), locale(), QTimeZone::systemTimeZone(), metrics)) {
        painter.setPen(theme_->axis);
        painter.drawLine(QPointF(tick.x, strip.bottom()),
                         QPointF(tick.x, strip.bottom() + kTickLength));
        painter.setPen(theme_->mutedText);
        painter.drawText(QPointF(tick.x + kOverviewLabelInset, baseline), tick.label);
    }
}

}  // namespace yeonpyo::gui
