// Umbrella events: "12일 울산을 찾아 …" sums up a day whose stops the article then names one by
// one; "정상들이 오늘 부산에서 만나 …" sums up the meeting it then places at a venue.
#pragma once

#include <vector>

#include "core/extract/events_p.h"
#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {

/// Drops visits to a city, region or country on a day when other events of that day took place
/// inside it (or, other than visits, in it): such a visit is the summary of those stops, not a
/// stop of its own. Likewise a meeting
/// or meal in a city, region or country when one of the same kind that day, at a part of it and at
/// no other part of the day, has all its people. Mentions of a dropped event are detached
/// (event -1) and the other mentions renumbered.
void dropUmbrellaVisits(std::vector<DraftEvent>& drafts, std::vector<Mention>& mentions,
                        const lexicon::Lexicon& lexicon);

}  // namespace yeonpyo::extract
