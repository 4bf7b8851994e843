// Reading one written date or date-time ("2024.02.28 17:32", "Feb. 28, 2024 5:32 p.m. KST",
// ISO 8601) at a position in text, for datelines and metadata values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace yeonpyo::text {

/// A calendar date with an optional wall-clock time and UTC offset.
struct DateTimeValue {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = -1;  ///< -1 when only the date is known.
    int minute = 0;
    std::optional<int> offsetMinutes;  ///< East of UTC, when a zone or offset is written.
    bool koreanStyle = false;  ///< Written the Korean way (2024.02.28, 2024년 2월 28일, 오후 5시).
};

/// A value read at the start of a text and the bytes it took.
struct ParsedDateTime {
    DateTimeValue value;
    std::size_t length = 0;
};

/// Reads a full date (year, month and day; an optional leading weekday), then an optional time
/// of day (17:32, 5:32 p.m., 오후 5:32, 오후 5시 32분, T17:32:00.000) and zone (Z, +09:00, KST,
/// GMT), at the start of text. nullopt unless a valid calendar date starts there.
std::optional<ParsedDateTime> parseDateTimeAt(std::string_view text);

/// "2024-02-28", or "2024-02-28T17:32" followed by "+09:00" when the offset is known.
std::string toIso8601(const DateTimeValue& value);

}  // namespace yeonpyo::text
