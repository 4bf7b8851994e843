// The local wall-clock interval a TIMEX3 value covers, before any time zone is applied.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {

/// [begin, end) in seconds since 1970-01-01T00:00 of local wall-clock time.
struct LocalInterval {
    std::int64_t begin = 0;
    std::int64_t end = 0;
};

/// The interval of a fully specified value ("2024", "2024-02", "2024-Q1", "2024-H2", "2024-W09",
/// "2024-W09-WE", "2024-SU", "199", "2024-02-28", "2024-02-28T15:30", "…T24:00"), narrowed by a
/// part of day (for day values) and a START/MID/END mod; std::nullopt for anything else.
std::optional<LocalInterval> localIntervalOf(std::string_view value, std::string_view timeOfDay,
                                             std::string_view mod);

/// "YYYY-MM-DD" at the start of a value, when it is a real date followed by nothing or by "T".
std::optional<CivilDate> leadingDate(std::string_view value);

/// Seconds since 1970 of a local date and time, as if it were UTC.
std::int64_t localSeconds(const CivilDate& date, int hour, int minute);

}  // namespace yeonpyo::temporal
