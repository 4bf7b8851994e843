// Order links between the events of one article, from discourse cues (앞서, 이후, 뒤, 이어; before,
// after, then).
#pragma once

#include <vector>

#include "core/extract/events_p.h"
#include "core/extract/mentions_p.h"

namespace yeonpyo::extract {

/// Adds `after` links (as draft indices) between drafts, as the order cues of the body sentences
/// say. Korean cues point back to the event named just before them ("오찬 이후 … 만찬"), English
/// ones forward ("before heading to LG"); without such an event in the sentence they refer to the
/// previous event of the discourse ("이에 앞서", "He will then …"). Links that would form a cycle
/// are left out.
void linkByCues(const std::vector<Mention>& mentions, std::vector<DraftEvent>& drafts,
                const ArticleContext& context);

/// An event with no part of day that comes before a noon event of the same day happened in the
/// morning; records that in its derivation.
void inferPartsOfDay(std::vector<DraftEvent>& drafts);

}  // namespace yeonpyo::extract
