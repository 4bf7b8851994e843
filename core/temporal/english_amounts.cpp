// English amounts of time ("for two hours", "more than an hour", "a decade ago", "two days later",
// "a two-day visit") and the single words and phrases: vague references ("now", "recently"),
// sets ("daily", "every Monday"), holidays ("Christmas", "Chuseok holiday") and meals ("lunch").
#include <algorithm>

#include "core/temporal/english_parser_p.h"
#include "core/temporal/holidays_p.h"
#include "core/temporal/numerals_p.h"

namespace yeonpyo::temporal {
namespace {

struct AmountModifier {
    std::string_view text;
    Mod mod;
};

constexpr AmountModifier kAmountModifiers[] = {
    {"more than", Mod::MoreThan},   {"just over", Mod::MoreThan}, {"over", Mod::MoreThan},
    {"at least", Mod::MoreThan},    {"about", Mod::Approx},       {"around", Mod::Approx},
    {"approximately", Mod::Approx}, {"roughly", Mod::Approx},     {"nearly", Mod::LessThan},
    {"almost", Mod::LessThan},      {"less than", Mod::LessThan}, {"just under", Mod::LessThan},
    {"under", Mod::LessThan},       {"up to", Mod::LessThan},     {"within", Mod::LessThan},
};

struct HolidayName {
    std::string_view text;
    HolidayId id;
};

// Longer names before the names they start with.
constexpr HolidayName kHolidayNames[] = {
    {"christmas day", HolidayId::Christmas},
    {"christmas eve", HolidayId::ChristmasEve},
    {"christmas", HolidayId::Christmas},
    {"new year's day", HolidayId::NewYearsDay},
    {"new year's eve", HolidayId::NewYearsEve},
    {"new year's", HolidayId::NewYearsDay},
    {"lunar new year", HolidayId::Seollal},
    {"seollal", HolidayId::Seollal},
    {"chuseok", HolidayId::Chuseok},
    {"thanksgiving day", HolidayId::Thanksgiving},
    {"thanksgiving", HolidayId::Thanksgiving},
    {"easter sunday", HolidayId::Easter},
    {"easter", HolidayId::Easter},
    {"halloween", HolidayId::Halloween},
    {"valentine's day", HolidayId::ValentinesDay},
    {"independence day", HolidayId::IndependenceDayUs},
    {"liberation day", HolidayId::LiberationDay},
    {"children's day", HolidayId::ChildrensDay},
    {"hangeul day", HolidayId::HangeulDay},
    {"hangul day", HolidayId::HangeulDay},
    {"buddha's birthday", HolidayId::BuddhasBirthday},
};

struct Fixed {
    std::string_view text;
    AmountDraft amount;
};

constexpr Fixed kHalves[] = {
    {"half an hour", {30, Unit::Minute}},
    {"half a day", {12, Unit::Hour}},
    {"half a year", {6, Unit::Month}},
};

constexpr std::string_view kSetPrevious[] = {"once", "twice", "per", "times", "every", "each"};

/// Half of one unit in a finer one ("a year and a half" is P1Y6M, "2 1/2 hours" PT2H30M);
/// amount 0 when a half has no whole finer unit.
AmountDraft halfOf(Unit unit) {
    switch (unit) {
        case Unit::Decade:
            return {5, Unit::Year};
        case Unit::Year:
            return {6, Unit::Month};
        case Unit::Month:
            return {15, Unit::Day};
        case Unit::Day:
            return {12, Unit::Hour};
        case Unit::Hour:
            return {30, Unit::Minute};
        case Unit::Minute:
            return {30, Unit::Second};
        default:
            return {0, unit};
    }
}

/// The next finer unit that may follow a coarser one after "and" ("a year and eight months").
bool joinsAsFiner(Unit coarse, Unit fine) {
    switch (coarse) {
        case Unit::Year:
            return fine == Unit::Month || fine == Unit::Week || fine == Unit::Day;
        case Unit::Month:
        case Unit::Week:
            return fine == Unit::Day;
        case Unit::Day:
            return fine == Unit::Hour;
        case Unit::Hour:
            return fine == Unit::Minute;
        case Unit::Minute:
            return fine == Unit::Second;
        default:
            return false;
    }
}

}  // namespace

int EnglishParser::amount(int pos, Draft& draft) const {
    if (draft.date.hasCalendarField() || draft.clock.hour >= 0 ||
        draft.clock.part != PartOfDay::None)
        return -1;
    const AsciiWord beforeWord = previousWord(pos);
    const std::string_view before = beforeWord.lower();
    for (const auto word : kSetPrevious) {
        if (before == word)
            return -1;
    }
    int at = pos;
    Mod mod = Mod::None;
    for (const auto& modifier : kAmountModifiers) {
        if (const int end = phrase(pos, modifier.text); end > 0) {
            at = text_.skipSpaces(end, 1), mod = modifier.mod;
            break;
        }
    }
    AmountDraft amount;
    int end = -1;
    bool adjectival = false;
    for (const auto& half : kHalves) {
        if (const int after = phrase(at, half.text); after > 0)
            amount = half.amount, end = after;
    }
    bool half = false;  // "2 1/2 years", "two and a half years", "a minute and a half"
    if (end < 0) {
        auto count = readEnglishCardinal(text_, at);
        int unitAt = at;  // "hour-long": the unit alone
        if (count && text_[count->end] == U'-')
            unitAt = count->end + 1, adjectival = true;
        else if (count)
            unitAt = text_.skipSpaces(count->end, 1);
        for (const std::string_view more : {"additional", "extra", "more", "further"}) {
            if (const int after = count && !adjectival ? phrase(unitAt, more) : -1; after > 0)
                unitAt = text_.skipSpaces(after, 1);  // "an additional year", "two more years"
        }
        if (count && count->value > 0) {
            if (const int fraction = phrase(unitAt, "1/2"); fraction > 0)
                unitAt = text_.skipSpaces(fraction, 1), half = true;
            else if (const int spelled = phrase(unitAt, "and a half"); spelled > 0)
                unitAt = text_.skipSpaces(spelled, 1), half = true;
        }
        int unitEnd = 0;
        const EnglishWord* unit = wordAt(unitAt, unitEnd);
        if (!unit || unit->kind != EnglishWordKind::Unit || unit->value < 0)
            return -1;
        const bool longForm = phrase(unitEnd, "-long") > 0;
        if (!count && !longForm)
            return -1;
        if (count && count->digits == 0 && count->value == 1 && longForm)
            return -1;  // "an hour-long meeting": the expression starts at "hour"
        if (adjectival && text_[unitEnd] == U's')
            return -1;
        if (count && unit->value == static_cast<int>(Unit::Second) && count->digits == 0 &&
            count->value == 1)
            return -1;  // "a second round"
        amount = {count ? count->value : 1, static_cast<Unit>(unit->value)};
        end = unitEnd;
        if (const int spelled = phrase(text_.skipSpaces(end, 1), "and a half");
            spelled > 0 && !half && !adjectival) {
            end = spelled, half = true;
        }
    }
    if (const AmountDraft finer = halfOf(amount.unit); half && finer.amount > 0) {
        amount.extra = finer.amount;
        amount.extraUnit = finer.unit;
    } else if (half) {
        return -1;
    }
    const int following = text_[end] == U'-' ? end + 1 : text_.skipSpaces(end, 1);
    if (phrase(following, "old") > 0 || phrase(following, "olds") > 0)
        return -1;  // "2 years old", "a 2-year-old": an age, not a time
    if (amount.unit == Unit::Quarter && !fractionOfTime(following))
        return -1;  // "three-quarters of its food", "a quarter of the market": a share
    if (text_[end] == U'-' && isAsciiLetter(text_[end + 1]) && phrase(end, "-long") < 0 &&
        !adjectival)
        return -1;  // "a year-earlier quarter", "year-end": another compound
    if (const int joined = phrase(text_.skipSpaces(end, 1), "and");
        joined > 0 && !adjectival && !half) {
        const auto finer = readEnglishCardinal(text_, text_.skipSpaces(joined, 1));
        int finerEnd = 0;
        const EnglishWord* finerUnit =
            finer ? wordAt(text_.skipSpaces(finer->end, 1), finerEnd) : nullptr;
        if (finerUnit && finerUnit->kind == EnglishWordKind::Unit && finer->value > 0 &&
            finerUnit->value >= 0 &&
            joinsAsFiner(amount.unit, static_cast<Unit>(finerUnit->value))) {
            amount.extra = finer->value;
            amount.extraUnit = static_cast<Unit>(finerUnit->value);
            end = finerEnd;
        }
    }
    if (const int longForm = phrase(end, "-long"); longForm > 0)
        end = longForm, adjectival = true;
    int suffixAt = text_.skipSpaces(end, 1);
    bool roughly = false;  // "a week or so ago", "ten days or so": about that much
    if (const int orSo = phrase(suffixAt, "or so"); orSo > 0 && !adjectival)
        end = orSo, suffixAt = text_.skipSpaces(orSo, 1), roughly = true;
    if (roughly && mod == Mod::None)
        mod = Mod::Approx;
    const auto offset = [&](int suffixEnd, int sign, Base base) {
        applyOffset(draft, amount, sign, base);
        if (mod != Mod::None)
            draft.mod = mod == Mod::Approx ? Mod::Approx : Mod::None;
        return suffixEnd;
    };
    if (!adjectival) {
        if (const int ago = phrase(suffixAt, "ago"); ago > 0)
            return offset(ago, -1, Base::Document);
        if (const int later = phrase(suffixAt, "later"); later > 0)
            return offset(later, 1, Base::Context);
        if (const int earlier = phrase(suffixAt, "earlier"); earlier > 0)
            return offset(earlier, -1, Base::Context);
        if (const int fromNow = phrase(suffixAt, "from now"); fromNow > 0)
            return offset(fromNow, 1, Base::Document);
        for (const std::string_view word : {"before", "after"}) {
            const int after = phrase(suffixAt, word);
            const char32_t next = text_[after];
            if (after > 0 &&
                (next == U'.' || next == U',' || next == U';' || next == 0 || next == U'\n')) {
                return offset(after, word == "before" ? -1 : 1, Base::Context);
            }
        }
    }
    draft.type = DraftType::Duration;
    draft.amount = amount;
    draft.mod = mod;
    draft.addRule("duration");
    return end;
}

int EnglishParser::unmeasured(int pos, const EnglishWord* word, int end) const {
    if (!word || word->kind != EnglishWordKind::Unit || word->value < 0 || text_[end - 1] != U's')
        return -1;
    const AsciiWord before = previousWord(pos);
    const bool preposition = before.lower() == "in" || before.lower() == "for" ||
                             before.lower() == "within" || before.lower() == "over";
    const int next = text_.skipSpaces(end, 1);
    if (!preposition || nounFollows(end) || text_[end] == U'-' || isDigit(text_[next]))
        return -1;
    if (phrase(next, "ago") > 0 || phrase(next, "later") > 0 || phrase(next, "earlier") > 0 ||
        phrase(next, "of") > 0)
        return -1;
    return end;
}

bool EnglishParser::fractionOfTime(int pos) const {
    const int of = phrase(pos, "of");
    if (of < 0)
        return true;
    int at = text_.skipSpaces(of, 1);
    for (const std::string_view article : {"a", "an", "the"}) {
        if (const int after = phrase(at, article); after > 0)
            at = text_.skipSpaces(after, 1);
    }
    int end = 0;
    const EnglishWord* word = wordAt(at, end);
    return isDigit(text_[at]) || (word && word->kind != EnglishWordKind::Other);
}

bool EnglishParser::nounFollows(int end) const {
    static constexpr std::string_view kNotNouns[] = {
        "and",   "or",    "at",      "in",    "on",  "to", "for",  "from", "by",    "with",
        "since", "until", "through", "basis", "but", "as", "than", "of",   "after", "before"};
    if (!isSpace(text_[end]))
        return false;
    const int next = text_.skipSpaces(end, 1);
    const AsciiWord word = readAsciiWord(text_, next);
    if (word.length == 0 || isAsciiUpper(text_[next]))
        return false;
    for (const auto notNoun : kNotNouns) {
        if (word.lower() == notNoun)
            return false;
    }
    return true;
}

int EnglishParser::lexical(int pos, Draft& draft) const {
    const bool empty = !draft.date.hasCalendarField() && draft.clock.part == PartOfDay::None &&
                       draft.clock.hour < 0;
    int end = 0;
    const EnglishWord* word = wordAt(pos, end);
    if (word && word->kind == EnglishWordKind::Meal && draft.clock.part == PartOfDay::None &&
        draft.clock.hour < 0) {
        draft.clock.part = static_cast<PartOfDay>(word->value);
        draft.clock.meal = true;
        draft.addRule("meal");
        return end;
    }
    if (!empty)
        return -1;
    if (const int after = unmeasured(pos, word, end); after > 0) {
        draft.type = DraftType::Duration;  // "in years", "for months", "within weeks"
        draft.amount = {-1, static_cast<Unit>(word->value)};
        draft.addRule("duration");
        return after;
    }
    if (const int after = phrase(pos, "a later date"); after > 0) {
        draft.type = DraftType::Reference, draft.ref = RefKind::Future;
        draft.addRule("vague-reference");
        return after;
    }
    if (word && word->kind == EnglishWordKind::SetWord) {
        if (nounFollows(end))
            return -1;  // "a quarterly dividend", "daily flights": a kind of thing, not a time
        draft.type = DraftType::Set, draft.amount = {1, static_cast<Unit>(word->value)};
        draft.addRule("set");
        return end;
    }
    // "recent years", "future quarters": the open stretch of time a word qualifies, or -1
    const auto stretchAfter = [&](int after) {
        int unitEnd = 0;
        const EnglishWord* unit = wordAt(text_.skipSpaces(after, 1), unitEnd);
        const bool plural = unit && unit->kind == EnglishWordKind::Unit && unitEnd > after &&
                            text_[unitEnd - 1] == U's';
        return plural ? unitEnd : -1;
    };
    const auto reference = [&](int after, RefKind kind) {
        draft.type = DraftType::Reference, draft.ref = kind;
        draft.addRule("vague-reference");
        return after;
    };
    if (draft.mod != Mod::None)
        return -1;  // "about recent events": no approximate reference
    if (word && word->kind == EnglishWordKind::Reference && phrase(pos, "current") < 0) {
        if (phrase(pos, "soon") > 0 && previousWord(pos).lower() == "as" &&
            phrase(text_.skipSpaces(end, 1), "as") > 0) {
            // "as soon as possible": the future; "as soon as the threats end": a conjunction
            const int possible = phrase(text_.skipSpaces(end, 1), "as possible");
            return possible > 0 ? reference(possible, RefKind::Future) : -1;
        }
        return reference(end, static_cast<RefKind>(word->value));
    }
    for (const std::string_view adjective : {"recent", "future"}) {
        // only with the stretch of time they qualify: "recent events" is no time expression
        const int after = phrase(pos, adjective);
        const int stretch = after > 0 ? stretchAfter(after) : -1;
        if (stretch < 0)
            continue;
        const int joined = phrase(text_.skipSpaces(stretch, 1), "and");
        const int second = joined > 0 ? stretchAfter(joined) : -1;
        const int last = std::max(stretch, second);  // "recent weeks and months"
        if (adjective == "future")                   // "future quarters": the future
            return std::max(reference(after, RefKind::Future), last);
        int unitEnd = 0;  // "recent years": some years, up to now
        draft.type = DraftType::Duration;
        draft.amount = {-1, static_cast<Unit>(wordAt(text_.skipSpaces(after, 1), unitEnd)->value)};
        draft.addRule("duration");
        return last;
    }
    if (const int after = phrase(pos, "current"); after > 0) {
        int nextEnd = 0;
        const EnglishWord* next = wordAt(text_.skipSpaces(after, 1), nextEnd);
        const AsciiWord noun = readAsciiWord(text_, text_.skipSpaces(after, 1));
        if ((!next || next->kind == EnglishWordKind::Other) && !noun.lower().starts_with("account"))
            return reference(after, RefKind::Present);  // "current market conditions"
    }
    if (const int after = phrase(pos, "these days"); after > 0)
        return reference(after, RefKind::Present);
    if (const int after = phrase(pos, "at present"); after > 0)
        return reference(after, RefKind::Present);
    for (const std::string_view near :
         {"the near future", "the near term", "the short term", "the future"}) {
        if (const int after = phrase(pos, near); after > 0)
            return reference(after, RefKind::Future);
    }
    if (const int after = phrase(pos, "the past"); after > 0)
        return reference(after, RefKind::Past);
    for (const std::string_view every : {"every", "each"}) {
        const int lead = phrase(pos, every);
        if (lead < 0)
            continue;
        const EnglishWord* unit = wordAt(text_.skipSpaces(lead, 1), end);
        if (!unit ||
            (unit->kind != EnglishWordKind::Unit && unit->kind != EnglishWordKind::Weekday &&
             unit->kind != EnglishWordKind::Month && unit->kind != EnglishWordKind::Part))
            return -1;
        if (unit->kind == EnglishWordKind::Unit && unit->value < 0)
            return -1;
        draft.type = DraftType::Set;  // "every Monday", "each July", "every morning", "each year"
        if (unit->kind == EnglishWordKind::Weekday)
            draft.date.weekday = unit->value;
        else if (unit->kind == EnglishWordKind::Month)
            draft.date.month = unit->value;
        else if (unit->kind == EnglishWordKind::Part)
            draft.clock.part = static_cast<PartOfDay>(unit->value);
        else
            draft.amount = {1, static_cast<Unit>(unit->value)};
        draft.addRule("set");
        return end;
    }
    if (!isAsciiUpper(text_[pos]))
        return -1;
    for (const auto& name : kHolidayNames) {
        const int after = phrase(pos, name.text);
        if (after < 0)
            continue;
        draft.date.holiday = &holiday(name.id);
        end = after;
        for (const std::string_view season : {"holidays", "holiday"}) {
            const int seasonEnd = phrase(text_.skipSpaces(after, 1), season);
            if (seasonEnd > 0 && draft.date.holiday->seasonDaysAfter > 0) {
                draft.date.holidaySeason = true;
                end = seasonEnd;
                break;
            }
        }
        draft.addRule("holiday");
        return end;
    }
    return -1;
}

}  // namespace yeonpyo::temporal
