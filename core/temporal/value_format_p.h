// TIMEX3 value strings ("2024-02-28", "XXXX-XX-28", "2024-W09", "P10Y") and English names used in
// derivations.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/temporal/draft_p.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {

/// A date whose year or month may be unknown ("XXXX-XX-28" when only the day is).
struct PartialDate {
    std::optional<int> year;
    std::optional<int> month;
    std::optional<int> day;

    bool complete() const { return year && month && day; }
    CivilDate civil() const { return {year.value_or(0), month.value_or(0), day.value_or(0)}; }
    static PartialDate of(const CivilDate& date) { return {date.year, date.month, date.day}; }
};

std::string formatDay(const PartialDate& date);  ///< "2024-02-28", "XXXX-02-28", "XXXX-XX-28"
std::string formatYearMonth(std::optional<int> year, int month);  ///< "2024-02", "XXXX-02"
std::string formatYear(std::optional<int> year);                  ///< "2024", "XXXX"
std::string formatWeek(int isoYear, int week);                    ///< "2024-W09"
std::string formatClock(int hour, int minute);                    ///< "T15:30"
std::string formatDuration(const AmountDraft& amount);            ///< "P10Y", "PT1H", "PXY"
std::string_view seasonCode(Season season);                       ///< "SP", "SU", "FA", "WI"

std::string_view partOfDayName(PartOfDay part);  ///< "morning" … "night", "" for none
std::string_view modName(Mod mod);               ///< "START", "MID", "END", "APPROX", …
std::string_view weekdayName(int isoWeekday);    ///< "Monday"
std::string_view monthName(int month);           ///< "February"
std::string_view unitName(Unit unit, bool plural);
std::string describeDate(const CivilDate& date);        ///< "2024-02-28"
std::string describeAmount(const AmountDraft& amount);  ///< "10 years", "an hour", "some days"

}  // namespace yeonpyo::temporal
