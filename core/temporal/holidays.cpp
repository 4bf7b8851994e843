// The holiday table and the dates of solar, nth-weekday and Easter holidays.
#include "core/temporal/holidays_p.h"

#include <array>

#include "core/temporal/civil_p.h"

namespace yeonpyo::temporal {
namespace {

using enum HolidayCalendar;

// Indexed by HolidayId, in the same order.
constexpr std::array<Holiday, 26> kHolidays{{
    {"New Year's Day", Solar, 1, 1},
    {"Seollal (Lunar New Year)", Lunar, 1, 1, 0, 1, 1},
    {"Jeongwol Daeboreum (first full moon)", Lunar, 1, 15},
    {"March First Movement Day", Solar, 3, 1},
    {"Arbor Day", Solar, 4, 5},
    {"Labour Day", Solar, 5, 1},
    {"Children's Day", Solar, 5, 5},
    {"Parents' Day", Solar, 5, 8},
    {"Teachers' Day", Solar, 5, 15},
    {"Buddha's Birthday", Lunar, 4, 8},
    {"Dano", Lunar, 5, 5},
    {"Memorial Day", Solar, 6, 6},
    {"Constitution Day", Solar, 7, 17},
    {"Liberation Day", Solar, 8, 15},
    {"Chuseok", Lunar, 8, 15, 0, 1, 1},
    {"Armed Forces Day", Solar, 10, 1},
    {"National Foundation Day", Solar, 10, 3},
    {"Hangeul Day", Solar, 10, 9},
    {"Christmas Eve", Solar, 12, 24},
    {"Christmas", Solar, 12, 25},
    {"New Year's Eve", Solar, 12, 31},
    {"Thanksgiving (fourth Thursday of November)", NthWeekday, 11, 4, 4},
    {"Easter Sunday", Easter},
    {"Halloween", Solar, 10, 31},
    {"Valentine's Day", Solar, 2, 14},
    {"Independence Day (US)", Solar, 7, 4},
}};

/// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
CivilDate easterSunday(int year) {
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

CivilDate nthWeekday(int year, int month, int nth, int weekday) {
    const CivilDate first{year, month, 1};
    const int offset = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, offset + (nth - 1) * 7);
}

}  // namespace

const Holiday& holiday(HolidayId id) {
    return kHolidays[static_cast<std::size_t>(id)];
}

std::optional<CivilDate> holidayDate(const Holiday& holiday, int year) {
    switch (holiday.calendar) {
        case Solar:
            return CivilDate{year, holiday.month, holiday.day};
        case Lunar:
            return lunarToGregorian(year, holiday.month, holiday.day);
        case NthWeekday:
            return nthWeekday(year, holiday.month, holiday.day, holiday.weekday);
        case Easter:
            return easterSunday(year);
    }
    return std::nullopt;
}

}  // namespace yeonpyo::temporal
