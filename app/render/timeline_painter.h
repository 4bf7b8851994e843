// TimelinePainter: draws a TimelineLayout on any QPainter (widget, QImage, SVG, PDF) in a theme.
#pragma once

#include <QLocale>
#include <QPainter>

#include <cstdint>
#include <memory>

#include "app/render/theme.h"
#include "app/render/timeline_layout.h"

namespace yeonpyo::render {

/// Paints layouts in one fixed order: background, lanes, grid, axis, density, spans, leader
/// lines, clusters, markers (with a warning badge where sources disagree), labels, selection, and
/// the "date unknown" note of a calendar known in part. The painter's transform maps layout pixels
/// to the device, so the same call serves the screen and every export format. Keeps laid-out label
/// texts across frames: keep one painter per view, on one thread.
class TimelinePainter {
public:
    TimelinePainter(const Theme& theme, const TimelineStyle& style, QLocale locale);
    ~TimelinePainter();
    TimelinePainter(const TimelinePainter&) = delete;
    TimelinePainter& operator=(const TimelinePainter&) = delete;

    /// Draws the layout at the painter's origin; selectedId 0 selects nothing.
    void paint(QPainter& painter, const TimelineLayout& layout, std::int64_t selectedId = 0) const;
    /// Whether to fill the background (off for a transparent PNG).
    void setBackgroundFilled(bool filled) { fillBackground_ = filled; }

private:
    void paintLanes(QPainter& painter, const TimelineLayout& layout) const;
    void paintGrid(QPainter& painter, const TimelineLayout& layout) const;
    void paintAxis(QPainter& painter, const TimelineLayout& layout) const;
    void paintContextRow(QPainter& painter, const TimelineLayout& layout) const;
    void paintDensity(QPainter& painter, const TimelineLayout& layout) const;
    void paintSpansAndLeaders(QPainter& painter, const TimelineLayout& layout) const;
    void paintClusters(QPainter& painter, const TimelineLayout& layout) const;
    void paintMarkers(QPainter& painter, const TimelineLayout& layout,
                      std::int64_t selectedId) const;
    void paintLabels(QPainter& painter, const TimelineLayout& layout,
                     std::int64_t selectedId) const;
    /// A pill in the top right corner saying the dates are known only in part.
    void paintUnknownDateNote(QPainter& painter, const TimelineLayout& layout) const;

    struct Texts;
    const Theme& theme_;
    const TimelineStyle& style_;
    QLocale locale_;
    bool fillBackground_ = true;
    std::unique_ptr<Texts> texts_;
};

}  // namespace yeonpyo::render
