// Holidays named in news: Korean solar and lunar holidays, Christian and US ones, and their dates.
#pragma once

#include <optional>
#include <string_view>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {

enum class HolidayCalendar { Solar, Lunar, NthWeekday, Easter };

struct Holiday {
    std::string_view name;  ///< English name, for derivations ("Chuseok").
    HolidayCalendar calendar = HolidayCalendar::Solar;
    int month = 0;             ///< Solar or lunar month; for NthWeekday the Gregorian month.
    int day = 0;               ///< Solar or lunar day; for NthWeekday which occurrence (1–5).
    int weekday = 0;           ///< For NthWeekday: 1 Monday … 7 Sunday.
    int seasonDaysBefore = 0;  ///< The holiday season (연휴) starts this many days before.
    int seasonDaysAfter = 0;   ///< … and ends this many days after.
};

enum class HolidayId {
    NewYearsDay,
    Seollal,
    FirstFullMoon,
    MarchFirstMovement,
    ArborDay,
    LaborDay,
    ChildrensDay,
    ParentsDay,
    TeachersDay,
    BuddhasBirthday,
    Dano,
    MemorialDay,
    ConstitutionDay,
    LiberationDay,
    Chuseok,
    ArmedForcesDay,
    NationalFoundationDay,
    HangeulDay,
    ChristmasEve,
    Christmas,
    NewYearsEve,
    Thanksgiving,
    Easter,
    Halloween,
    ValentinesDay,
    IndependenceDayUs,
};

const Holiday& holiday(HolidayId id);

/// The holiday's Gregorian date in a Gregorian year; a lunar holiday falls in the lunar year that
/// begins in that Gregorian year (Korean lunar calendar, ICU "dangi").
std::optional<CivilDate> holidayDate(const Holiday& holiday, int year);

/// The Gregorian date of a day of the Korean lunar calendar (leap months excluded), in the lunar
/// year that begins in gregorianYear. Computed by ICU's dangi calendar, cached per thread.
std::optional<CivilDate> lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay);

}  // namespace yeonpyo::temporal
