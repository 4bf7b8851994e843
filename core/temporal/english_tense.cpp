// English tense around a time expression: the nearest future or past marker in the same clause.
#include <algorithm>
#include <optional>
#include <string_view>

#include "core/temporal/tense_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr int kReach = 100;  // code points on each side

constexpr std::string_view kFutureWords[] = {
    "will",  "shall", "scheduled", "expected", "plans",  "plan",    "planned", "planning",
    "going", "would", "upcoming",  "due",      "slated", "intends", "aims",
};
constexpr std::string_view kPastWords[] = {
    "was",     "were",       "had",      "did",     "ago",     "met",   "held",   "went",
    "came",    "left",       "took",     "gave",    "made",    "spoke", "saw",    "began",
    "ate",     "sat",        "flew",     "ran",     "won",     "lost",  "paid",   "sent",
    "brought", "bought",     "thought",  "found",   "kept",    "led",   "rose",   "fell",
    "stood",   "wrote",      "chose",    "drove",   "became",  "got",   "heard",  "knew",
    "meant",   "broke",      "grew",     "hit",     "put",     "set",   "sought", "struck",
    "taught",  "understood", "withdrew", "arrived", "visited",
};
constexpr std::string_view kReportingWords[] = {"said", "told", "says", "according"};
// Words ending in -ed that are no past tense verbs.
constexpr std::string_view kNotPast[] = {"need",    "feed",   "seed",   "speed", "indeed",
                                         "hundred", "united", "red",    "bed",   "shed",
                                         "proceed", "exceed", "succeed"};

enum class Marker { None, Future, Past, Reporting };

template <std::size_t N>
bool contains(const std::string_view (&words)[N], std::string_view word) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

Marker classify(std::string_view word, char32_t before) {
    if (before == U'\'')
        return word == "ll" ? Marker::Future : Marker::None;
    if (contains(kFutureWords, word))
        return Marker::Future;
    if (contains(kReportingWords, word))
        return Marker::Reporting;
    if (contains(kPastWords, word))
        return Marker::Past;
    if (word.size() >= 4 && word.ends_with("ed") && !contains(kNotPast, word))
        return Marker::Past;
    return Marker::None;
}

/// A sentence or clause boundary: commas, semicolons, line breaks and sentence ends (a full stop
/// after a short capitalised abbreviation such as "Feb." or "Mr." is none).
bool isBoundary(const Scan& text, int at) {
    const char32_t c = text[at];
    if (c == U',' || c == U';' || c == U'\n' || c == U'?' || c == U'!' || c == U'"' ||
        c == 0x201C || c == 0x201D) {
        return true;
    }
    if (c != U'.')
        return false;
    int start = at;
    while (isAsciiLetter(text[start - 1]))
        --start;
    const bool abbreviation = at - start <= 4 && isAsciiUpper(text[start]);
    return !abbreviation && !isDigit(text[at + 1]);
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
        const Marker marker = classify(word.lower(), text[at - 1]);
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
