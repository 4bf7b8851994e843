// Event times as users edit them: from a date, an optional clock time and a precision, or shifted
// by a drag on the timeline.
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>

#include "core/model/event.h"

namespace yeonpyo::gui {

enum class DatePrecision { Day, Month, Year };

/// The time of an event dated by hand: the value ("2024-02-28T12:00", "2024-02-28", "2024-02",
/// "2024"), its UTC interval in the zone and a derivation saying the user set it.
EventTime timeFromParts(const QDate& date, const std::optional<QTime>& clock,
                        DatePrecision precision, const QString& timeOfDay, const QString& zone);

/// The time moved by a number of seconds: a clock time by the minute, a day by whole days, a
/// month or a year by whole months or years (rounded to the nearest); unchanged when the value
/// is not resolved or the shift rounds to nothing.
EventTime shiftedTime(const EventTime& time, std::int64_t seconds);

/// The precision of a value as the editor offers it (clock times are Day with a clock).
DatePrecision precisionOfValue(const std::string& value);

}  // namespace yeonpyo::gui
