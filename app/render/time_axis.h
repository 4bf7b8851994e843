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

/// How much of the calendar a timeline's dates are known to. A timeline of events whose year (and
/// perhaps month) no source states ("XXXX-XX-28") is drawn on a stand-in calendar (year 2000, and
/// January when the month is unknown; see TimelineData) whose labels name only the known parts:
/// "28일", "?년 ?월 28일", never a weekday or the stand-in year.
enum class KnownCalendar { Full, MonthAndDay, DayOnly };

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
    KnownCalendar known = KnownCalendar::Full;
};

/// Distance between two labelled ticks of a unit, in pixels, that the step is chosen for. Day
/// ticks restart on the first of each month, so the last gap of a month may be 60% of it.
double minimumTickSpacing(TimeUnit unit);

/// The axis of a viewport in a display zone and locale (Korean "2월 28일 (수)", "오후 3시";
/// English "Wed 28 Feb", "3 PM").
/// With a calendar known only in part, the labels name only what is known.
TimeAxis buildTimeAxis(const TimeViewport& viewport, const QTimeZone& zone, const QLocale& locale,
                       KnownCalendar known = KnownCalendar::Full);

/// Label of a day ("2월 28일 (수)" / "Wed 28 Feb"), with the year when withYear; of a day known
/// in part, only its known parts ("28일", with the year "?년 ?월 28일" / "day 28", "day 28, year
/// unknown").
QString dayLabel(const QDate& date, const QLocale& locale, bool withYear = false,
                 KnownCalendar known = KnownCalendar::Full);

/// The note a timeline drawn on a calendar known in part carries ("날짜 미상 — 연도와 월을 알 수
/// 없어 알려진 날짜로만 그렸습니다"); empty for a full calendar.
QString unknownDateNote(KnownCalendar known, const QLocale& locale);
/// Label of a clock time ("오후 3시", "오후 3:30" / "3 PM", "3:30 PM").
QString clockLabel(const QTime& time, const QLocale& locale);

}  // namespace yeonpyo::render
