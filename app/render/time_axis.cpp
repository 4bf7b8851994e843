// Chooses the axis unit and step for a zoom level and generates the ticks in the display zone.
#include "app/render/time_axis.h"

#include <array>
#include <cmath>

#include "app/render/labels.h"

namespace yeonpyo::render {
namespace {

struct StepChoice {
    TimeUnit unit;
    int step;
    double approxSeconds;
};

constexpr double kDay = 86400.0;
constexpr std::array kSteps{
    StepChoice{TimeUnit::Minute, 1, 60},
    StepChoice{TimeUnit::Minute, 2, 120},
    StepChoice{TimeUnit::Minute, 5, 300},
    StepChoice{TimeUnit::Minute, 10, 600},
    StepChoice{TimeUnit::Minute, 15, 900},
    StepChoice{TimeUnit::Minute, 30, 1800},
    StepChoice{TimeUnit::Hour, 1, 3600},
    StepChoice{TimeUnit::Hour, 2, 7200},
    StepChoice{TimeUnit::Hour, 3, 10800},
    StepChoice{TimeUnit::Hour, 6, 21600},
    StepChoice{TimeUnit::Hour, 12, 43200},
    StepChoice{TimeUnit::Day, 1, kDay},
    StepChoice{TimeUnit::Day, 2, 2 * kDay},
    StepChoice{TimeUnit::Day, 5, 5 * kDay},
    StepChoice{TimeUnit::Day, 10, 10 * kDay},
    StepChoice{TimeUnit::Month, 1, 30.4 * kDay},
    StepChoice{TimeUnit::Month, 2, 61 * kDay},
    StepChoice{TimeUnit::Month, 3, 91 * kDay},
    StepChoice{TimeUnit::Month, 6, 182 * kDay},
    StepChoice{TimeUnit::Year, 1, 365.25 * kDay},
    StepChoice{TimeUnit::Year, 2, 730 * kDay},
    StepChoice{TimeUnit::Year, 5, 1826 * kDay},
    StepChoice{TimeUnit::Year, 10, 3652 * kDay},
    StepChoice{TimeUnit::Year, 20, 7305 * kDay},
    StepChoice{TimeUnit::Year, 50, 18262 * kDay},
    StepChoice{TimeUnit::Year, 100, 36525 * kDay},
    StepChoice{TimeUnit::Year, 200, 73050 * kDay},
    StepChoice{TimeUnit::Year, 500, 182625 * kDay},
    StepChoice{TimeUnit::Year, 1000, 365250 * kDay},
};

StepChoice chooseStep(double secondsPerPixel) {
    for (const StepChoice& choice : kSteps) {
        if (choice.approxSeconds / secondsPerPixel >= minimumTickSpacing(choice.unit))
            return choice;
    }
    return kSteps.back();
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QDateTime localAt(double seconds, const QTimeZone& zone) {
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(seconds)), zone);
}

QString yearLabel(int year, const QLocale& locale, KnownCalendar known) {
    if (known != KnownCalendar::Full)
        return isKorean(locale) ? QStringLiteral("?년") : QStringLiteral("year ?");
    return isKorean(locale) ? QString::number(year) + QStringLiteral("년") : QString::number(year);
}

QString monthLabel(const QDate& date, const QLocale& locale, bool withYear, KnownCalendar known) {
    if (isKorean(locale)) {
        const QString month = known == KnownCalendar::DayOnly
                                  ? QStringLiteral("?월")
                                  : QString::number(date.month()) + QStringLiteral("월");
        return withYear ? yearLabel(date.year(), locale, known) + ' ' + month : month;
    }
    if (known == KnownCalendar::DayOnly)
        return withYear ? QStringLiteral("month ?, year ?") : QStringLiteral("month ?");
    if (known == KnownCalendar::MonthAndDay)
        return locale.toString(date,
                               withYear ? QStringLiteral("MMMM, 'year ?'") : QStringLiteral("MMM"));
    return withYear ? locale.toString(date, QStringLiteral("MMMM yyyy"))
                    : locale.toString(date, QStringLiteral("MMM"));
}

/// The first local date of a period at or before a date, for day/month/year units.
QDate periodStart(const QDate& date, TimeUnit unit, int step) {
    switch (unit) {
        case TimeUnit::Year:
            return {static_cast<int>(floorDiv(date.year(), step) * step), 1, 1};
        case TimeUnit::Month: {
            const qint64 index = floorDiv(date.year() * 12LL + date.month() - 1, step) * step;
            return {static_cast<int>(floorDiv(index, 12)),
                    static_cast<int>(index - floorDiv(index, 12) * 12) + 1, 1};
        }
        default:
            return {date.year(), date.month(), 1};
    }
}

QDate nextDate(const QDate& date, TimeUnit unit, int step) {
    if (unit == TimeUnit::Year)
        return date.addYears(step);
    if (unit == TimeUnit::Month)
        return date.addMonths(step);
    return date.addDays(1);
}

/// Day ticks fall on days 1, 1+step, …, leaving out a last one much closer than a step to the
/// next month's first (31 → 1 with a step of 2); others keep at least 60% of a step.
bool isDayTick(const QDate& date, int step) {
    const int day = date.day();
    const int room = date.daysInMonth() + 1 - day;
    return (day - 1) % step == 0 && (day == 1 || room * 10 >= step * 6);
}

QString calendarLabel(const QDate& date, TimeUnit unit, const QLocale& locale,
                      KnownCalendar known) {
    if (unit == TimeUnit::Year)
        return yearLabel(date.year(), locale, known);
    if (unit == TimeUnit::Month)
        return monthLabel(date, locale, false, known);
    return dayLabel(date, locale, false, known);
}

void addCalendarTicks(const TimeViewport& view, const QTimeZone& zone, const QLocale& locale,
                      KnownCalendar known, TimeUnit unit, int step, std::vector<AxisTick>& out) {
    QDate date =
        periodStart(localAt(view.begin(), zone).date(), unit, unit == TimeUnit::Day ? 1 : step);
    for (; date.isValid(); date = nextDate(date, unit, step)) {
        const double t = static_cast<double>(QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch());
        if (t >= view.end())
            break;
        if (t < view.begin() || (unit == TimeUnit::Day && !isDayTick(date, step)))
            continue;
        out.push_back({view.xOf(t), calendarLabel(date, unit, locale, known)});
    }
}

void addClockTicks(const TimeViewport& view, const QTimeZone& zone, const QLocale& locale,
                   TimeUnit unit, int step, std::vector<AxisTick>& out) {
    const QDateTime start = localAt(view.begin(), zone);
    const QTime local = start.time();
    const QTime floored = unit == TimeUnit::Hour
                              ? QTime(local.hour() / step * step, 0)
                              : QTime(local.hour(), local.minute() / step * step);
    const int stepSeconds = step * (unit == TimeUnit::Hour ? 3600 : 60);
    for (QDateTime tick(start.date(), floored, zone);; tick = tick.addSecs(stepSeconds)) {
        const double t = static_cast<double>(tick.toSecsSinceEpoch());
        if (t >= view.end())
            break;
        if (t >= view.begin())
            out.push_back({view.xOf(t), clockLabel(tick.time(), locale)});
    }
}

TimeUnit contextUnitOf(TimeUnit unit) {
    switch (unit) {
        case TimeUnit::Minute:
        case TimeUnit::Hour:
            return TimeUnit::Day;
        case TimeUnit::Day:
            return TimeUnit::Month;
        default:
            return TimeUnit::Year;
    }
}

QString contextLabel(const QDate& date, TimeUnit contextUnit, const QLocale& locale,
                     KnownCalendar known) {
    if (contextUnit == TimeUnit::Day)
        return dayLabel(date, locale, true, known);
    if (contextUnit == TimeUnit::Month)
        return monthLabel(date, locale, true, known);
    return yearLabel(date.year(), locale, known);
}

void addContextTicks(const TimeViewport& view, const QTimeZone& zone, const QLocale& locale,
                     TimeUnit contextUnit, TimeAxis& axis) {
    const KnownCalendar known = axis.known;
    const QDate first = localAt(view.begin(), zone).date();
    axis.contextAtStart = contextLabel(first, contextUnit, locale, known);
    QDate date = periodStart(first, contextUnit, 1);
    if (contextUnit == TimeUnit::Day)
        date = first;
    for (; date.isValid(); date = nextDate(date, contextUnit, 1)) {
        const double t = static_cast<double>(QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch());
        if (t >= view.end())
            break;
        if (t > view.begin())
            axis.contextTicks.push_back(
                {view.xOf(t), contextLabel(date, contextUnit, locale, known)});
    }
}

QString zoneCaption(const QTimeZone& zone, double seconds, const QLocale& locale) {
    const QDateTime at = localAt(seconds, zone);
    const QString offset = zone.displayName(at, QTimeZone::OffsetName, locale);
    const QString abbreviation = zone.abbreviation(at);
    if (abbreviation.isEmpty() || abbreviation.startsWith("UTC") ||
        abbreviation.startsWith("GMT")) {
        return offset;
    }
    return abbreviation + QStringLiteral(" · ") + offset;
}

/// A day of a calendar known in part: no weekday, "?" for what is not known.
QString partialDayLabel(const QDate& date, const QLocale& locale, bool withYear,
                        KnownCalendar known) {
    const bool monthKnown = known == KnownCalendar::MonthAndDay;
    if (isKorean(locale)) {
        const QString day = QString::number(date.day()) + QStringLiteral("일");
        if (!withYear)
            return monthKnown ? QString::number(date.month()) + QStringLiteral("월 ") + day : day;
        return QStringLiteral("?년 ") +
               (monthKnown ? QString::number(date.month()) : QStringLiteral("?")) +
               QStringLiteral("월 ") + day;
    }
    const QString day = monthKnown ? locale.toString(date, QStringLiteral("d MMM"))
                                   : QStringLiteral("day %1").arg(date.day());
    if (!withYear)
        return day;
    return day + (monthKnown ? QStringLiteral(", year ?") : QStringLiteral(", month and year ?"));
}

}  // namespace

QString unknownDateNote(KnownCalendar known, const QLocale& locale) {
    if (known == KnownCalendar::Full)
        return {};
    const bool korean = isKorean(locale);
    if (known == KnownCalendar::DayOnly)
        return korean
                   ? QStringLiteral("날짜 미상 — 연도와 월을 모르는 사건: 알려진 날짜만으로 그림")
                   : QStringLiteral(
                         "Date unknown — no year or month stated: drawn by the "
                         "known days only");
    return korean ? QStringLiteral("날짜 미상 — 연도를 모르는 사건: 알려진 날짜만으로 그림")
                  : QStringLiteral("Date unknown — no year stated: drawn by the known dates only");
}

double minimumTickSpacing(TimeUnit unit) {
    switch (unit) {
        case TimeUnit::Minute:
            return 84.0;
        case TimeUnit::Hour:
            return 72.0;
        case TimeUnit::Day:
            return 112.0;
        case TimeUnit::Month:
            return 56.0;
        case TimeUnit::Year:
            return 64.0;
    }
    return 64.0;
}

TimeAxis buildTimeAxis(const TimeViewport& viewport, const QTimeZone& zone, const QLocale& locale,
                       KnownCalendar known) {
    TimeAxis axis;
    axis.known = known;
    const StepChoice choice = chooseStep(viewport.secondsPerPixel());
    axis.unit = choice.unit;
    axis.step = choice.step;
    if (choice.unit == TimeUnit::Hour || choice.unit == TimeUnit::Minute) {
        addClockTicks(viewport, zone, locale, choice.unit, choice.step, axis.ticks);
    } else {
        addCalendarTicks(viewport, zone, locale, known, choice.unit, choice.step, axis.ticks);
    }
    if (choice.unit != TimeUnit::Year)
        addContextTicks(viewport, zone, locale, contextUnitOf(choice.unit), axis);
    axis.zoneCaption = zoneCaption(zone, viewport.begin(), locale);
    return axis;
}

QString dayLabel(const QDate& date, const QLocale& locale, bool withYear, KnownCalendar known) {
    if (known != KnownCalendar::Full)
        return partialDayLabel(date, locale, withYear, known);
    if (isKorean(locale)) {
        const QString day = locale.toString(date, QStringLiteral("M월 d일 (ddd)"));
        return withYear ? QString::number(date.year()) + QStringLiteral("년 ") + day : day;
    }
    return locale.toString(
        date, withYear ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("ddd d MMM"));
}

QString clockLabel(const QTime& time, const QLocale& locale) {
    const bool onTheHour = time.minute() == 0;
    if (isKorean(locale)) {
        return locale.toString(time,
                               onTheHour ? QStringLiteral("AP h시") : QStringLiteral("AP h:mm"));
    }
    return locale.toString(time, onTheHour ? QStringLiteral("h AP") : QStringLiteral("h:mm AP"));
}

}  // namespace yeonpyo::render
