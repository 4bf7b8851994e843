// Which trigger words of a sentence name an event: not inside quotations or names, not habits or
// talks with the press, one per run of adjacent triggers ("만찬 회동").
#pragma once

#include <vector>

#include "core/extract/cues_p.h"
#include "core/extract/mentions_p.h"
#include "core/lexicon/phrase_matcher.h"

namespace yeonpyo::extract {

class TriggerFilter {
public:
    /// Finds the article's trigger words.
    TriggerFilter(const ArticleContext& context, const ArticleCues& cues);

    /// The accepted triggers of a sentence, in text order.
    std::vector<const lexicon::PhraseMatch*> in(TextRange sentence) const;
    /// The lexicon entry a trigger match stands for.
    const lexicon::Trigger& entryOf(const lexicon::PhraseMatch& match) const {
        return lexicon_.triggers.entries[static_cast<std::size_t>(match.payloads.front())];
    }

private:
    bool accepted(const lexicon::PhraseMatch& match, TextRange sentence) const;
    /// A weak visit verb carries the activity noun a few lowercase words after it ("attended a
    /// business forum luncheon", "will attend a state banquet"): the two name one event.
    bool carriesNoun(const lexicon::PhraseMatch& verb, const lexicon::PhraseMatch& noun) const;
    /// The trigger is part of a place, organisation or person's name ("경기장", "LG전자").
    bool overlapsName(const lexicon::PhraseMatch& trigger) const;

    const ArticleContext& context_;
    const lexicon::Lexicon& lexicon_;
    const ArticleCues& cues_;
    bool korean_;
    const std::vector<lexicon::PhraseMatch>& triggers_;  ///< In text order.
    std::size_t longestName_ = 0;                        ///< Bytes of the longest name in the text.
};

}  // namespace yeonpyo::extract
