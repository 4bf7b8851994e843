// The English recognizer: at each anchor word or number it reads components joined by spaces,
// commas, "at", "on" or "of" ("Wednesday, Feb. 28, 2024, at 3 p.m. KST", "the morning of Feb. 28",
// "the first half of next year"), then ranges ("Feb. 27 to 29", "2-4 p.m.").
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/temporal/draft_p.h"
#include "core/temporal/english_words_p.h"
#include "core/temporal/numerals_p.h"
#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {

class EnglishParser {
public:
    explicit EnglishParser(const Scan& text) : text_(text) {}

    /// Every expression of the text, in order, not overlapping.
    std::vector<Candidate> findAll() const;

private:
    std::optional<Candidate> parseAt(int pos) const;
    /// A cheap test before a full parse: after a common word ("the", "a", "at", "this"), the next
    /// word must be able to continue a time expression ("the next day", "a week", "at 3").
    bool continues(const EnglishWord& entry, int end) const;
    /// Components from pos on, with connectors between them; returns the end or -1.
    int chain(int pos, Draft& draft) const;
    /// The first component that reads at pos; -1 when none does. A prefix (early, around) sets
    /// needsMore: a component must follow it.
    int component(int pos, Draft& draft, bool& needsMore) const;
    int range(int end, Candidate& candidate) const;

    // english_dates.cpp
    int monthDate(int pos, Draft& draft) const;
    int dayMonth(int pos, Draft& draft) const;
    int weekday(int pos, Draft& draft) const;
    int year(int pos, Draft& draft) const;
    int numericDate(int pos, Draft& draft) const;
    /// After "the": "nineties" (199), "20th century" (19).
    int centuryOrDecadeWord(int pos, Draft& draft) const;
    /// True when a unit of time (days, years, …) starts at pos.
    bool unitFollows(int pos) const;
    /// A year between a determiner or possessive and a noun ("its 1990 invasion").
    bool qualifiesNoun(int pos, const NumberMatch& number) const;
    int decade(int pos, Draft& draft) const;

    // english_relative.cpp
    int relativeDay(int pos, Draft& draft) const;
    int contextPhrase(int pos, Draft& draft) const;
    int cycle(int pos, Draft& draft) const;
    /// After "the past", "the last", "the next": a measured stretch ("two years": a duration) or
    /// an open one ("several quarters", "years": the past or the future).
    int periodSpan(int pos, bool future, Draft& draft) const;
    int partOfYear(int pos, Draft& draft) const;
    /// After "fall" or "spring" (a season or a noun): nothing, or a word that may end a season
    /// ("the fall, when", "the spring of 1990"), not "the fall in prices", "the spring of its
    /// step".
    bool seasonMayEnd(int end) const;
    /// "year-earlier", "the year-ago quarter", "the year-earlier period".
    int yearEarlier(int pos, Draft& draft) const;
    int periodModifier(int pos, Draft& draft) const;

    // english_clock.cpp
    int partOfDay(int pos, Draft& draft) const;
    int clock(int pos, Draft& draft) const;
    int zone(int pos, Draft& draft) const;

    // english_amounts.cpp
    int amount(int pos, Draft& draft) const;
    int lexical(int pos, Draft& draft) const;
    /// A lowercase word that is no preposition or conjunction follows the word ending at end.
    bool nounFollows(int end) const;
    /// At pos, after "quarter(s)": no "of", or "of" a time ("of a century", "of 1990"), not a
    /// share of something ("of its food").
    bool fractionOfTime(int pos) const;
    /// End of a bare plural unit after in, for, within or over ("for the first time in years",
    /// "within weeks"), an unmeasured duration; -1 otherwise.
    int unmeasured(int pos, const EnglishWord* word, int end) const;

    /// True when a weekday, month or relative day name starts at pos.
    bool namesDay(int pos) const;
    /// The word before pos (lowercase), skipping spaces and an opening parenthesis.
    AsciiWord previousWord(int pos) const;
    /// End of a phrase (lowercase; ' also matches ’) spelled at pos, or -1.
    int phrase(int pos, std::string_view lower) const;
    /// The entry of the word that starts at pos, or nullptr; end receives the word's end.
    const EnglishWord* wordAt(int pos, int& end) const;

    const Scan& text_;
    /// The last word looked up: the component readers ask for the same word many times.
    struct LookedUp {
        int pos = -1;
        int end = 0;
        const EnglishWord* entry = nullptr;
    };
    mutable LookedUp lookedUp_;
};

}  // namespace yeonpyo::temporal
