// Time values as files write them: UTC offsets on clock times, and UTC intervals from values.
#pragma once

#include <string>
#include <string_view>

#include "core/model/event.h"

namespace yeonpyo::io {

/// A value with any UTC offset split off: "2024-02-28T12:00+09:00" → "2024-02-28T12:00" and the
/// fixed-offset zone "GMT+09:00" ("UTC" for "Z"); other values unchanged, with no zone.
struct ZonedValue {
    std::string value;
    std::string offsetZone;
};
ZonedValue splitUtcOffset(std::string_view value);

/// False for a value that names its date fully (no X, not a reference word) but is no date or
/// time at all ("2024-02-31", "2024-13", "2024-02-28T25:00"); true for every other value.
bool isReadableValue(std::string_view value);

/// Sets time.beginUtc and time.endUtc from start, end, part of day and zone where they resolve
/// (an end value ends the interval: at its clock time, or where its day or month ends); leaves
/// them unset otherwise.
void resolveUtc(EventTime& time);

}  // namespace yeonpyo::io
