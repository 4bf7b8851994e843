// UTC offsets on clock-time values and UTC intervals of event times, through core/temporal.
#include "core/io/time_values_p.h"

#include "core/temporal/temporal.h"

namespace yeonpyo::io {
namespace {

constexpr std::size_t kClockValueLength = 16;  // "2024-02-28T12:00"

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

ZonedValue splitUtcOffset(std::string_view value) {
    if (value.size() < kClockValueLength || value[10] != 'T')
        return {std::string(value), {}};
    // The clock part ends after HH:MM or HH:MM:SS.
    std::size_t clockEnd = kClockValueLength;
    if (value.size() >= 19 && value[16] == ':' && isDigit(value[17]) && isDigit(value[18]))
        clockEnd = 19;
    const std::string_view offset = value.substr(clockEnd);
    if (offset == "Z")
        return {std::string(value.substr(0, clockEnd)), "UTC"};
    const bool signedOffset = offset.size() == 6 && (offset[0] == '+' || offset[0] == '-') &&
                              isDigit(offset[1]) && isDigit(offset[2]) && offset[3] == ':' &&
                              isDigit(offset[4]) && isDigit(offset[5]);
    if (!signedOffset)
        return {std::string(value), {}};
    return {std::string(value.substr(0, clockEnd)), "GMT" + std::string(offset)};
}

bool isReadableValue(std::string_view value) {
    if (value.empty() || !isDigit(value.front()) || value.find('X') != std::string_view::npos)
        return true;
    return temporal::toUtcInterval(splitUtcOffset(value).value, "", "UTC").has_value();
}

void resolveUtc(EventTime& time) {
    const auto start = temporal::toUtcInterval(time.start, time.timeOfDay, time.timeZone);
    if (!start)
        return;
    time.beginUtc = start->begin;
    time.endUtc = start->end;
    if (time.end.empty())
        return;
    // An end with a clock time is the moment it names; a date or month ends when its period does.
    const auto end = temporal::toUtcInterval(time.end, "", time.timeZone);
    if (!end)
        return;
    const std::int64_t endUtc = time.end.find('T') != std::string::npos ? end->begin : end->end;
    if (endUtc > start->begin)
        time.endUtc = endUtc;
}

}  // namespace yeonpyo::io
