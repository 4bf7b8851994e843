// English tense around a time expression: the nearest future or past marker in the same clause.
#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_set>

#include "core/temporal/tense_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr int kReach = 100;  // code points on each side

constexpr std::string_view kFutureWords[] = {
    "will",  "shall", "scheduled", "expected", "plans",  "plan",    "planned", "planning",
    "going", "would", "upcoming",  "due",      "slated", "intends", "aims",
};
// Words before a verb form that make it a noun or an adjective ("the plan", "the reduced
// dividend").
constexpr std::string_view kDeterminers[] = {"the",  "a",     "an",    "its",   "his",
                                             "her",  "their", "our",   "my",    "your",
                                             "this", "that",  "these", "those", "newly"};
// Words before an -ed form that make it a passive or infinitive participle ("will be named",
// "can be exercised"): no past tense of its own ("has fluctuated" still is one).
constexpr std::string_view kAuxiliaries[] = {"be", "been", "being", "is", "are", "am", "to"};
constexpr std::string_view kPastWords[] = {
    "was",     "were",       "had",      "did",     "ago",     "met",   "held",   "went",
    "came",    "left",       "took",     "gave",    "made",    "spoke", "saw",    "began",
    "ate",     "sat",        "flew",     "ran",     "won",     "lost",  "paid",   "sent",
    "brought", "bought",     "thought",  "found",   "kept",    "led",   "rose",   "fell",
    "stood",   "wrote",      "chose",    "drove",   "became",  "got",   "heard",  "knew",
    "meant",   "broke",      "grew",     "hit",     "put",     "set",   "sought", "struck",
    "taught",  "understood", "withdrew", "arrived", "visited",
};
// Words before a future word that make it a plan of the past ("had been scheduled to expire
// Friday", "as previously planned", "originally expected").
constexpr std::string_view kEarlierPlans[] = {"had", "previously", "originally", "as"};
constexpr std::string_view kReportingWords[] = {"said", "told", "says", "according"};
// Words ending in -ed that are no past tense verbs.
constexpr std::string_view kNotPast[] = {
    "need", "feed", "seed", "speed", "indeed", "hundred", "united", "red", "bed", "shed", "proceed",
    "exceed", "succeed",
    // adjectives news writes before a noun
    "unspecified", "undisclosed", "unnamed", "unidentified", "unexpected", "unprecedented",
    "unscheduled", "unannounced", "unconfirmed", "limited", "related", "based"};

enum class Marker { None, Future, Past, Reporting };

template <std::size_t N>
bool contains(const std::string_view (&words)[N], std::string_view word) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

Marker classify(std::string_view word, char32_t before, std::string_view previous,
                std::string_view beforePrevious, std::string_view next) {
    if (before == U'\'')
        return word == "ll" ? Marker::Future : Marker::None;
    if (word == "due" && next == "to")
        return Marker::None;  // "due to its loss": a cause
    if ((word == "set" || word == "is" || word == "are") && next == "to")
        return Marker::Future;  // "set to resume Monday", "is to resume trading Tuesday"
    if (contains(kDeterminers, previous) && word != "will" && word != "would")
        return Marker::None;
    if (contains(kFutureWords, word))
        return contains(kEarlierPlans, previous) ||
                       (previous == "been" && contains(kEarlierPlans, beforePrevious))
                   ? Marker::Past
                   : Marker::Future;
    if (contains(kReportingWords, word))
        return Marker::Reporting;
    const bool participle = contains(kAuxiliaries, previous);
    if (contains(kPastWords, word) && !participle)
        return Marker::Past;
    if (word.size() >= 4 && word.ends_with("ed") && !contains(kNotPast, word) && !participle)
        return Marker::Past;
    return Marker::None;
}

/// A sentence or clause boundary: semicolons, line breaks, quotation marks and sentence ends (a
/// full stop after a short capitalised abbreviation such as "Feb." or "Mr." is none). Commas are
/// none: lists and appositions ("chairman, president and chief executive in March") stay in the
/// clause.
bool isBoundary(const Scan& text, int at) {
    const char32_t c = text[at];
    if (c == U';' || c == U'\n' || c == U'?' || c == U'!' || c == U'"' || c == 0x201C ||
        c == 0x201D) {
        return true;
    }
    if (c != U'.')
        return false;
    int start = at;
    while (isAsciiLetter(text[start - 1]))
        --start;
    // "Feb.", "Mr.", and the dots of "a.m." and "p.m." ("at 10 p.m. Wednesday, he will …")
    const bool meridiem = at - start == 1 && (text[at - 2] == U'.' || text[at + 1] == U'm');
    const bool abbreviation = (at - start <= 4 && isAsciiUpper(text[start])) || meridiem;
    return !abbreviation && !isDigit(text[at + 1]);
}

/// False for a word that is no tense marker whatever surrounds it (most words): its neighbours
/// need not be read.
bool mayMark(std::string_view word, char32_t before) {
    static const std::unordered_set<std::string_view> markers = [] {
        std::unordered_set<std::string_view> words;
        for (const auto& list : {std::span<const std::string_view>(kFutureWords),
                                 std::span<const std::string_view>(kPastWords),
                                 std::span<const std::string_view>(kReportingWords)}) {
            words.insert(list.begin(), list.end());
        }
        words.insert({"set", "is", "are"});
        return words;
    }();
    if (before == U'\'')
        return word == "ll";
    return (word.size() >= 4 && word.ends_with("ed")) || markers.contains(word);
}

/// The word before the one at pos, lowercase (empty after punctuation).
AsciiWord wordBefore(const Scan& text, int pos) {
    int at = pos - 1;
    while (at >= 0 && isSpace(text[at]))
        --at;
    int start = at;
    while (start > 0 && isAsciiLetter(text[start - 1]))
        --start;
    if (at < 0 || !isAsciiLetter(text[at]))
        return AsciiWord{};
    return readAsciiWord(text, start);
}

struct Found {
    Marker marker = Marker::None;
    int distance = 0;
    std::string word;
};

/// Scans words from pos in direction step (+1 or -1) until a boundary; keeps the nearest marker
/// of each kind in found[].
void scan(const Scan& text, int pos, int step, Found (&found)[4]) {
    for (int at = pos, travelled = 0; at >= 0 && at < text.size() && travelled < kReach;
         at += step, ++travelled) {
        if (isBoundary(text, at))
            return;
        if (!isAsciiLetter(text[at]) || isAsciiLetter(text[at - 1]))
            continue;
        const AsciiWord word = readAsciiWord(text, at);
        if (!mayMark(word.lower(), text[at - 1]))
            continue;
        const AsciiWord previous = wordBefore(text, at);
        const AsciiWord beforePrevious =  // "had been scheduled"
            previous.lower() == "been" ? wordBefore(text, previous.end - previous.length)
                                       : AsciiWord{};
        const Marker marker =
            classify(word.lower(), text[at - 1], previous.lower(), beforePrevious.lower(),
                     readAsciiWord(text, text.skipSpaces(word.end, 1)).lower());
        auto& slot = found[static_cast<int>(marker)];
        if (marker != Marker::None && (slot.marker == Marker::None || travelled < slot.distance)) {
            slot = {marker, travelled, std::string(word.lower())};
        }
    }
}

/// The nearest future or past marker found, if any; reporting verbs count as past when asked.
std::optional<Tense> decide(const Found (&found)[4], bool reportingIsPast) {
    const Found& future = found[static_cast<int>(Marker::Future)];
    const Found& reporting = found[static_cast<int>(Marker::Reporting)];
    const Found& plainPast = found[static_cast<int>(Marker::Past)];
    const bool useReporting =
        reportingIsPast && reporting.marker != Marker::None && reporting.word != "says" &&
        (plainPast.marker == Marker::None || reporting.distance < plainPast.distance);
    const Found& past = useReporting ? reporting : plainPast;
    if (future.marker != Marker::None &&
        (past.marker == Marker::None || future.distance <= past.distance)) {
        return Tense{TenseKind::Future, future.word == "ll" ? "'ll" : future.word};
    }
    if (past.marker != Marker::None)
        return Tense{TenseKind::Past, past.word};
    return std::nullopt;
}

}  // namespace

Tense englishTense(const Scan& text, int begin, int end) {
    // English verbs usually come before their time adverbials: look back first, then ahead
    // ("On Thursday, he will leave": past the comma right after the expression).
    Found before[4];
    scan(text, begin - 1, -1, before);
    if (const auto tense = decide(before, true))
        return *tense;
    Found after[4];
    scan(text, text[end] == U',' ? end + 1 : end, 1, after);
    if (const auto tense = decide(after, false))
        return *tense;
    for (const Found* found : {&before[static_cast<int>(Marker::Reporting)],
                               &after[static_cast<int>(Marker::Reporting)]}) {
        if (found->marker != Marker::None && found->word != "says")
            return {TenseKind::Past, found->word};
    }
    return {};
}

}  // namespace yeonpyo::temporal
