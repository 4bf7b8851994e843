// Tagger: recognizes the expressions of a text, then resolves them in order while the discourse
// context (the last mentioned date) moves on with every new date.
#include "core/temporal/english_parser_p.h"
#include "core/temporal/korean_parser_p.h"
#include "core/temporal/resolver_p.h"
#include "core/temporal/temporal.h"
#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {
namespace {

/// The last mentioned date and year, for "같은 날", "that evening", "이듬해", and the story's day,
/// for "이날".
struct Discourse {
    std::optional<PartialDate> lastDay;
    std::optional<int> lastYear;
    std::optional<PartialDate> storyDay;
    std::optional<YearQuarter> lastQuarter;

    void moveOn(const Resolution& resolution) {
        if (resolution.movesContext && resolution.day && resolution.day->day) {
            lastDay = resolution.day;
            if (!resolution.looksBack)
                storyDay = resolution.day;
        }
        if (resolution.countedYears)
            return;  // "a year earlier" looks back from the story's period without moving it
        if (resolution.year)
            lastYear = resolution.year;
        if (resolution.quarter)
            lastQuarter = resolution.quarter;
        else if (resolution.day || resolution.value.size() == 7)
            lastQuarter.reset();  // a day or a month: the text no longer counts in quarters
    }
};

/// A date the words leave open in direction, which the tense settles ("28일", "Thursday", "3월").
bool needsTense(const Draft& draft) {
    const DateDraft& date = draft.date;
    if (draft.type != DraftType::Point || date.direction != Direction::None)
        return false;
    if (date.year || date.yearShift.set || date.dayShift.set || date.monthShift.set ||
        date.weekShift.set) {
        return false;
    }
    return date.day || date.month || date.weekday || date.holiday || date.quarter || date.half ||
           date.season != Season::None || date.weekend;
}

/// A sentence or line ends in [from, to) of the text.
bool endsSentenceBetween(const Scan& text, int from, int to) {
    for (int pos = from; pos < to; ++pos) {
        const char32_t c = text[pos];
        if (c == U'.' || c == U'?' || c == U'!' || c == U'\n' || c == U'。')
            return true;
    }
    return false;
}

std::vector<Candidate> recognize(Language language, const Scan& text) {
    return language == Language::Korean ? KoreanParser(text).findAll()
                                        : EnglishParser(text).findAll();
}

TimeExpression expressionOf(const Candidate& candidate, const Resolution& resolution,
                            ByteCursor& bytes, std::string_view utf8, std::string_view language) {
    TimeExpression expression;
    expression.begin = candidate.begin;
    expression.end = candidate.end;
    expression.byteBegin = bytes.byteOffset(candidate.begin);
    if (candidate.lastBegin > 0 && candidate.rangeEnd) {
        expression.firstEnd = candidate.firstEnd;
        expression.lastBegin = candidate.lastBegin;
        expression.firstByteEnd = bytes.byteOffset(candidate.firstEnd);
        expression.lastByteBegin = bytes.byteOffset(candidate.lastBegin);
    }
    expression.byteEnd = bytes.byteOffset(candidate.end);
    expression.text =
        std::string(utf8.substr(expression.byteBegin, expression.byteEnd - expression.byteBegin));
    expression.kind = resolution.kind;
    expression.value = resolution.value;
    expression.endValue = resolution.endValue;
    expression.timeOfDay = resolution.timeOfDay;
    expression.rule = candidate.draft.ruleName(language);
    expression.derivation = resolution.derivation;
    expression.mod = std::string(modName(resolution.mod));
    expression.timeZone = std::string(candidate.draft.zone);
    expression.anchor = resolution.anchor;
    return expression;
}

}  // namespace

Tagger::Tagger(Language language, Reference reference)
    : language_(language), reference_(std::move(reference)) {}

std::vector<TimeExpression> Tagger::tag(std::string_view utf8Text) const {
    const std::u32string decoded = decodeUtf8(utf8Text);
    const Scan text(decoded);
    ByteCursor bytes(utf8Text);
    const std::string_view language = language_ == Language::Korean ? "ko" : "en";
    Discourse discourse;
    const std::vector<Candidate> candidates = recognize(language_, text);
    std::vector<TimeExpression> found;
    found.reserve(candidates.size());
    int lastEnd = -1;  // where the last resolved expression ends
    for (const Candidate& candidate : candidates) {
        ResolveContext context{reference_.date,    discourse.lastDay,    {}, discourse.lastYear, {},
                               discourse.storyDay, discourse.lastQuarter};
        if (lastEnd >= 0 && !endsSentenceBetween(text, lastEnd, candidate.begin))
            context.sentenceDay = discourse.lastDay;
        if (needsTense(candidate.draft)) {
            context.tense = language_ == Language::Korean
                                ? koreanTense(text, candidate.end)
                                : englishTense(text, candidate.begin, candidate.end);
        }
        Resolution resolution = resolve(candidate.draft, context);
        if (!resolution.valid)
            continue;
        if (candidate.rangeEnd) {
            const Resolution last = resolveRangeEnd(*candidate.rangeEnd, resolution, context);
            if (!last.valid)
                continue;
            resolution.kind = ExpressionKind::Range;
            resolution.endValue = last.value;
            resolution.derivation += "; until " + last.value + " (" + last.derivation + ")";
            discourse.moveOn(resolution);
            discourse.moveOn(last);
        } else {
            discourse.moveOn(resolution);
        }
        found.push_back(expressionOf(candidate, resolution, bytes, utf8Text, language));
        lastEnd = candidate.end;
    }
    return found;
}

}  // namespace yeonpyo::temporal
