// The English recognizer's scan, component chain with connectors, and ranges.
#include "core/temporal/english_parser_p.h"

#include "core/temporal/numerals_p.h"
#include "core/temporal/numeric_dates_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr std::string_view kConnectors[] = {"at", "on", "of"};
constexpr std::string_view kRangeWords[] = {"to", "through", "thru", "until", "till"};
constexpr std::string_view kApproxPrefixes[] = {"around", "about", "approximately", "roughly",
                                                "circa"};
// Words that may follow a common anchor word ("the", "a", "at", "more", "early" …) in a time
// expression; after any other word the anchor is not worth a full parse.
constexpr std::string_view kFollowers[] = {
    "than",         "least",    "same",      "next",    "following",  "previous",  "past",
    "last",         "end",      "beginning", "start",   "middle",     "future",    "day",
    "coming",       "couple",   "dozen",     "few",     "half",       "of",        "that",
    "the",          "present",  "days",      "new",     "lunar",      "year's",    "latest",
    "year-earlier", "year-ago", "fiscal",    "near",    "short",      "long",      "current",
    "twenties",     "thirties", "forties",   "fifties", "sixties",    "seventies", "eighties",
    "nineties",     "early",    "late",      "later",   "additional", "extra",     "more",
    "full",
};

bool isPoint(const Draft& draft) {
    return draft.type == DraftType::Point &&
           (draft.date.hasCalendarField() || draft.clock.hour >= 0 ||
            draft.clock.part != PartOfDay::None || draft.clock.meridiem != Meridiem::None);
}

bool isApostrophe(char32_t c) {
    return c == U'\'' || c == 0x2019;
}

template <std::size_t N>
bool isOneOf(std::string_view word, const std::string_view (&words)[N]) {
    for (const auto candidate : words) {
        if (candidate == word)
            return true;
    }
    return false;
}

}  // namespace

std::vector<Candidate> EnglishParser::findAll() const {
    std::vector<Candidate> found;
    found.reserve(static_cast<std::size_t>(text_.size() / 64));
    for (int pos = 0; pos < text_.size();) {
        const char32_t c = text_[pos];
        int next = pos + 1;
        bool anchor = false;
        if (isDigit(c)) {
            anchor = numberMayStartAt(text_, pos);
        } else if (isAsciiLetter(c)) {
            const AsciiWord word = readAsciiWord(text_, pos);
            next = word.end > pos ? word.end : text_.latinRunEnd(pos);
            const char32_t before = text_[pos - 1];
            const bool code = (c == U'Q' || c == U'H') && isDigit(text_[pos + 1]);  // Q3, H2
            const EnglishWord* entry = word.length > 0 ? englishWord(word.lower()) : nullptr;
            anchor = !isDigit(before) && !isApostrophe(before) &&
                     (code || (entry && continues(*entry, word.end)));
        } else if (isApostrophe(c)) {
            anchor = isDigit(text_[pos + 1]) && isDigit(text_[pos + 2]) && text_[pos + 3] == U's';
        }
        if (anchor) {
            if (auto candidate = parseAt(pos)) {
                pos = candidate->end;
                found.push_back(std::move(*candidate));
                continue;
            }
        }
        pos = next;
    }
    return found;
}

bool EnglishParser::continues(const EnglishWord& entry, int end) const {
    if (entry.kind != EnglishWordKind::Other && entry.kind != EnglishWordKind::Cycle)
        return true;
    const int next = text_.skipSpaces(end, 2);
    const char32_t c = text_[next];
    if (next == end && c != U'-')
        return false;
    if (c == U'-' || isDigit(c) || isApostrophe(c))
        return true;
    const AsciiWord word = readAsciiWord(text_, next);
    if (word.length == 0)
        return false;
    const EnglishWord* following = englishWord(word.lower());
    if (following && following->kind != EnglishWordKind::Other)
        return true;
    if (isOneOf(word.lower(), kFollowers))
        return true;
    if (!following)  // every word a number may start with is in the table
        return phrase(next, "and a half") > 0;
    return readEnglishCardinal(text_, next).has_value() ||
           readEnglishOrdinal(text_, next).has_value();
}

std::optional<Candidate> EnglishParser::parseAt(int pos) const {
    Draft draft;
    const int end = chain(pos, draft);
    if (end < 0)
        return std::nullopt;
    if (draft.type == DraftType::Point && !isPoint(draft))
        return std::nullopt;
    const int zoned = draft.type == DraftType::Point ? zone(end, draft) : -1;
    Candidate candidate{pos, zoned >= 0 ? zoned : end, draft, std::nullopt};
    if (draft.rangeLast) {
        Draft last = draft;
        last.rangeLast = 0;
        if (draft.rangeUnit == Unit::Hour)
            last.clock.hour = draft.rangeLast;
        else
            last.date.day = draft.rangeLast;
        candidate.rangeEnd = last;
        candidate.draft.rangeLast = 0;
    }
    candidate.end = range(candidate.end, candidate);
    return candidate;
}

int EnglishParser::chain(int pos, Draft& draft) const {
    bool needsMore = false;
    Draft working = draft;
    int end = component(pos, working, needsMore);
    if (end < 0)
        return -1;
    int validEnd = needsMore ? -1 : end;
    if (!needsMore)
        draft = working;
    while (working.type == DraftType::Point || needsMore) {
        int targets[3];
        int count = 0;
        int spaced = text_.skipSpaces(end, 2);
        if (text_[end - 1] == U'.' && isAsciiUpper(text_[spaced]) && !namesDay(spaced))
            break;  // "… at 11:30 a.m. On May 10": a new sentence; "10 p.m. Wednesday" goes on
        if (isApostrophe(text_[end]) && text_[end + 1] == U's' && isSpace(text_[end + 2]))
            spaced = text_.skipSpaces(end + 2, 1);  // "this year's third quarter"
        const AsciiWord connector = readAsciiWord(text_, spaced);
        if (spaced > end && !isAsciiUpper(text_[spaced]) &&
            isOneOf(connector.lower(), kConnectors) && isSpace(text_[connector.end])) {
            targets[count++] = text_.skipSpaces(connector.end, 2);
        }
        if (text_[end] == U',')
            targets[count++] = text_.skipSpaces(end + 1, 2);
        if (spaced > end || needsMore)
            targets[count++] = spaced;
        bool moved = false;
        for (int i = 0; i < count && !moved; ++i) {
            Draft trial = working;
            bool more = false;
            const int next = component(targets[i], trial, more);
            if (next < 0)
                continue;
            working = trial;
            end = next;
            needsMore = more;
            moved = true;
        }
        if (!moved)
            break;
        if (!needsMore) {
            validEnd = end;
            draft = working;
        }
    }
    return validEnd;
}

int EnglishParser::component(int pos, Draft& draft, bool& needsMore) const {
    needsMore = false;
    const char32_t c = text_[pos];
    if (isDigit(c)) {
        for (auto reader :
             {&EnglishParser::numericDate, &EnglishParser::clock, &EnglishParser::dayMonth,
              &EnglishParser::decade, &EnglishParser::year, &EnglishParser::amount}) {
            if (const int end = (this->*reader)(pos, draft); end >= 0)
                return end;
        }
        return -1;
    }
    if (isApostrophe(c))
        return decade(pos, draft);
    if (!isAsciiLetter(c))
        return -1;
    for (auto reader :
         {&EnglishParser::relativeDay, &EnglishParser::contextPhrase, &EnglishParser::monthDate,
          &EnglishParser::weekday, &EnglishParser::yearEarlier, &EnglishParser::cycle,
          &EnglishParser::partOfYear, &EnglishParser::partOfDay, &EnglishParser::clock,
          &EnglishParser::lexical, &EnglishParser::amount, &EnglishParser::dayMonth,
          &EnglishParser::decade, &EnglishParser::year}) {
        if (const int end = (this->*reader)(pos, draft); end >= 0)
            return end;
    }
    if (const int end = periodModifier(pos, draft); end >= 0) {
        needsMore = true;
        return end;
    }
    const AsciiWord word = readAsciiWord(text_, pos);
    if (isOneOf(word.lower(), kApproxPrefixes) && draft.mod == Mod::None && draft.ruleCount == 0) {
        draft.mod = Mod::Approx;
        needsMore = true;
        return word.end;
    }
    return -1;
}

int EnglishParser::range(int end, Candidate& candidate) const {
    const Draft& first = candidate.draft;
    if (candidate.rangeEnd || !isPoint(first))
        return end;
    const int at = text_.skipSpaces(end, 1);
    int next = -1;
    if (isRangeDash(text_[at])) {
        next = text_.skipSpaces(at + 1, 1);
    } else {
        const AsciiWord word = readAsciiWord(text_, at);
        const bool between =
            word.lower() == "and" && previousWord(candidate.begin).lower() == "between";
        if (at > end && (isOneOf(word.lower(), kRangeWords) || between))
            next = text_.skipSpaces(word.end, 1);
    }
    if (next < 0)
        return end;
    Draft last;
    const int lastEnd = chain(next, last);
    if (lastEnd >= 0 && isPoint(last) && !last.rangeLast) {
        inheritMeridiem(first, last);
        candidate.rangeEnd = last;
        candidate.firstEnd = end;
        candidate.lastBegin = next;
        return lastEnd;
    }
    // A bare number ends the range in the start's finest field: "Feb. 27 to 29", "7 p.m. to 9".
    const auto number = readDigits(text_, next);
    if (!number || isAsciiLetter(text_[number->end]) || isDigit(text_[number->end]) ||
        text_[number->end] == U':')
        return end;
    Draft lastOne = first;
    lastOne.rangeLast = 0;
    if (first.clock.hour >= 0 && number->value <= 12) {
        lastOne.clock.hour = number->value;
        lastOne.clock.minute = 0;
    } else if (first.date.day && first.clock.hour < 0 && number->value > first.date.day &&
               number->value <= 31) {
        lastOne.date.day = number->value;
    } else {
        return end;
    }
    candidate.rangeEnd = lastOne;
    return number->end;
}

bool EnglishParser::namesDay(int pos) const {
    int end = 0;
    const EnglishWord* word = wordAt(pos, end);
    return word &&
           (word->kind == EnglishWordKind::Weekday || word->kind == EnglishWordKind::Month ||
            word->kind == EnglishWordKind::RelativeDay);
}

AsciiWord EnglishParser::previousWord(int pos) const {
    int at = pos - 1;
    while (at >= 0 && (isSpace(text_[at]) || text_[at] == U'('))
        --at;
    int start = at;
    while (start > 0 && isAsciiLetter(text_[start - 1]))
        --start;
    if (at < 0 || !isAsciiLetter(text_[at]))
        return AsciiWord{};
    return readAsciiWord(text_, start);
}

int EnglishParser::phrase(int pos, std::string_view lower) const {
    int at = pos;
    for (const char expected : lower) {
        const char32_t actual = text_[at];
        if (expected == ' ') {
            if (!isSpace(actual))
                return -1;
            at = text_.skipSpaces(at, 3);
            continue;
        }
        const bool same = expected == '\'' ? isApostrophe(actual)
                                           : asciiLower(actual) == static_cast<char32_t>(expected);
        if (!same)
            return -1;
        ++at;
    }
    return isAsciiLetter(text_[at]) || isDigit(text_[at]) ? -1 : at;
}

const EnglishWord* EnglishParser::wordAt(int pos, int& end) const {
    if (pos != lookedUp_.pos) {
        const AsciiWord word = readAsciiWord(text_, pos);
        const bool starts = word.length > 0 && !isAsciiLetter(text_[pos - 1]);
        lookedUp_ = {pos, word.end, starts ? englishWord(word.lower()) : nullptr};
    }
    end = lookedUp_.end;
    return lookedUp_.entry;
}

}  // namespace yeonpyo::temporal
