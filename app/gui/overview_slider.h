// OverviewSlider: a range slider under the timeline showing the whole document as a density strip.
#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

#include "app/gui/overview_geometry.h"

namespace yeonpyo::render {
struct Theme;
}

namespace yeonpyo::gui {

/// The document's event density over its whole time extent with the timeline's visible window
/// on top. Dragging the window pans, dragging a handle resizes, a click elsewhere centres the
/// window there, a double-click shows everything, the wheel and keys zoom and pan. It never
/// moves the timeline itself: it asks through rangeRequested and follows setVisibleRange.
class OverviewSlider : public QWidget {
    Q_OBJECT
public:
    static constexpr int kHeight = 48;

    explicit OverviewSlider(QWidget* parent = nullptr);

    /// Event counts per equal bucket of the document's extent [begin, end) (UTC seconds), as
    /// render::densityOverview gives them. No events (all zero) leaves the slider inert.
    void setDensity(std::vector<std::int64_t> counts, double begin, double end);
    /// The timeline's visible range (UTC seconds). Does not emit rangeRequested.
    void setVisibleRange(double begin, double end);

    const TimeRange& visibleRange() const { return window_; }
    /// The strip's mapping of time to x at the current width.
    OverviewGeometry stripGeometry() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user asked the timeline to show [begin, end) (UTC seconds).
    void rangeRequested(double begin, double end);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// A press on the window or a handle, followed until release.
    struct Drag {
        OverviewPart part;
        double pressX;
        TimeRange pressWindow;
    };

    bool hasEvents() const { return hasEvents_; }
    /// Shows window and emits it, unless the slider is empty or nothing changes.
    void request(const TimeRange& window);
    std::optional<TimeRange> windowForKey(int key) const;
    void updateCursor(OverviewPart part);
    QRectF stripRect() const;
    QRectF windowRect(const QRectF& strip) const;
    void paintBars(QPainter& painter, const QRectF& strip, const QColor& background,
                   const QColor& bar) const;
    void paintWindow(QPainter& painter, const QRectF& strip) const;
    void paintAxis(QPainter& painter, const QRectF& strip) const;

    const render::Theme* theme_;  ///< Follows the palette (see viewThemeKind).
    std::vector<std::int64_t> counts_;
    TimeRange extent_;
    TimeRange window_;
    bool hasEvents_ = false;
    std::optional<Drag> drag_;
};

}  // namespace yeonpyo::gui
