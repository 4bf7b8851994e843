// Internal: where events whose dates are known only in part ("XXXX-XX-28") go on a timeline that
// has no fully dated event: a stand-in calendar whose labels name only the known parts.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "app/render/time_axis.h"
#include "core/model/event.h"

namespace yeonpyo::render::detail {

/// The calendar events are drawn on when none has a resolved time and at least one names a day
/// known in part: DayOnly when one of those lacks its month, else MonthAndDay. std::nullopt
/// when some event is fully dated (those are drawn, the others counted as unplaced) or none
/// names a day.
std::optional<KnownCalendar> partialCalendarOf(const std::vector<Event>& events);

/// The interval, in UTC seconds, an event known in part covers on the stand-in calendar: year
/// 2000 (a leap year, so 29 February exists) and, for DayOnly, January (31 days). Parts of day and
/// clock times keep their place in the day. std::nullopt when the event names no day.
std::optional<std::pair<std::int64_t, std::int64_t>> standInInterval(const EventTime& time,
                                                                     KnownCalendar known);

/// The stand-in value itself ("XXXX-XX-28T12:00" → "2000-01-28T12:00"), or std::nullopt.
std::optional<std::string> standInValue(const std::string& value, KnownCalendar known);

}  // namespace yeonpyo::render::detail
