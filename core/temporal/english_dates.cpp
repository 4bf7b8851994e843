// English calendar components: "Feb. 28, 2024", "28 February", "the 28th of February", weekdays
// ("last Friday"), years with a cue ("in 2025"), ISO dates and decades ("the 1990s").
#include "core/temporal/civil_p.h"
#include "core/temporal/english_parser_p.h"
#include "core/temporal/numerals_p.h"
#include "core/temporal/numeric_dates_p.h"

namespace yeonpyo::temporal {
namespace {

// Words before a lone year or month that make it a date ("in 2025", "since May").
constexpr std::string_view kYearCues[] = {
    "in",     "since",  "by",    "until",   "till",       "through", "from",  "to",   "before",
    "after",  "around", "about", "during",  "throughout", "circa",   "early", "late", "mid",
    "year",   "fiscal", "of",    "between", "and",        "end",     "last",  "next", "this",
    "spring", "summer", "fall",  "autumn",  "winter",     "for",     "into",  "both",
    "due",  // "notes due 1993"
};

// Determiners before a year that qualifies a noun ("its 1990 invasion", "the 1987 crash",
// "the company's 1989 results").
constexpr std::string_view kDeterminers[] = {"the", "its", "his",  "her",  "their",
                                             "our", "a",   "that", "this", "whose"};

// Words after "the 28th" that show it is a date and not a count of something ("the 28th and").
constexpr std::string_view kFunctionWords[] = {"and",   "or",      "at",   "in",     "to",
                                               "until", "through", "when", "before", "after",
                                               "as",    "but",     "with", "for"};

template <std::size_t N>
bool isOneOf(std::string_view word, const std::string_view (&words)[N]) {
    for (const auto candidate : words) {
        if (candidate == word)
            return true;
    }
    return false;
}

bool cued(std::string_view word) {
    for (const auto cue : kYearCues) {
        if (cue == word)
            return true;
    }
    return false;
}

/// A day number at pos: "28", "28th"; ends after an ordinal suffix.
std::optional<NumberMatch> dayNumber(const Scan& text, int pos) {
    if (const auto ordinal = readEnglishOrdinal(text, pos); ordinal && ordinal->digits > 0)
        return ordinal;
    const auto number = readDigits(text, pos);
    if (!number || number->digits > 2 || isAsciiLetter(text[number->end]))
        return std::nullopt;
    // "22:30" is a clock; "Sept. 22:" ends a list heading.
    const char32_t after = text[number->end];
    if ((after == U':' || after == U'.') && isDigit(text[number->end + 1]))
        return std::nullopt;
    return number;
}

/// A four-digit year at pos that ends cleanly ("2024", not "20245" or "2024.5").
std::optional<NumberMatch> yearNumber(const Scan& text, int pos) {
    const auto number = readDigits(text, pos);
    if (!number || number->digits != 4 || number->value < 1800 || number->value > 2200)
        return std::nullopt;
    const char32_t after = text[number->end];
    if (isAsciiLetter(after) && after != U's')
        return std::nullopt;
    if (after == U's' || ((after == U',' || after == U'.') && isDigit(text[number->end + 1])))
        return std::nullopt;
    return number;
}

bool dayFitsMonth(int day, int month) {
    return day >= 1 && day <= daysInMonth(2024, month);
}

}  // namespace

int EnglishParser::monthDate(int pos, Draft& draft) const {
    int end = 0;
    const EnglishWord* word = wordAt(pos, end);
    if (!word || word->kind != EnglishWordKind::Month || !isAsciiUpper(text_[pos]))
        return -1;
    if (draft.date.month || draft.date.day || draft.date.dayShift.set || draft.date.monthShift.set)
        return -1;
    const bool dotted = word->abbreviation && text_[end] == U'.';
    if (dotted)
        ++end;
    DateDraft& date = draft.date;
    int at = text_.skipSpaces(end, 1);
    auto written = at > end ? dayNumber(text_, at) : std::nullopt;
    if (const auto spelled = at > end && !written ? readEnglishOrdinal(text_, at) : std::nullopt;
        spelled && spelled->digits == 0 && !unitFollows(text_.skipSpaces(spelled->end, 1)) &&
        text_[spelled->end] != U'-') {
        written = spelled;  // "March eighth"
    }
    if (written && written->value <= 31 && !dayFitsMonth(written->value, word->value))
        return -1;  // "February 30"
    if (const auto day = written; day && dayFitsMonth(day->value, word->value)) {
        date.day = day->value;
        end = day->end;
        if (isRangeDash(text_[end])) {
            if (const auto last = dayNumber(text_, end + 1);
                last && last->value > day->value && dayFitsMonth(last->value, word->value)) {
                draft.rangeLast = last->value;
                draft.rangeUnit = Unit::Day;
                end = last->end;
            }
        }
        at = text_[end] == U',' ? text_.skipSpaces(end + 1, 1) : text_.skipSpaces(end, 1);
    }
    if (const auto year = yearNumber(text_, at); year && at > end && !draft.rangeLast) {
        date.year = year->value;
        end = year->end;
    }
    const bool bare = !date.day && !date.year;
    if (bare && word->abbreviation && !dotted)
        return -1;
    if (bare && word->value == 5 && !cued(previousWord(pos).lower()))
        return -1;  // "may" the verb
    date.month = word->value;
    draft.addRule(date.day ? "month-day" : "month");
    return end;
}

int EnglishParser::dayMonth(int pos, Draft& draft) const {
    if (draft.date.day || draft.date.dayShift.set)
        return -1;
    int at = pos;
    const bool article = phrase(pos, "the") > 0;
    if (article)
        at = text_.skipSpaces(phrase(pos, "the"), 1);
    const auto day = article ? readEnglishOrdinal(text_, at) : dayNumber(text_, at);
    if (!day || day->value < 1 || day->value > 31)
        return -1;
    int end = day->end;
    // "28 February 2024", "the 28th of February"
    int monthAt = text_.skipSpaces(end, 1);
    if (const int of = phrase(monthAt, "of"); of > 0)
        monthAt = text_.skipSpaces(of, 1);
    int monthEnd = 0;
    const EnglishWord* month = monthAt > end ? wordAt(monthAt, monthEnd) : nullptr;
    if (month && month->kind == EnglishWordKind::Month && isAsciiUpper(text_[monthAt]) &&
        !draft.date.month) {
        if (!dayFitsMonth(day->value, month->value))
            return -1;
        if (month->abbreviation && text_[monthEnd] == U'.')
            ++monthEnd;
        draft.date.month = month->value;
        end = monthEnd;
        const int yearAt =
            text_[end] == U',' ? text_.skipSpaces(end + 1, 1) : text_.skipSpaces(end, 1);
        if (const auto year = yearNumber(text_, yearAt); year && yearAt > end) {
            draft.date.year = year->value;
            end = year->end;
        }
        draft.date.day = day->value;
        draft.addRule("day-month");
        return end;
    }
    if (!article)
        return -1;
    // "the 28th" alone: a day of the reference month, written in digits, after a preposition or
    // before punctuation, and not followed by the noun it counts ("on the third floor").
    const AsciiWord beforeWord = previousWord(pos);
    const std::string_view before = beforeWord.lower();
    const bool preposition = before == "on" || before == "by" || before == "until" ||
                             before == "since" || before == "from" || before == "before" ||
                             before == "after" || before == "through";
    const AsciiWord next = readAsciiWord(text_, text_.skipSpaces(end, 1));
    const bool nounFollows = next.length > 0 && !isOneOf(next.lower(), kFunctionWords);
    if (day->digits == 0 || nounFollows || (!preposition && next.length > 0))
        return -1;
    draft.date.day = day->value;
    draft.addRule("day-of-month");
    return end;
}

int EnglishParser::weekday(int pos, Draft& draft) const {
    int end = 0;
    const EnglishWord* word = wordAt(pos, end);
    if (!word || draft.date.weekday)
        return -1;
    Direction direction = Direction::None;
    int at = pos;
    if (word->kind == EnglishWordKind::Cycle && word->base == Base::Document) {
        direction = word->value < 0   ? Direction::Past
                    : word->value > 0 ? Direction::Future
                                      : Direction::This;
        at = text_.skipSpaces(end, 1);
        if (const int coming = phrase(at, "coming"); coming > 0 && direction == Direction::This) {
            direction = Direction::Future;
            at = text_.skipSpaces(coming, 1);
        }
        word = wordAt(at, end);
        if (!word)
            return -1;
    } else if (const int past = phrase(pos, "past"); past > 0) {
        direction = Direction::Past;
        at = text_.skipSpaces(past, 1);
        word = wordAt(at, end);
        if (!word)
            return -1;
    }
    if (word->kind != EnglishWordKind::Weekday || !isAsciiUpper(text_[at]))
        return -1;
    if (word->abbreviation) {
        if (text_[end] != U'.')
            return -1;
        ++end;
    }
    const bool plural = readAsciiWord(text_, at).lower().ends_with("days");
    int partEnd = 0;  // "Tuesday nights": every Tuesday night
    const EnglishWord* part = wordAt(text_.skipSpaces(end, 1), partEnd);
    const bool pluralPart =
        part && part->kind == EnglishWordKind::Part && text_[partEnd - 1] == U's';
    if (plural || pluralPart) {  // "on Fridays", "Tuesday nights": a set
        if (draft.date.hasCalendarField() || draft.clock.part != PartOfDay::None ||
            direction != Direction::None)
            return -1;
        draft.type = DraftType::Set;
        draft.date.weekday = word->value;
        if (pluralPart)
            draft.clock.part = static_cast<PartOfDay>(part->value);
        draft.addRule("set");
        return pluralPart ? partEnd : end;
    }
    const AsciiWord articleWord = previousWord(at);
    const std::string_view article = articleWord.lower();
    if (article == "a" || article == "an")
        return -1;  // "it was a Wednesday"
    draft.date.weekday = word->value;
    if (direction != Direction::None && draft.date.direction == Direction::None)
        draft.date.direction = direction;
    draft.addRule("weekday");
    return end;
}

int EnglishParser::year(int pos, Draft& draft) const {
    if (draft.date.year || draft.date.yearShift.set)
        return -1;
    int at = pos;  // "the year 2000", "the year two thousand"
    if (const int named = phrase(pos, "the year"); named > 0)
        at = text_.skipSpaces(named, 1);
    const bool spelled = !isDigit(text_[at]);
    const auto number = spelled ? readSpelledYear(text_, at) : yearNumber(text_, at);
    if (!number || (spelled && (isAsciiLetter(text_[number->end]) ||
                                unitFollows(text_.skipSpaces(number->end, 1)))))
        return -1;  // "two thousand years" is an amount
    if (at > pos || (spelled && draft.date.month)) {
        draft.date.year = number->value;  // named a year, or read after a month
        draft.addRule("year");
        return number->end;
    }
    const DateDraft& date = draft.date;
    const bool inChain = date.month || date.quarter || date.half || date.season != Season::None ||
                         draft.mod != Mod::None;
    const bool afterDash = isRangeDash(text_[pos - 1]) || text_[pos - 1] == U'-';
    if (!inChain && !afterDash && !cued(previousWord(pos).lower()) && !qualifiesNoun(pos, *number))
        return -1;
    if (spelled && !cued(previousWord(pos).lower()))
        return -1;
    draft.date.year = number->value;
    draft.addRule("year");
    return number->end;
}

int EnglishParser::centuryOrDecadeWord(int pos, Draft& draft) const {
    static constexpr std::string_view kDecades[] = {"twenties", "thirties", "forties",
                                                    "fifties",  "sixties",  "seventies",
                                                    "eighties", "nineties"};
    const AsciiWord word = readAsciiWord(text_, pos);
    for (int i = 0; i < static_cast<int>(std::size(kDecades)); ++i) {
        if (word.lower() == kDecades[i] && !isDigit(text_[pos])) {
            draft.date.decade = 192 + i;  // "the nineties": the 1990s
            draft.addRule("decade");
            return word.end;
        }
    }
    const auto ordinal = readEnglishOrdinal(text_, pos);  // "the 20th century", "the twentieth"
    if (!ordinal || ordinal->value < 1 || ordinal->value > 22)
        return -1;
    const int end = phrase(text_.skipSpaces(ordinal->end, 1), "century");
    if (end < 0)
        return -1;
    draft.date.century = ordinal->value - 1;
    draft.addRule("century");
    return end;
}

bool EnglishParser::unitFollows(int pos) const {
    int end = 0;
    const EnglishWord* word = wordAt(pos, end);
    return word && word->kind == EnglishWordKind::Unit;
}

bool EnglishParser::qualifiesNoun(int pos, const NumberMatch& number) const {
    if (number.value < 1900 || number.value > 2099 || !isSpace(text_[number.end]))
        return false;
    const bool possessive =
        text_[pos - 2] == U's' && (text_[pos - 3] == U'\'' || text_[pos - 3] == 0x2019);
    if (!possessive && !isOneOf(previousWord(pos).lower(), kDeterminers))
        return false;
    return isAsciiLetter(text_[text_.skipSpaces(number.end, 1)]);
}

int EnglishParser::numericDate(int pos, Draft& draft) const {
    if (draft.date.hasCalendarField())
        return -1;
    const auto date = readNumericDate(text_, pos);
    if (!date || date->year < 1000 || text_[pos + 4] == U'.')
        return -1;  // dotted dates are Korean
    draft.date.year = date->year;
    draft.date.month = date->month;
    draft.date.day = date->day;
    if (date->hour >= 0) {
        draft.clock.hour = date->hour;
        draft.clock.minute = date->minute;
    }
    draft.addRule("iso-date");
    return date->end;
}

int EnglishParser::decade(int pos, Draft& draft) const {
    if (draft.date.hasCalendarField())
        return -1;
    int at = pos;
    if (const int article = phrase(pos, "the"); article > 0)
        at = text_.skipSpaces(article, 1);
    if (const int end = at > pos || isDigit(text_[at]) ? centuryOrDecadeWord(at, draft) : -1;
        end > 0)
        return end;  // "the nineties", "the twentieth century", "11th century"
    const bool apostrophe = text_[at] == U'\'' || text_[at] == 0x2019;
    const auto number = readDigits(text_, apostrophe ? at + 1 : at);
    if (!number || text_[number->end] != U's' || isAsciiLetter(text_[number->end + 1]))
        return -1;
    int decadeValue = 0;
    if (number->digits == 4 && number->value % 10 == 0)
        decadeValue = number->value / 10;
    if (number->digits == 2 && number->value % 10 == 0) {
        decadeValue = (number->value < 30 ? 2000 + number->value : 1900 + number->value) / 10;
    }
    if (decadeValue == 0)
        return -1;
    draft.date.decade = decadeValue;
    draft.addRule("decade");
    return number->end + 1;
}

}  // namespace yeonpyo::temporal
