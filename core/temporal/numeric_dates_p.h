// All-digit dates and clock times shared by both languages: ISO 8601, dotted Korean dates,
// slashes, and HH:MM.
#pragma once

#include <optional>

#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {

struct NumericDate {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour =
        -1;  ///< A clock time written after the date ("2024-02-28T15:30", "2024.02.28 17:32").
    int minute = 0;
    int end = 0;
};

/// 2024-02-28, 2024.02.28, 2024. 2. 28., 2024/2/28 and 24.02.28 (two-digit year, dots, two digits
/// each), optionally followed by a clock time; the date must exist.
std::optional<NumericDate> readNumericDate(const Scan& text, int pos);

struct ColonTime {
    int hour = 0;
    int minute = 0;
    int end = 0;
};

/// H:MM or HH:MM (optionally :SS): hours 0–23, or 24:00; minutes two digits below 60.
std::optional<ColonTime> readColonTime(const Scan& text, int pos);

/// True when a number may start at pos: not inside a word ("H100"), a decimal ("3.5") or a longer
/// number ("1,000").
bool numberMayStartAt(const Scan& text, int pos);

}  // namespace yeonpyo::temporal
