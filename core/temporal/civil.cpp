// Proleptic Gregorian day arithmetic on top of the std::chrono calendar types.
#include "core/temporal/civil_p.h"

#include <chrono>

namespace yeonpyo::temporal {
namespace {

namespace chr = std::chrono;

chr::year_month_day toChrono(const CivilDate& date) {
    return chr::year_month_day{chr::year{date.year}, chr::month{static_cast<unsigned>(date.month)},
                               chr::day{static_cast<unsigned>(date.day)}};
}

CivilDate fromChrono(const chr::year_month_day& ymd) {
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

bool isValidDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    return toChrono({year, month, day}).ok();
}

int daysInMonth(int year, int month) {
    const chr::year_month_day_last last{
        chr::year{year}, chr::month_day_last{chr::month{static_cast<unsigned>(month)}}};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::int64_t toDayNumber(const CivilDate& date) {
    return chr::sys_days{toChrono(date)}.time_since_epoch().count();
}

CivilDate fromDayNumber(std::int64_t days) {
    return fromChrono(chr::year_month_day{chr::sys_days{chr::days{days}}});
}

CivilDate addDays(const CivilDate& date, int days) {
    return fromDayNumber(toDayNumber(date) + days);
}

YearMonth addMonths(YearMonth yearMonth, int months) {
    const int index = yearMonth.year * 12 + (yearMonth.month - 1) + months;
    const int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    return {year, index - year * 12 + 1};
}

int daysBetween(const CivilDate& a, const CivilDate& b) {
    return static_cast<int>(toDayNumber(b) - toDayNumber(a));
}

int isoWeekday(const CivilDate& date) {
    return static_cast<int>(chr::weekday{chr::sys_days{toChrono(date)}}.iso_encoding());
}

CivilDate weekdayInWeekOf(const CivilDate& anchor, int weeks, int weekday) {
    return addDays(anchor, weeks * 7 + weekday - isoWeekday(anchor));
}

CivilDate mondayOfIsoWeek(int year, int week) {
    // 4 January is always in ISO week 1.
    return weekdayInWeekOf({year, 1, 4}, week - 1, 1);
}

IsoWeek isoWeekOf(const CivilDate& date) {
    const CivilDate thursday = weekdayInWeekOf(date, 0, 4);
    const int dayOfYear = daysBetween({thursday.year, 1, 1}, thursday);
    return {thursday.year, dayOfYear / 7 + 1};
}

}  // namespace yeonpyo::temporal
