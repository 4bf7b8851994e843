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
    {"later", Mod::None},
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
    int end = 0;
    const EnglishWord* lead = wordAt(at, end);
    if (!lead)
        return -1;
    const AsciiWord leadTextWord = readAsciiWord(text_, at);
    const std::string_view leadText = leadTextWord.lower();
    Shift shift{true, 0, Base::Document};
    bool span = false;  // "the past two years", "the next three months": a duration
    if (leadText == "same") {
        shift.base = Base::Context;
    } else if (leadText == "past" || (article > 0 && (leadText == "last" || leadText == "next"))) {
        span = true;
    } else if (lead->kind == EnglishWordKind::Cycle) {
        shift = {true, lead->value, lead->base};
    } else if (article > 0 && lead->kind == EnglishWordKind::Unit &&
               (draft.mod != Mod::None || previousWord(pos).lower() == "within" ||
                previousWord(pos).lower() == "during")) {
        end = at;  // "the end of the year": the article's year
    } else {
        return -1;
    }
    at = text_.skipSpaces(end, 1);
    if (span) {
        const auto count = readEnglishCardinal(text_, at);
        if (count)
            at = text_.skipSpaces(count->end, 1);
        const EnglishWord* unit = wordAt(at, end);
        if (!unit || unit->kind != EnglishWordKind::Unit || unit->value < 0)
            return -1;
        draft.type = DraftType::Duration;
        draft.amount = {count ? count->value : 1, static_cast<Unit>(unit->value)};
        draft.addRule("duration");
        return end;
    }
    const EnglishWord* unit = wordAt(at, end);
    if (!unit)
        return -1;
    DateDraft& date = draft.date;
    if (unit->kind == EnglishWordKind::Season && date.season == Season::None) {
        date.season = static_cast<Season>(unit->value);
        if (shift.amount == 0)
            date.yearShift = shift;
        else
            date.direction = shift.amount < 0 ? Direction::Past : Direction::Future;
        draft.addRule("season");
        return end;
    }
    if (unit->kind != EnglishWordKind::Unit)
        return -1;
    const int unitValue = unit->value;
    if (unitValue == -1 && !date.weekend && !date.weekShift.set) {
        date.weekend = true;
        date.weekShift = shift;
    } else if (unitValue == static_cast<int>(Unit::Week) && !date.weekShift.set) {
        date.weekShift = shift;
    } else if (unitValue == static_cast<int>(Unit::Month) && !date.monthShift.set && !date.month) {
        date.monthShift = shift;
    } else if (unitValue == static_cast<int>(Unit::Year) && !date.yearShift.set && !date.year) {
        date.yearShift = shift;
    } else {
        return -1;
    }
    draft.addRule("relative-period");
    return end;
}

int EnglishParser::partOfYear(int pos, Draft& draft) const {
    if (draft.date.quarter || draft.date.half || draft.date.hasCalendarField())
        return -1;
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
