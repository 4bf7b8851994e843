// English clock components: "3 p.m.", "7:30 p.m.", "15:30", "10 o'clock", "noon", "2-4 p.m.", parts
// of day ("Wednesday morning", "this morning", "last night", "in the evening") and stated zones
// ("KST", "(local time)", "Seoul time").
#include "core/temporal/english_parser_p.h"
#include "core/temporal/numerals_p.h"
#include "core/temporal/numeric_dates_p.h"

namespace yeonpyo::temporal {
namespace {

struct Meridian {
    std::string_view text;
    Meridiem meridiem;
};

constexpr Meridian kMeridians[] = {
    {"a.m.", Meridiem::Am}, {"p.m.", Meridiem::Pm}, {"a.m", Meridiem::Am},
    {"p.m", Meridiem::Pm},  {"am", Meridiem::Am},   {"pm", Meridiem::Pm},
};

struct NamedZone {
    std::string_view text;
    std::string_view id;
};

constexpr NamedZone kNamedZones[] = {
    {"local time", "local"},
    {"seoul time", "Asia/Seoul"},
    {"korea time", "Asia/Seoul"},
    {"korean time", "Asia/Seoul"},
    {"beijing time", "Asia/Shanghai"},
    {"tokyo time", "Asia/Tokyo"},
    {"new york time", "America/New_York"},
    {"washington time", "America/New_York"},
};

bool hasDay(const DateDraft& date) {
    return date.day || date.dayShift.set || date.weekday || date.holiday;
}

}  // namespace

int EnglishParser::partOfDay(int pos, Draft& draft) const {
    ClockDraft& clock = draft.clock;
    if (clock.part != PartOfDay::None || clock.hour >= 0)
        return -1;
    const bool dated = hasDay(draft.date);
    int at = pos;
    bool relative = false;
    bool article = false;
    if (const int end = phrase(pos, "this"); end > 0 && !dated) {
        at = text_.skipSpaces(end, 1), relative = true;
    } else if (const int last = phrase(pos, "last night"); last > 0 && !dated) {
        draft.date.dayShift = {true, -1, Base::Document};
        clock.part = PartOfDay::Night;
        draft.addRule("part-of-day");
        return last;
    } else if (const int the = phrase(pos, "the"); the > 0) {
        at = text_.skipSpaces(the, 1), article = true;
    }
    const int prefixAt = at;
    if (const int early = phrase(at, "early"); early > 0)
        at = text_.skipSpaces(early, 1);
    else if (const int late = phrase(at, "late"); late > 0)
        at = text_.skipSpaces(late, 1);
    else if (const int mid = phrase(at, "mid"); mid > 0)  // "mid-afternoon", "mid afternoon"
        at = text_[mid] == U'-' ? mid + 1 : text_.skipSpaces(mid, 1);
    const bool prefixed = at > prefixAt;
    int end = 0;
    const EnglishWord* word = wordAt(at, end);
    if (!word || word->kind != EnglishWordKind::Part)
        return -1;
    if (!relative && !dated) {
        const AsciiWord beforeWord = previousWord(pos);
        const std::string_view before = beforeWord.lower();
        const bool cued = before == "in" || before == "during" || before == "throughout" ||
                          before == "at" || before == "on" ||
                          phrase(text_.skipSpaces(end, 1), "of") > 0;
        if (!prefixed && (!cued || (!article && before != "at")))
            return -1;
    }
    if (relative)
        draft.date.dayShift = {true, 0, Base::Document};
    clock.part = static_cast<PartOfDay>(word->value);
    draft.addRule("part-of-day");
    return end;
}

int EnglishParser::clock(int pos, Draft& draft) const {
    ClockDraft& clock = draft.clock;
    if (clock.hour >= 0 || !draft.date.takesClock())
        return -1;
    int end = 0;
    if (const EnglishWord* word = wordAt(pos, end);
        word && word->kind == EnglishWordKind::ClockWord) {
        clock.hour = word->value;
        clock.part = word->value == 12 ? PartOfDay::Noon : PartOfDay::Night;
        draft.addRule("clock-word");
        return zone(end, draft) >= 0 ? zone(end, draft) : end;
    }
    int hour = 0;
    int minute = 0;
    const auto colonTime = readColonTime(text_, pos);
    if (colonTime) {
        hour = colonTime->hour, minute = colonTime->minute, end = colonTime->end;
    } else if (const auto number = readDigits(text_, pos); number && number->digits <= 2) {
        hour = number->value, end = number->end;
    } else {
        return -1;
    }
    int at = text_.skipSpaces(end, 1);
    int last = 0;
    // "2-4 p.m.", "2 to 4 p.m.", "between 2 and 4 p.m.": the first hour takes the second's
    // meridiem.
    const bool between = previousWord(pos).lower() == "between";
    const int joined = isRangeDash(text_[end])            ? end + 1
                       : phrase(at, "to") > 0             ? text_.skipSpaces(phrase(at, "to"), 1)
                       : between && phrase(at, "and") > 0 ? text_.skipSpaces(phrase(at, "and"), 1)
                                                          : -1;
    if (joined > 0 && minute == 0) {
        if (const auto second = readDigits(text_, joined);
            second && second->value > hour && second->value <= 12) {
            const int meridianAt = text_.skipSpaces(second->end, 1);
            for (const auto& meridian : kMeridians) {
                if (phrase(meridianAt, meridian.text) > 0) {
                    last = second->value;
                    at = meridianAt;
                    break;
                }
            }
        }
    }
    Meridiem meridiem = Meridiem::None;
    for (const auto& meridian : kMeridians) {
        if (const int after = phrase(at, meridian.text); after > 0 && hour >= 1 && hour <= 12) {
            meridiem = meridian.meridiem, end = after;
            break;
        }
    }
    if (meridiem == Meridiem::None) {
        if (const int oclock = phrase(at, "o'clock"); oclock > 0 && hour <= 12) {
            end = oclock;
            clock.bareHour = true;
        } else if (!colonTime) {
            return -1;  // a bare number is no clock time
        }
    }
    clock.hour = hour;
    clock.minute = minute;
    clock.meridiem = meridiem;
    if (last) {
        draft.rangeLast = last;
        draft.rangeUnit = Unit::Hour;
    }
    draft.addRule("clock");
    const int zoned = zone(end, draft);
    return zoned >= 0 ? zoned : end;
}

int EnglishParser::zone(int pos, Draft& draft) const {
    if (!draft.zone.empty())
        return -1;
    int at = text_.skipSpaces(pos, 1);
    const bool paren = text_[at] == U'(';
    if (paren)
        ++at;
    int end = -1;
    for (const auto& named : kNamedZones) {
        if (const int after = phrase(at, named.text); after > 0) {
            draft.zone = named.id;
            end = after;
            break;
        }
    }
    if (end < 0 && isAsciiUpper(text_[at]) && isAsciiUpper(text_[at + 1])) {
        int wordEnd = 0;
        const EnglishWord* word = wordAt(at, wordEnd);
        if (word && word->kind == EnglishWordKind::Zone && wordEnd > 0) {
            draft.zone = englishZoneId(word->value);
            end = wordEnd;
        }
    }
    if (end < 0)
        return -1;
    if (paren) {
        if (text_[end] != U')') {
            draft.zone = {};
            return -1;
        }
        ++end;
    }
    return end;
}

}  // namespace yeonpyo::temporal
