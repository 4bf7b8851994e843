// Quotes of events: the sentences that state them, and direct quotations attributed to their
// speakers.
#pragma once

#include <cstdint>
#include <vector>

#include "core/extract/events_p.h"

namespace yeonpyo::extract {

/// Gives every draft the sentences of its mentions as quotes, then attaches each direct quotation
/// of the body to the event it was said at: one named in its sentence, else the event the speaker's
/// previous quotation went to, else the latest earlier event the speaker took part in. The speaker
/// is the person named in the quotation's sentence (or the one of the sentence before, for a
/// continued quotation).
void attachQuotes(std::vector<DraftEvent>& drafts, const std::vector<Mention>& mentions,
                  const ArticleContext& context, std::int64_t articleId);

}  // namespace yeonpyo::extract
