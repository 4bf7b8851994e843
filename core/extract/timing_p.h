// Event times from the tagger's expressions: which expression dates a trigger, and the discourse
// date.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "core/extract/mentions_p.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::extract {

/// Reads the tagger's expressions of one article as times of event mentions.
class TimeFinder {
public:
    /// skip tells which byte offsets to ignore (inside direct quotations).
    TimeFinder(const std::vector<temporal::TimeExpression>& times, bool korean,
               std::function<bool(std::size_t)> skip);

    /// The expression as a mention time, when it names a day (not a duration or a month).
    std::optional<MentionTime> timeOf(const temporal::TimeExpression& expression) const;
    /// The last day named in [begin, end): what later sentences inherit.
    std::optional<MentionTime> lastDayIn(std::size_t begin, std::size_t end) const;
    /// The time of a trigger. Korean: the nearest day before it within its segment, else the next
    /// one in the sentence when it is the sentence's last trigger. English: the first day within
    /// its segment (the words up to the next trigger), else the nearest one in the sentence.
    /// A meal word alone ("luncheon", "만찬") dates nothing: the tagger reads it as a part of the
    /// last mentioned day, and the trigger lexicon gives meals their part of day.
    std::optional<MentionTime> ownTime(std::size_t segmentBegin, std::size_t segmentEnd,
                                       std::size_t sentenceBegin, std::size_t sentenceEnd,
                                       std::size_t triggerBegin, std::size_t triggerEnd,
                                       bool lastTrigger) const;

private:
    /// The first expression starting at or after a byte offset (expressions are in text order).
    std::vector<temporal::TimeExpression>::const_iterator firstFrom(std::size_t begin) const;

    const std::vector<temporal::TimeExpression>& times_;
    bool korean_;
    std::function<bool(std::size_t)> skip_;
};

/// The part of day a clock time falls in ("2024-07-30T20:00" → "evening"); empty without a clock.
std::string partOfDayOfClock(std::string_view value);

}  // namespace yeonpyo::extract
