// The kept counts of events per UTC day and per UTC hour (by begin time) behind density strips.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace yeonpyo::store {

/// One table of event counts per time slot: slot = floor(begin_utc / seconds).
struct Tally {
    std::string_view table;
    std::int64_t seconds;

    /// The slot that holds an instant.
    std::int64_t slotOf(std::int64_t utc) const {
        return utc / seconds - (utc % seconds < 0 ? 1 : 0);
    }
    /// The first slot whose start is at or after an instant.
    std::int64_t firstSlotFrom(std::int64_t utc) const {
        const std::int64_t slot = slotOf(utc);
        return slot * seconds == utc ? slot : slot + 1;
    }
    /// Slots whose stored count differs from the events beginning in them, both ways round.
    std::string mismatchQuery() const;
};

/// Coarsest first, so that a density strip reads as few slots as its slices allow.
inline constexpr std::array kTallies{Tally{"event_day_count", 86400},
                                     Tally{"event_hour_count", 3600}};

}  // namespace yeonpyo::store
