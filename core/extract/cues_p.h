// The cue words of one article (status, order, press, habit, same place) and its direct quotations,
// indexed for the mention finder.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/extract/mentions_p.h"
#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {

/// A byte range [begin, end) of the article text.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
};

/// A cue word found in the text.
struct CueHit {
    std::size_t begin = 0;
    std::size_t end = 0;
    lexicon::CueKind kind = lexicon::CueKind::Planned;
    int count = 0;  ///< Group cues: how many people; 0 when unsaid.
};

/// True for cues that order events: before, after, before-previous, after-previous.
bool isOrderCue(lexicon::CueKind kind);

/// Whether a cue word (found with any ending) stands as the language needs: an English one ends its
/// word; a Korean one may take any ending, or only particles when particlesOnly ("이후에는").
bool cueWordStands(std::string_view text, const lexicon::PhraseMatch& hit, bool korean,
                   bool particlesOnly);

/// Where the cues and quotations of an article are, and questions about a range of it.
class ArticleCues {
public:
    /// Reads the context's cue words of its language, quotations and time expressions.
    ArticleCues(const ArticleContext& context, const lexicon::Lexicon& lexicon);

    bool insideQuotation(std::size_t pos) const;
    /// A cue of that kind starts in range, outside quotations.
    bool has(TextRange range, lexicon::CueKind kind) const;
    /// The last order cue that starts in range, if any.
    std::optional<CueHit> lastOrderCue(TextRange range) const;
    /// The number of people of the last group cue in range ("세 정상은": 3; 0 when the words do not
    /// say), outside quotations; none without one.
    std::optional<int> groupIn(TextRange range) const;
    /// A cue other than a status or press word starts in range ("이어", "then", "같은 장소").
    bool hasNonStatusCue(TextRange range) const;
    /// The kind of the before or after cue whose object the trigger [begin, wordEnd) is (wordEnd:
    /// the end of its word): Korean "회담 뒤", "훈련을 마친 뒤", "정상회의에 앞서"; English
    /// "after the talks", "After the summit", "ahead of the morning session" (a few words between
    /// at most).
    std::optional<lexicon::CueKind> orderCueGoverning(std::size_t begin, std::size_t wordEnd) const;
    /// A light verb carries the activity noun [begin, end) (wordEnd: the end of its word): Korean
    /// "대담을 진행한다", "행사가 열린다", "면담한다" (the verb is the next word, or 하다 fused to
    /// the noun); English "will attend a reception", "is scheduled to address", "held a rally" (a
    /// light verb or a plan cue a few words before).
    bool carriedByLightVerb(std::size_t begin, std::size_t wordEnd) const;

private:
    /// The words are a light verb of the article's language (lexicon.lightVerbs).
    bool isLightVerb(std::string_view words) const;
    /// The first cue that starts at or after pos.
    std::vector<CueHit>::const_iterator firstFrom(std::size_t pos) const;
    bool insideTime(std::size_t pos) const;

    std::string_view text_;
    std::string lang_;
    bool korean_;
    const lexicon::Table<lexicon::Cue>* lightVerbs_;
    std::vector<CueHit> cues_;  ///< In text order.
    std::vector<TextRange> quotations_;
    std::vector<TextRange> times_;  ///< Time expressions: "the following day" orders nothing.
};

}  // namespace yeonpyo::extract
