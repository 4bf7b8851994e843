// Proleptic Gregorian day arithmetic (std::chrono calendar): validity, shifts, weekdays, ISO weeks.
#pragma once

#include <cstdint>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {

struct YearMonth {
    int year = 0;
    int month = 0;
    friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

struct IsoWeek {
    int year = 0;  ///< ISO week-numbering year, which can differ from the calendar year.
    int week = 0;  ///< 1–53
};

bool isValidDate(int year, int month, int day);
int daysInMonth(int year, int month);

/// Days since 1970-01-01 and back.
std::int64_t toDayNumber(const CivilDate& date);
CivilDate fromDayNumber(std::int64_t days);

CivilDate addDays(const CivilDate& date, int days);
YearMonth addMonths(YearMonth yearMonth, int months);
/// Days from a to b (negative when b is earlier).
int daysBetween(const CivilDate& a, const CivilDate& b);

/// ISO weekday: 1 Monday … 7 Sunday.
int isoWeekday(const CivilDate& date);
IsoWeek isoWeekOf(const CivilDate& date);
/// The date of an ISO weekday (1–7) in the ISO week that contains anchor, shifted by weeks.
CivilDate weekdayInWeekOf(const CivilDate& anchor, int weeks, int weekday);
/// Monday of ISO week `week` of ISO year `year`.
CivilDate mondayOfIsoWeek(int year, int week);

}  // namespace yeonpyo::temporal
