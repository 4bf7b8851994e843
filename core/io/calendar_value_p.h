// Calendar values that data formats can carry (a year, month, day or clock time), parsed from
// TIMEX-style values or derived from UTC seconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yeonpyo::io {

struct CalendarValue {
    enum class Precision { Year, Month, Day, Minute };
    int year = 0;
    int month = 1;  ///< 1–12
    int day = 1;    ///< 1–31
    int hour = 0;
    int minute = 0;
    Precision precision = Precision::Day;

    bool hasClock() const { return precision == Precision::Minute; }
};

/// Parses "2024", "2024-02", "2024-02-28", "2024-02-28T12:00" (seconds, if present, are
/// dropped); nothing for other values ("2024-Q1", "XXXX-XX-28", "PRESENT_REF") or impossible
/// dates.
std::optional<CalendarValue> parseCalendarValue(std::string_view value);

/// The first day after the period a value covers (exclusive end of a date range): the next day,
/// the first day of the next month, or of the next year; the same minute for a clock time.
CalendarValue periodEnd(const CalendarValue& value);

/// UTC calendar fields of seconds since the epoch, to the minute.
CalendarValue utcCalendar(std::int64_t seconds);

/// "20240228" and "20240228T120000", as iCalendar writes dates and local times.
std::string compactDate(const CalendarValue& value);
std::string compactDateTime(const CalendarValue& value);

/// "2024-02-28" and "2024-02-28T12:00:00" (ISO 8601 / XML Schema forms, without a zone).
std::string isoDate(const CalendarValue& value);
std::string isoDateTime(const CalendarValue& value);

}  // namespace yeonpyo::io
