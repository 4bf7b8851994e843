// Year or month hints along the bottom of the overview slider, in the reader's locale.
#pragma once

#include <QFontMetricsF>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <vector>

#include "app/gui/overview_geometry.h"

namespace yeonpyo::gui {

struct OverviewTick {
    double x = 0.0;  ///< Where the period starts; its label is drawn just right of it.
    QString label;
};

/// Space between one label's end and the next tick, in pixels.
inline constexpr double kOverviewLabelGap = 8.0;
/// Label offset from its tick, in pixels.
inline constexpr double kOverviewLabelInset = 3.0;

/// Starts of years or months (local midnight in zone) across the geometry's extent, labelled
/// "2024년" / "2024" and "2024년 2월" / "Feb 2024". The finest step whose labels fit between
/// their ticks with a gap wins, with at most one tick per 100 pixels and never more than eight;
/// a label that would run past the strip's right edge is left out. Empty when no step fits.
std::vector<OverviewTick> overviewTicks(const OverviewGeometry& geometry, const QLocale& locale,
                                        const QTimeZone& zone, const QFontMetricsF& metrics);

}  // namespace yeonpyo::gui
