// Timeline order: one total order (Event::sequence) consistent with dates, parts of day and `after`
// links.
#pragma once

#include <vector>

#include "core/model/event.h"

namespace yeonpyo::extract {

/// Sets sequence = 1..n over events: earlier days first; within a day, morning before noon before
/// afternoon before evening before night, events without a part of day first; every `after` link
/// that agrees with those is kept (an event comes after the events it follows); remaining ties keep
/// the order of the vector. Days known only in part ("XXXX-XX-28": no year or month) come after
/// the fully dated ones, ordered among themselves by their known parts (28 before 29). Events
/// without a day come last. `after` holds event ids.
void assignSequence(std::vector<Event>& events);

/// Rank of a part of day in a day: 0 for none, 1 morning … 5 night.
int partOfDayRank(const std::string& timeOfDay);

}  // namespace yeonpyo::extract
