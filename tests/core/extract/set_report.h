// The report of a scored set: which articles were skipped and why, the tables overall, per
// language, per outlet and per kind of story, and optionally every article's misses.
#pragma once

#include <ostream>
#include <vector>

#include "real_set.h"
#include "scoring.h"

namespace yeonpyo::testing {

/// The scores of the scored articles, grouped as "ko", "outlet:YTN", "story:state-visit" ….
Scoreboard scoreboardOf(const std::vector<ScoredArticle>& articles);

/// Markdown: skipped articles, then the three tables; with `misses`, each article's F1 and its
/// problems (missed and spurious events, wrong fields).
void printSetReport(const std::vector<ScoredArticle>& articles, bool misses, std::ostream& out);

}  // namespace yeonpyo::testing
