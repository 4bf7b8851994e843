// The day an event is ordered under in the timeline's total order (and merged on across articles).
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo {

/// The day a temporal value names, as far as it is known: "2024-02-28", or "XXXX-XX-28" when
/// only the day of the month is known (such days sort after every dated one, since 'X' follows
/// the digits); "~" (after every day) when the value names no day ("2024-02", "2024-02-XX", "").
/// The document computes the same value in SQL (its event.order_day column).
std::string orderDay(std::string_view start);

/// The day of an event without a known day.
inline constexpr std::string_view kNoDay = "~";

}  // namespace yeonpyo
