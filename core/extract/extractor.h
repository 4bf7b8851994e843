// Event extraction: one article's text → the dated, placed events it reports, with their quotes and
// order.
#pragma once

#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/model/article.h"
#include "core/model/event.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::extract {

/// Finds the events an article reports. Events get provisional ids 1..n in timeline order
/// (sequence equals id), `after` refers to those ids, and quotes point into article.text
/// (code points) with articleId = article.id. The reference gives the publication date and
/// time zone that relative dates ("28일", "Thursday") resolve against; without a date, values
/// stay underspecified. Language is article.lang ("ko"/"en"), guessed from the text when empty.
std::vector<Event> extract(const Article& article, const temporal::Reference& reference,
                           const lexicon::Lexicon& lexicon);

}  // namespace yeonpyo::extract
