// Adaptive time axis: tick unit and step for a zoom level, localised tick and context labels.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <vector>

#include "app/render/time_viewport.h"

namespace yeonpyo::render {

enum class TimeUnit { Minute, Hour, Day, Month, Year };

struct AxisTick {
    double x = 0.0;
    QString label;
};

/// Ticks of one frame. Their number is bounded by the width over the unit's minimum spacing.
struct TimeAxis {
    TimeUnit unit = TimeUnit::Day;
    int step = 1;                        ///< In units ("every 3 hours").
    std::vector<AxisTick> ticks;         ///< Labelled ticks of the chosen unit.
    std::vector<AxisTick> contextTicks;  ///< Starts of the enclosing period (days for hours, …).
    QString contextAtStart;              ///< The enclosing period at the left edge.
    QString zoneCaption;                 ///< "KST · UTC+09:00".
};

/// Distance between two labelled ticks of a unit, in pixels, that the step is chosen for. Day
/// ticks restart on the first of each month, so the last gap of a month may be 60% of it.
double minimumTickSpacing(TimeUnit unit);

/// The axis of a viewport in a display zone and locale (Korean "2월 28일 (수)", "오후 3시";
/// English "Wed 28 Feb", "3 PM").
TimeAxis buildTimeAxis(const TimeViewport& viewport, const QTimeZone& zone, const QLocale& locale);

/// Label of a day ("2월 28일 (수)" / "Wed 28 Feb"), with the year when withYear.
QString dayLabel(const QDate& date, const QLocale& locale, bool withYear = false);
/// Label of a clock time ("오후 3시", "오후 3:30" / "3 PM", "3:30 PM").
QString clockLabel(const QTime& time, const QLocale& locale);

}  // namespace yeonpyo::render
