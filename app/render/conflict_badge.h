// The warning badge of an event whose sources disagree, shared by the timeline and its legend.
#pragma once

#include <QColor>
#include <QPainter>
#include <QPointF>

namespace yeonpyo::render {

/// How large a badge is drawn and where, next to a marker of a given size.
struct ConflictBadge {
    QPointF centre;
    double height = 0.0;  ///< The triangle's height; its width is about 1.15 times that.
};

/// The badge of a marker centred at `marker`: on its top-right corner, overlapping its edge so
/// that it reads as belonging to that marker even where markers crowd.
ConflictBadge conflictBadgeAt(const QPointF& marker, double halfWidth, double radius);

/// Draws a warning triangle (point up) filled with `fill`, ringed with `outline` to stand off
/// whatever it overlaps, with an exclamation mark in `ink`. Paths only, no font: it looks the
/// same on screen, in PNG, SVG and PDF.
void drawConflictBadge(QPainter& painter, const ConflictBadge& badge, const QColor& fill,
                       const QColor& ink, const QColor& outline);

}  // namespace yeonpyo::render
