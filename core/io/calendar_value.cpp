// Parsing and formatting of calendar values with std::chrono's civil calendar.
#include "core/io/calendar_value_p.h"

#include <chrono>
#include <cstdio>

namespace yeonpyo::io {
namespace {

namespace chrono = std::chrono;

/// Reads `count` ASCII digits at `at`, or nothing.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
    if (text.size() < at + count)
        return std::nullopt;
    int number = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        number = number * 10 + (text[i] - '0');
    }
    return number;
}

bool validDay(int year, int month, int day) {
    return chrono::year_month_day{chrono::year{year}, chrono::month{static_cast<unsigned>(month)},
                                  chrono::day{static_cast<unsigned>(day)}}
        .ok();
}

chrono::year_month_day civil(const CalendarValue& value) {
    return {chrono::year{value.year}, chrono::month{static_cast<unsigned>(value.month)},
            chrono::day{static_cast<unsigned>(value.day)}};
}

CalendarValue fromCivil(chrono::year_month_day date) {
    CalendarValue value;
    value.year = static_cast<int>(date.year());
    value.month = static_cast<int>(static_cast<unsigned>(date.month()));
    value.day = static_cast<int>(static_cast<unsigned>(date.day()));
    return value;
}

std::string format(const char* pattern, const CalendarValue& v) {
    char text[40];
    std::snprintf(text, sizeof text, pattern, v.year, v.month, v.day, v.hour, v.minute);
    return text;
}

}  // namespace

std::optional<CalendarValue> parseCalendarValue(std::string_view text) {
    CalendarValue value;
    const auto year = digits(text, 0, 4);
    if (!year || *year == 0)
        return std::nullopt;
    value.year = *year;
    value.precision = CalendarValue::Precision::Year;
    if (text.size() == 4)
        return value;

    const auto month = digits(text, 5, 2);
    if (text[4] != '-' || !month || *month < 1 || *month > 12)
        return std::nullopt;
    value.month = *month;
    value.precision = CalendarValue::Precision::Month;
    if (text.size() == 7)
        return value;

    const auto day = digits(text, 8, 2);
    if (text[7] != '-' || !day || !validDay(value.year, value.month, *day))
        return std::nullopt;
    value.day = *day;
    value.precision = CalendarValue::Precision::Day;
    if (text.size() == 10)
        return value;

    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const bool clock = text[10] == 'T' && text.size() >= 16 && text[13] == ':' && hour && minute &&
                       *hour <= 23 && *minute <= 59;
    const bool secondsOnly = text.size() == 16 || (text.size() == 19 && text[16] == ':' &&
                                                   digits(text, 17, 2).value_or(60) <= 59);
    if (!clock || !secondsOnly)
        return std::nullopt;
    value.hour = *hour;
    value.minute = *minute;
    value.precision = CalendarValue::Precision::Minute;
    return value;
}

CalendarValue periodEnd(const CalendarValue& value) {
    const chrono::year_month_day date = civil(value);
    switch (value.precision) {
        case CalendarValue::Precision::Year:
            return fromCivil({date.year() + chrono::years{1}, chrono::January, chrono::day{1}});
        case CalendarValue::Precision::Month: {
            const chrono::year_month next =
                chrono::year_month{date.year(), date.month()} + chrono::months{1};
            return fromCivil({next.year(), next.month(), chrono::day{1}});
        }
        case CalendarValue::Precision::Day:
            return fromCivil(chrono::year_month_day{chrono::sys_days{date} + chrono::days{1}});
        case CalendarValue::Precision::Minute:
            return value;
    }
    return value;
}

CalendarValue utcCalendar(std::int64_t seconds) {
    const chrono::sys_seconds instant{chrono::seconds{seconds}};
    const chrono::sys_days day = chrono::floor<chrono::days>(instant);
    CalendarValue value = fromCivil(chrono::year_month_day{day});
    const chrono::hh_mm_ss clock{instant - day};
    value.hour = static_cast<int>(clock.hours().count());
    value.minute = static_cast<int>(clock.minutes().count());
    value.precision = CalendarValue::Precision::Minute;
    return value;
}

std::string compactDate(const CalendarValue& value) {
    return format("%04d%02d%02d", value);
}

std::string compactDateTime(const CalendarValue& value) {
    return format("%04d%02d%02dT%02d%02d00", value);
}

std::string isoDate(const CalendarValue& value) {
    return format("%04d-%02d-%02d", value);
}

std::string isoDateTime(const CalendarValue& value) {
    return format("%04d-%02d-%02dT%02d:%02d:00", value);
}

}  // namespace yeonpyo::io
