// The stand-in calendar of a timeline whose dates lack their year (and perhaps their month).
#include "app/render/stand_in_calendar_p.h"

#include <cctype>

#include "core/temporal/temporal.h"

namespace yeonpyo::render::detail {
namespace {

bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

/// "XXXX-XX-28…" or "XXXX-02-28…": a day without a year. month is 0 when not known.
struct PartialDay {
    int month = 0;
    std::string rest;  ///< After the day ("T12:00"), or empty.
};

std::optional<PartialDay> partialDayOf(const std::string& value) {
    if (value.size() < 10 || !value.starts_with("XXXX-") || value[7] != '-' || !isDigit(value[8]) ||
        !isDigit(value[9]))
        return std::nullopt;
    PartialDay day;
    if (isDigit(value[5]) && isDigit(value[6]))
        day.month = (value[5] - '0') * 10 + (value[6] - '0');
    else if (value.compare(5, 2, "XX") != 0)
        return std::nullopt;
    day.rest = value.substr(10);
    if (!day.rest.empty() && day.rest.front() != 'T')
        return std::nullopt;
    return day;
}

}  // namespace

std::optional<KnownCalendar> partialCalendarOf(const std::vector<Event>& events) {
    std::optional<KnownCalendar> known;
    for (const Event& event : events) {
        if (event.time.beginUtc)
            return std::nullopt;
        const auto day = partialDayOf(event.time.start);
        if (!day)
            continue;
        if (day->month == 0 || known == KnownCalendar::DayOnly)
            known = KnownCalendar::DayOnly;
        else
            known = KnownCalendar::MonthAndDay;
    }
    return known;
}

std::optional<std::string> standInValue(const std::string& value, KnownCalendar known) {
    const auto day = partialDayOf(value);
    if (!day || known == KnownCalendar::Full)
        return std::nullopt;
    const std::string month =
        known == KnownCalendar::DayOnly || day->month == 0 ? "01" : value.substr(5, 2);
    return "2000-" + month + "-" + value.substr(8, 2) + day->rest;
}

std::optional<std::pair<std::int64_t, std::int64_t>> standInInterval(const EventTime& time,
                                                                     KnownCalendar known) {
    const auto value = standInValue(time.start, known);
    if (!value)
        return std::nullopt;
    const std::string zone = time.timeZone.empty() ? "Asia/Seoul" : time.timeZone;
    const auto interval = temporal::toUtcInterval(*value, time.timeOfDay, zone);
    if (!interval)
        return std::nullopt;
    return std::pair{interval->begin, interval->end};
}

}  // namespace yeonpyo::render::detail
