// English relative components: yesterday/today/tomorrow, phrases anchored on the last mentioned
// date
// ("the next day", "later that day", "that evening"), cycles ("last month", "next year"), quarters
// and halves, and period modifiers ("early", "the end of", "mid-").
#include "core/temporal/english_parser_p.h"
#include "core/temporal/numerals_p.h"

namespace yeonpyo::temporal {
namespace {

struct ContextPattern {
    std::string_view text;
    int days;
};

// Longest first where one starts another.
constexpr ContextPattern kContextDays[] = {
    {"that same day", 0},     {"that day", 0},          {"the same day", 0},
    {"the next day", 1},      {"the following day", 1}, {"the day after", 1},
    {"the previous day", -1}, {"the day before", -1},
};

constexpr ContextPattern kContextParts[] = {
    {"that same", 0}, {"that", 0},          {"the same", 0},
    {"the next", 1},  {"the following", 1}, {"the previous", -1},
};

struct Modifier {
    std::string_view text;
    Mod mod;
};

constexpr Modifier kModifiers[] = {
    {"the end of", Mod::End},     {"end of", Mod::End},        {"the beginning of", Mod::Start},
    {"the start of", Mod::Start}, {"the middle of", Mod::Mid}, {"early", Mod::Start},
    {"late", Mod::End},           {"mid", Mod::Mid},           {"earlier", Mod::None},
    {"later", Mod::None},         {"the early", Mod::Start},   {"the late", Mod::End},
};

}  // namespace

int EnglishParser::relativeDay(int pos, Draft& draft) const {
    if (draft.date.hasCalendarField())
        return -1;
    if (const int end = phrase(pos, "the day before yesterday"); end > 0) {
        draft.date.dayShift = {true, -2, Base::Document};
        draft.addRule("relative-day");
        return end;
    }
    if (const int end = phrase(pos, "the day after tomorrow"); end > 0) {
        draft.date.dayShift = {true, 2, Base::Document};
        draft.addRule("relative-day");
        return end;
    }
    int end = 0;
    const EnglishWord* word = wordAt(pos, end);
    if (!word || word->kind != EnglishWordKind::RelativeDay)
        return -1;
    draft.date.dayShift = {true, word->value, Base::Document};
    if (phrase(pos, "tonight") > 0 && draft.clock.part == PartOfDay::None)
        draft.clock.part = PartOfDay::Night;
    draft.addRule("relative-day");
    return end;
}

int EnglishParser::contextPhrase(int pos, Draft& draft) const {
    if (draft.date.hasCalendarField())
        return -1;
    int at = pos;
    for (const std::string_view lead : {"later", "earlier"}) {
        if (const int end = phrase(pos, lead); end > 0)
            at = text_.skipSpaces(end, 1);
    }
    for (const auto& pattern : kContextDays) {
        if (const int end = phrase(at, pattern.text); end > 0) {
            draft.date.dayShift = {true, pattern.days, Base::Context};
            draft.addRule("anaphoric-day");
            return end;
        }
    }
    if (const int end = phrase(at, "the night before"); end > 0) {
        draft.date.dayShift = {true, -1, Base::Context};
        draft.clock.part = PartOfDay::Night;
        draft.addRule("anaphoric-day");
        return end;
    }
    for (const auto& pattern : kContextParts) {
        const int lead = phrase(at, pattern.text);
        if (lead < 0)
            continue;
        int end = 0;
        const EnglishWord* word = wordAt(text_.skipSpaces(lead, 1), end);
        if (!word || word->kind != EnglishWordKind::Part)
            continue;
        draft.date.dayShift = {true, pattern.days, Base::Context};
        draft.clock.part = static_cast<PartOfDay>(word->value);
        draft.addRule("anaphoric-day");
        return end;
    }
    return -1;
}

int EnglishParser::cycle(int pos, Draft& draft) const {
    if (const int end = phrase(pos, "year-end"); end > 0 && !draft.date.hasCalendarField()) {
        draft.date.yearShift = {true, 0, Base::Document};
        draft.mod = Mod::End;
        draft.addRule("part-of-year");
        return end;
    }
    int at = pos;
    const int article = phrase(pos, "the");
    if (article > 0)
        at = text_.skipSpaces(article, 1);
    if (article > 0) {  // "the full year", "the fiscal year": the year
        for (const std::string_view adjective : {"full", "fiscal"}) {
            if (const int after = phrase(at, adjective); after > 0)
                at = text_.skipSpaces(after, 1);
        }
    }
    int end = 0;
    const EnglishWord* lead = wordAt(at, end);
    const AsciiWord leadTextWord = readAsciiWord(text_, at);
    const std::string_view leadText = leadTextWord.lower();
    Shift shift{true, 0, Base::Document};
    bool span = false;         // "the past two years", "the next three months": a duration
    bool articleOnly = false;  // "the quarter", "the year": the one the story is in
    if (lead && lead->kind == EnglishWordKind::Season && (article > 0 || draft.mod != Mod::None) &&
        draft.date.season == Season::None && !draft.date.hasCalendarField()) {
        // "the summer", "(the) early summer", "the winter of 1994": placed by the tense; not
        // "the summer heat", nor "the fall in prices", "the spring of its step"
        const bool alsoNoun = lead->value == static_cast<int>(Season::Fall) ||
                              lead->value == static_cast<int>(Season::Spring);
        if (nounFollows(end) || (alsoNoun && !seasonMayEnd(end)))
            return -1;
        draft.date.season = static_cast<Season>(lead->value);
        draft.addRule("season");
        return end;
    }
    if (const int past = phrase(at, "this past"); past > 0 && article < 0) {
        const int seasonAt = text_.skipSpaces(past, 1);  // "this past spring": the last one
        const EnglishWord* season = wordAt(seasonAt, end);
        if (!season || season->kind != EnglishWordKind::Season)
            return -1;
        draft.date.season = static_cast<Season>(season->value);
        draft.date.direction = Direction::Past;
        draft.addRule("season");
        return end;
    }
    if (leadText == "same" || leadText == "latest") {
        shift.base = Base::Context;
        end = leadTextWord.end;
    } else if (leadText == "current") {  // "the current quarter", "current year"
        end = leadTextWord.end;
    } else if (!lead) {
        return -1;
    } else if (leadText == "past" || (article > 0 && (leadText == "last" || leadText == "next"))) {
        span = true;
    } else if (lead->kind == EnglishWordKind::Cycle) {
        shift = {true, lead->value, lead->base};
    } else if (article > 0 && lead->kind == EnglishWordKind::Unit) {
        end = at;
        articleOnly = draft.mod == Mod::None && previousWord(pos).lower() != "within";
        if (articleOnly)
            shift.base = Base::Context;
    } else {
        return -1;
    }
    at = text_.skipSpaces(end, 1);
    if (span)
        return periodSpan(at, leadText == "next", draft);
    if (const int fiscal = phrase(at, "fiscal"); fiscal > 0)
        at = text_.skipSpaces(fiscal, 1);  // "the current fiscal year"
    if (const int period = phrase(at, "period"); period > 0 && leadText == "latest") {
        draft.date.quarterShift = {true, 0, Base::Context};  // "the latest period" reported
        draft.addRule("quarter");
        return period;
    }
    const EnglishWord* unit = wordAt(at, end);
    if (!unit)
        return -1;
    const bool plural = text_[end - 1] == U's' && unit->kind == EnglishWordKind::Unit;
    if (plural && lead && lead->kind == EnglishWordKind::Cycle && shift.base == Base::Document &&
        shift.amount != 0) {
        // "coming quarters", "previous years": the future or the past, not one period
        draft.type = DraftType::Reference;
        draft.ref = shift.amount > 0 ? RefKind::Future : RefKind::Past;
        draft.addRule("vague-reference");
        return end;
    }
    DateDraft& date = draft.date;
    if (unit->kind == EnglishWordKind::Month && isAsciiUpper(text_[at]) && !date.month &&
        !articleOnly && article < 0 && shift.base == Base::Document) {
        date.month = unit->value;  // "last February", "this September", "next May"
        if (shift.amount == 0)
            date.yearShift = shift;
        else
            date.direction = shift.amount < 0 ? Direction::Past : Direction::Future;
        draft.addRule("month");
        return end;
    }
    if (unit->kind == EnglishWordKind::Season && date.season == Season::None && !articleOnly) {
        date.season = static_cast<Season>(unit->value);
        if (shift.amount == 0)
            date.yearShift = shift;
        else
            date.direction = shift.amount < 0 ? Direction::Past : Direction::Future;
        draft.addRule("season");
        return end;
    }
    if (plural && article > 0 && unit->value >= 0 && lead == unit) {
        if (const int ahead = phrase(text_.skipSpaces(end, 1), "ahead"); ahead > 0) {
            draft.type = DraftType::Duration;  // "the weeks ahead": some weeks from now
            draft.amount = {-1, static_cast<Unit>(unit->value)};
            draft.addRule("duration");
            return ahead;
        }
    }
    if (unit->kind != EnglishWordKind::Unit || plural)
        return -1;
    if (isAsciiUpper(text_[at]) && isAsciiUpper(text_[pos]) && pos > 0 &&
        (text_[pos - 1] == U'"' || text_[pos - 1] == 0x201C))
        return -1;  // "This Week" in quotation marks: a title
    const int unitValue = unit->value;
    if (articleOnly && unitValue == static_cast<int>(Unit::Year)) {
        const int next = text_.skipSpaces(end, 1);
        if (isDigit(text_[next]) || readEnglishCardinal(text_, next))
            return -1;  // "the year 2000", "the year two thousand"
        if (phrase(next, "ended") > 0 || phrase(next, "ending") > 0) {
            draft.type = DraftType::Duration;  // "the year ended Sept. 30": a fiscal year
            draft.amount = {1, Unit::Year};
            draft.addRule("duration");
            return end;
        }
    }
    if (unitValue == -1 && !date.weekend && !date.weekShift.set) {
        date.weekend = true;
        if (!articleOnly)
            date.weekShift = shift;
    } else if (unitValue == static_cast<int>(Unit::Week) && !date.weekShift.set) {
        date.weekShift = shift;
    } else if (unitValue == static_cast<int>(Unit::Month) && !date.monthShift.set && !date.month) {
        date.monthShift = shift;
    } else if (unitValue == static_cast<int>(Unit::Quarter) && !date.quarterShift.set &&
               !date.quarter) {
        date.quarterShift = shift;
        if (phrase(end, "-end") > 0 || phrase(end, "-ended") > 0)
            return -1;
    } else if (unitValue == static_cast<int>(Unit::Year) && !date.yearShift.set && !date.year) {
        date.yearShift = shift;
    } else {
        return -1;
    }
    if (text_[end] == U'-' && isAsciiLetter(text_[end + 1]))
        return -1;  // "this year-end", "last-quarter" adjectives read elsewhere
    draft.addRule("relative-period");
    return end;
}

bool EnglishParser::seasonMayEnd(int end) const {
    const int next = text_.skipSpaces(end, 1);
    const AsciiWord word = readAsciiWord(text_, next);
    if (word.length == 0)
        return true;
    if (word.lower() == "of") {  // "of 1994", "of '94", "of nineteen ninety-four"
        const int after = text_.skipSpaces(word.end, 1);
        return isDigit(text_[after]) || text_[after] == U'\'' || text_[after] == 0x2019 ||
               readEnglishCardinal(text_, after).has_value();
    }
    return word.lower() != "in" && word.lower() != "from" && word.lower() != "to" &&
           word.lower() != "by";
}

int EnglishParser::periodSpan(int at, bool future, Draft& draft) const {
    auto count = readEnglishCardinal(text_, at);
    if (const int couple = phrase(at, "couple of"); couple > 0)  // "the next couple of years"
        count = NumberMatch{2, couple, 0};
    if (count)
        at = text_.skipSpaces(count->end, 1);
    int end = 0;
    const EnglishWord* unit = wordAt(at, end);
    if (!unit || unit->kind != EnglishWordKind::Unit || unit->value < 0)
        return -1;
    const bool plural = text_[end - 1] == U's';
    if (!count && plural) {  // "past years", "the last months": the past, unmeasured
        draft.type = DraftType::Reference;
        draft.ref = future ? RefKind::Future : RefKind::Past;
        draft.addRule("vague-reference");
        return end;
    }
    draft.type = DraftType::Duration;
    draft.amount = {count ? count->value : 1, static_cast<Unit>(unit->value)};
    draft.addRule("duration");
    if (const int orSo = phrase(text_.skipSpaces(end, 1), "or so"); orSo > 0) {
        draft.mod = Mod::Approx;  // "the next year or so"
        return orSo;
    }
    return end;
}

int EnglishParser::yearEarlier(int pos, Draft& draft) const {
    if (draft.date.hasCalendarField())
        return -1;
    int at = pos;
    const int article = phrase(pos, "the");
    if (article > 0)
        at = text_.skipSpaces(article, 1);
    int end = -1;
    for (const std::string_view word : {"year-earlier", "year-ago", "year-before"}) {
        if (end = phrase(at, word); end > 0)
            break;
    }
    if (end < 0)
        return -1;
    // "year-earlier results", "the year-ago quarter", "the year-earlier period": the same period
    // a year before the one the story is about
    const int next = text_.skipSpaces(end, 1);
    if (const int quarter = phrase(next, "quarter"); quarter > 0) {
        draft.date.quarterShift = {true, 0, Base::Context};
        end = quarter;
    } else if (const int period = phrase(next, "period"); period > 0) {
        end = period;
    }
    draft.date.yearShift = {true, -1, Base::Context};
    draft.date.countedYears = true;
    draft.addRule("year-earlier");
    return end;
}

int EnglishParser::partOfYear(int pos, Draft& draft) const {
    const DateDraft& written = draft.date;
    const bool onlyYear = (written.year || written.yearShift.set) && !written.month &&
                          !written.monthShift.set && !written.day && !written.dayShift.set &&
                          !written.weekShift.set && !written.weekday && !written.quarterShift.set;
    if (written.quarter || written.half || (written.hasCalendarField() && !onlyYear))
        return -1;
    if (onlyYear) {  // "last year's quarter", "the 1988 quarter": the story's quarter that year
        if (const int end = phrase(pos, "quarter"); end > 0) {
            draft.date.quarterShift = {true, 0, Base::Context};
            draft.addRule("quarter");
            return end;
        }
    }
    if (isAsciiUpper(text_[pos]) && !isAsciiLetter(text_[pos - 1]) && isDigit(text_[pos + 1]) &&
        !isDigit(text_[pos + 2]) && !isAsciiLetter(text_[pos + 2])) {
        const int value = digitValue(text_[pos + 1]);
        if (text_[pos] == U'Q' && value >= 1 && value <= 4)
            draft.date.quarter = value;
        else if (text_[pos] == U'H' && value >= 1 && value <= 2)
            draft.date.half = value;
        else
            return -1;
        draft.addRule(draft.date.quarter ? "quarter" : "half-year");
        return pos + 2;
    }
    int at = pos;
    if (const int article = phrase(pos, "the"); article > 0)
        at = text_.skipSpaces(article, 1);
    if (const int fiscal = phrase(at, "fiscal"); fiscal > 0)
        at = text_.skipSpaces(fiscal, 1);
    else if (const int fiscalHyphen = phrase(at, "fiscal-"); fiscalHyphen > 0)
        at = fiscalHyphen;
    if (const int last = phrase(at, "last half"); last > 0) {
        draft.date.half = 2;
        draft.addRule("half-year");
        return last;
    }
    const auto ordinal = readEnglishOrdinal(text_, at);
    if (!ordinal || ordinal->value < 1 || ordinal->value > 4)
        return -1;
    at = text_[ordinal->end] == U'-' ? ordinal->end + 1 : text_.skipSpaces(ordinal->end, 1);
    if (const int end = phrase(at, "quarter"); end > 0) {
        draft.date.quarter = ordinal->value;
        draft.addRule("quarter");
        return end;
    }
    if (const int end = phrase(at, "half"); end > 0 && ordinal->value <= 2) {
        draft.date.half = ordinal->value;
        draft.addRule("half-year");
        return end;
    }
    return -1;
}

int EnglishParser::periodModifier(int pos, Draft& draft) const {
    if (draft.mod != Mod::None || draft.date.hasCalendarField())
        return -1;
    for (const auto& modifier : kModifiers) {
        int end = phrase(pos, modifier.text);
        if (end < 0)
            continue;
        if (modifier.mod == Mod::None) {  // "earlier this month", but not "earlier on Wednesday"
            int wordEnd = 0;
            const EnglishWord* next = wordAt(text_.skipSpaces(end, 1), wordEnd);
            if (!next || next->kind != EnglishWordKind::Cycle || next->base != Base::Document)
                return -1;
        }
        if (text_[end] == U'-')
            ++end;
        draft.mod = modifier.mod;
        draft.addRule("part-of-period");
        return end;
    }
    return -1;
}

}  // namespace yeonpyo::temporal
