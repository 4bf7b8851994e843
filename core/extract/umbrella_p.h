// Umbrella visits: "12일 울산을 찾아 …" sums up a day whose stops the article then names one by
// one.
#pragma once

#include <vector>

#include "core/extract/events_p.h"
#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {

/// Drops visits to a city, region or country on a day when other events of that day took place
/// inside it: such a visit is the summary of those stops, not a stop of its own. Mentions of a
/// dropped visit are detached (event -1) and the other mentions renumbered.
void dropUmbrellaVisits(std::vector<DraftEvent>& drafts, std::vector<Mention>& mentions,
                        const lexicon::Lexicon& lexicon);

}  // namespace yeonpyo::extract
