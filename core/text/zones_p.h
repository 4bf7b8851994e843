// Time zones written after a clock time: "Z", "+09:00", "+0900", "KST", "GMT+9", "ET".
#pragma once

#include <optional>

#include "core/text/date_value_p.h"
#include "core/text/scan_cursor_p.h"

namespace yeonpyo::text {

/// Reads a zone or UTC offset at the cursor (after optional spaces; an abbreviation may stand in
/// parentheses) and returns its offset in minutes east of UTC on the date and time in value.
/// Leaves the cursor where it was and returns nullopt when none is written there.
std::optional<int> readZone(ScanCursor& cursor, const DateTimeValue& value);

}  // namespace yeonpyo::text
