// English words inside written dates: month and weekday names, ordinal suffixes, a.m. and p.m.
#pragma once

#include <optional>

#include "core/text/scan_cursor_p.h"

namespace yeonpyo::text {

/// Reads a month name or its abbreviation (January, Jan., Sept) and returns its number.
std::optional<int> readMonthName(ScanCursor& cursor);

/// Skips a weekday name or abbreviation with a following stop, comma and spaces ("Wed., ").
void skipWeekdayName(ScanCursor& cursor);

/// Skips st, nd, rd or th after a day number.
void skipOrdinalSuffix(ScanCursor& cursor);

/// Reads a.m. or p.m. (also am, pm, A.M.) after optional spaces: 0 for a.m., 12 for p.m., -1
/// (cursor unmoved) when none follows.
int readEnglishMeridiem(ScanCursor& cursor);

}  // namespace yeonpyo::text
