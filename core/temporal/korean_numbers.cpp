// Korean components that start with digits: numeric dates and clock times, N년/N월/N일/N시/N분,
// quarters (1분기, 1·4분기), 3·1절 and two-digit years ('24년).
#include <algorithm>

#include "core/temporal/civil_p.h"
#include "core/temporal/holidays_p.h"
#include "core/temporal/korean_parser_p.h"
#include "core/temporal/numerals_p.h"
#include "core/temporal/numeric_dates_p.h"

namespace yeonpyo::temporal {
namespace {

/// Two-digit years: 00–49 are the 2000s, 50–99 the 1900s.
int fullYear(int twoDigits) {
    return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
}

/// "2월" (and not "2개월") follows at pos, after at most one space.
bool monthFollows(const Scan& text, int pos) {
    const auto number = readDigits(text, text.skipSpaces(pos, 1));
    return number && number->value >= 1 && number->value <= 12 && text[number->end] == U'월';
}

/// A finer part after an amount ("1년 8개월", "1시간 30분"): added to it; returns its end or -1.
int finerPart(const Scan& text, int pos, AmountDraft& amount) {
    const int at = text.skipSpaces(pos, 1);
    if (text.startsWith(at, U"반") &&  // "1시간 반", "2년 반"
        isKoreanParticleTail(text, at + 1, text.hangulRunEnd(at + 1))) {
        if (amount.unit == Unit::Hour)
            amount.extra = 30, amount.extraUnit = Unit::Minute;
        else if (amount.unit == Unit::Year)
            amount.extra = 6, amount.extraUnit = Unit::Month;
        else
            return -1;
        return at + 1;
    }
    const auto number = readDigits(text, at);
    if (!number)
        return -1;
    if (amount.unit == Unit::Year && text.startsWith(number->end, U"개월")) {
        amount.extra = number->value, amount.extraUnit = Unit::Month;
        return number->end + 2;
    }
    if (amount.unit == Unit::Hour && text[number->end] == U'분') {
        amount.extra = number->value, amount.extraUnit = Unit::Minute;
        return number->end + 1;
    }
    return -1;
}

/// "pm", "p.m.", "am", "a.m." (any case, after at most one space) at pos: the meridiem and its end.
Meridiem latinMeridiem(const Scan& text, int pos, int& end) {
    const int at = text.skipSpaces(pos, 1);
    for (const auto& [spelling, meridiem] :
         {std::pair{"a.m.", Meridiem::Am}, std::pair{"p.m.", Meridiem::Pm},
          std::pair{"am", Meridiem::Am}, std::pair{"pm", Meridiem::Pm}}) {
        if (const int after = matchWordCi(text, at, spelling); after > 0) {
            end = after;
            return meridiem;
        }
    }
    return Meridiem::None;
}

/// What may follow a month/day written with a slash ("4/25 오후 4시", "4/5(금)", "2/15"), so that
/// a fraction ("3/4 수준") is not read as a date: a day past 12, or a weekday, a range or a clock.
bool slashDateContext(const Scan& text, int day, int end) {
    if (day > 12)
        return true;
    const char32_t after = text[end];
    if (after == U'(' || isRangeDash(after))
        return true;
    const int next = text.skipSpaces(end, 1);
    return next > end && (text.startsWith(next, U"오전") || text.startsWith(next, U"오후") ||
                          text.startsWith(next, U"새벽") || text.startsWith(next, U"저녁"));
}

/// "(수)", "(목)" at pos: a weekday in parentheses, which makes "2.28" a date, not a decimal.
bool weekdayInParentheses(const Scan& text, int pos) {
    constexpr std::u32string_view kWeekdays = U"월화수목금토일";
    return (text[pos] == U'(' || text[pos] == 0xFF08) &&
           kWeekdays.find(text[pos + 1]) != std::u32string_view::npos &&
           (text[pos + 2] == U')' || text[pos + 2] == 0xFF09);
}

int holidayComponent(HolidayId id, int end, Draft& draft, int& rank) {
    if (rank >= kRankDay)
        return -1;
    draft.date.holiday = &holiday(id);
    draft.addRule("holiday");
    rank = kRankDay;
    return end;
}

}  // namespace

int KoreanParser::numberComponent(int pos, Draft& draft, int& rank) const {
    if (rank < kRankYear) {
        if (const auto date = readNumericDate(text_, pos)) {
            draft.date.year = date->year;
            draft.date.month = date->month;
            draft.date.day = date->day;
            rank = kRankDay;
            if (date->hour >= 0) {
                draft.clock.hour = date->hour;
                draft.clock.minute = date->minute;
                rank = kRankMinute;
            }
            draft.addRule("numeric-date");
            return date->end;
        }
    }
    if (const auto time = readColonTime(text_, pos)) {
        if (rank >= kRankClock || !draft.date.takesClock())
            return -1;
        draft.clock.hour = time->hour;
        draft.clock.minute = time->minute;
        rank = kRankMinute;
        draft.addRule("clock");
        int end = time->end;  // "3:20pm"
        if (const Meridiem meridiem = latinMeridiem(text_, end, end);
            meridiem != Meridiem::None && time->hour >= 1 && time->hour <= 12) {
            draft.clock.meridiem = meridiem;
        }
        return end;
    }
    const auto number = readDigits(text_, pos);
    if (!number)
        return -1;
    const int value = number->value;
    int at = number->end;
    const bool dotted = text_[at] == U'.';  // "2.28(수)": only with its weekday
    if ((text_[at] == U'/' || dotted) && rank < kRankMonth && value >= 1 && value <= 12) {
        const auto day = readDigits(text_, at + 1);  // "4/25", "2/15"
        if (day && day->digits <= 2 && day->value >= 1 && day->value <= daysInMonth(2024, value) &&
            text_[day->end] != U'/' && !isDigit(text_[day->end]) &&
            (dotted ? weekdayInParentheses(text_, day->end)
                    : slashDateContext(text_, day->value, day->end))) {
            draft.date.month = value;
            draft.date.day = day->value;
            draft.addRule("slash-date");
            rank = kRankDay;
            return day->end;
        }
    }
    if (int end = 0; value >= 1 && value <= 12 && rank < kRankClock && draft.date.takesClock()) {
        if (const Meridiem meridiem = latinMeridiem(text_, at, end); meridiem != Meridiem::None) {
            draft.clock.hour = value;  // "3pm", "오후 3 pm"
            draft.clock.meridiem = meridiem;
            draft.addRule("clock");
            rank = kRankClock;
            return end;
        }
    }
    if (text_[at] == U'박')
        return nightsAndDays(value, at + 1, draft, rank);
    const bool dot = text_[at] == U'.';  // "3.1절", "8.15 광복절", "1.4분기" as with ·
    if (isMiddleDot(text_[at]) || dot) {
        if (text_[at + 1] == U'4' && text_.startsWith(at + 2, U"분기") && value >= 1 &&
            value <= 4) {
            if (rank >= kRankPartOfYear)
                return -1;
            draft.date.quarter = value;
            draft.addRule("quarter");
            rank = kRankPartOfYear;
            return at + 4;
        }
        if (value == 3 && text_[at + 1] == U'1' && text_[at + 2] == U'절') {
            return holidayComponent(HolidayId::MarchFirstMovement, at + 3, draft, rank);
        }
        if (value == 8 && text_.startsWith(at + 1, U"15") && !isDigit(text_[at + 3])) {
            const int named = text_.matchLoose(at + 3, U" 광복절");
            if (dot && named < 0)
                return -1;  // "8.15" alone is a number
            return holidayComponent(HolidayId::LiberationDay, named > 0 ? named : at + 3, draft,
                                    rank);
        }
    }
    int last = 0;
    if (isRangeDash(text_[at]) || isMiddleDot(text_[at])) {
        const auto second = readDigits(text_, text_.skipSpaces(at + 1, 1));
        if (second && second->value > value) {
            last = second->value;
            at = second->end;
        }
    }
    const bool more = text_[at] == U'여';
    if (more)
        ++at;
    if (last && more)
        return -1;
    const int unit = isSpace(text_[at]) ? at + 1 : at;
    const auto amount = [&](int suffixAt, Unit amountUnit, bool bare, bool dayOfMonth = false) {
        AmountDraft amountDraft{last ? last : value, amountUnit};  // "2~3일간": about 3 days
        const int finer = finerPart(text_, suffixAt, amountDraft);
        const int end =
            amountSuffix(finer >= 0 ? finer : suffixAt, amountDraft, bare, dayOfMonth, draft, rank);
        if (end >= 0 && more && draft.mod == Mod::None) {
            draft.mod = draft.type == DraftType::Duration ? Mod::MoreThan : Mod::Approx;
        }
        if (end >= 0 && last && draft.mod == Mod::None)
            draft.mod = Mod::Approx;
        return end;
    };
    const auto withRange = [&](int end, Unit rangeUnit, int maximum) {
        if (end < 0 || !last)
            return end;
        if (last > maximum)
            return -1;
        draft.rangeLast = last;
        draft.rangeUnit = rangeUnit;
        return end;
    };
    if (text_.startsWith(unit, U"년대")) {
        if (last || more || rank >= kRankYear)
            return -1;
        draft.date.decade = (number->digits == 2 ? fullYear(value) : value) / 10;
        draft.addRule("decade");
        rank = kRankYear;
        return unit + 2;
    }
    if (text_.startsWith(unit, U"세기")) {  // "21세기", "20세기 말"
        if (last || more || value < 1 || value > 30 || rank >= kRankYear)
            return -1;
        draft.date.century = value - 1;
        draft.addRule("century");
        rank = kRankYear;
        return unit + 2;
    }
    if (text_.startsWith(unit, U"년도"))
        return withRange(yearComponent(value, number->digits, unit + 2, draft, rank), Unit::Year,
                         2999);
    if (text_.startsWith(unit, U"년")) {
        if (value < 1000 && !(number->digits == 2 && monthFollows(text_, unit + 1)))
            return amount(unit + 1, Unit::Year, true);
        if (more)
            return -1;
        return withRange(yearComponent(value, number->digits, unit + 1, draft, rank), Unit::Year,
                         2999);
    }
    if (text_.startsWith(unit, U"개월"))
        return amount(unit + 2, Unit::Month, true);
    if (text_.startsWith(unit, U"월")) {
        if (more || value < 1 || value > 12 || rank >= kRankMonth)
            return -1;
        draft.date.month = value;
        draft.addRule("month");
        rank = kRankMonth;
        return withRange(unit + 1, Unit::Month, 12);
    }
    if (text_.startsWith(unit, U"분기")) {
        if (last || more || value < 1 || value > 4 || rank >= kRankPartOfYear)
            return -1;
        if (text_.matchLoose(unit + 2, U" 연속") > 0)
            return -1;
        draft.date.quarter = value;
        draft.addRule("quarter");
        rank = kRankPartOfYear;
        return unit + 2;
    }
    if (text_.startsWith(unit, U"주년"))
        return -1;
    if (text_.startsWith(unit, U"주일"))  // "1주일"
        return amount(unit + 2, Unit::Week, true);
    if (text_.startsWith(unit, U"주"))
        return amount(unit + 1, Unit::Week, false);
    if (text_.startsWith(unit, U"달"))  // "3달"
        return amount(unit + 1, Unit::Month, true);
    if (text_.startsWith(unit, U"일")) {
        if (last) {  // "2~3일간" is about three days; "28~29일", "오는 13~14일" two days of
                     // the month
            const Draft saved = draft;
            const int savedRank = rank;
            if (const int asAmount = amount(unit + 1, Unit::Day, false, true); asAmount >= 0)
                return asAmount;
            draft = saved;
            rank = savedRank;
            return withRange(dayComponent(value, unit + 1, draft, rank, false, true), Unit::Day,
                             31);
        }
        if (rank == kRankNone && perPeriod(pos))
            return -1;  // "주 5일 근무", "월 3일": days a week or a month, no date
        return dayComponent(value, unit + 1, draft, rank, more, false);
    }
    if (text_.startsWith(unit, U"시간"))
        return amount(unit + 2, Unit::Hour, true);
    if (text_.startsWith(unit, U"시")) {
        if (more)
            return -1;
        return withRange(clockComponent(value, unit + 1, draft, rank, false), Unit::Hour, 24);
    }
    if (text_.startsWith(unit, U"분")) {
        if (rank == kRankClock && draft.clock.hour >= 0 && !last && !more && value < 60) {
            draft.clock.minute = value;
            rank = kRankMinute;
            return unit + 1;
        }
        return amount(unit + 1, Unit::Minute, false);
    }
    if (text_.startsWith(unit, U"초"))
        return amount(unit + 1, Unit::Second, false);
    return -1;
}

int KoreanParser::apostropheYear(int pos, Draft& draft, int& rank) const {
    const auto number = readDigits(text_, pos + 1);
    if (!number || number->digits != 2 || rank >= kRankYear)
        return -1;
    if (text_[number->end] == U'.')  // "'24.2.28"
        return apostropheDate(fullYear(number->value), number->end + 1, draft, rank);
    if (text_[number->end] != U'년')
        return -1;
    draft.date.year = fullYear(number->value);
    draft.addRule("year");
    rank = kRankYear;
    return number->end + 1;
}

int KoreanParser::apostropheDate(int year, int pos, Draft& draft, int& rank) const {
    const auto month = readDigits(text_, pos);
    if (!month || month->digits > 2 || text_[month->end] != U'.')
        return -1;
    const auto day = readDigits(text_, month->end + 1);
    if (!day || day->digits > 2 || isDigit(text_[day->end]) ||
        !isValidDate(year, month->value, day->value))
        return -1;
    draft.date.year = year;
    draft.date.month = month->value;
    draft.date.day = day->value;
    draft.addRule("numeric-date");
    rank = kRankDay;
    return text_[day->end] == U'.' && !isDigit(text_[day->end + 1]) ? day->end + 1 : day->end;
}

int KoreanParser::yearComponent(int value, int digits, int pos, Draft& draft, int& rank) const {
    if (rank >= kRankYear)
        return -1;
    const int year = digits == 2 ? fullYear(value) : value;
    if (year < 1000 || year > 2999)
        return -1;
    draft.date.year = year;
    draft.addRule("year");
    rank = kRankYear;
    return pos;
}

bool KoreanParser::perPeriod(int pos) const {
    const int before = pos - 1;
    if (!isSpace(text_[before]) || (text_[before - 1] != U'주' && text_[before - 1] != U'월'))
        return false;
    return !isHangulSyllable(text_[before - 2]) && !isDigit(text_[before - 2]);
}

int KoreanParser::dayComponent(int value, int pos, Draft& draft, int& rank, bool more,
                               bool inRange) const {
    if (!more && !inRange && value >= 1 && value <= 31) {
        Draft trial = draft;
        int trialRank = rank;
        const int asAmount = amountSuffix(pos, {value, Unit::Day}, false, true, trial, trialRank);
        if (asAmount >= 0) {
            draft = trial;
            rank = trialRank;
            return asAmount;
        }
    }
    if (!more && value >= 1 && value <= 31) {
        if (rank >= kRankDay || draft.date.day || draft.date.dayShift.set)
            return -1;
        draft.date.day = value;
        draft.addRule(draft.date.month ? "month-day" : "day-of-month");
        rank = kRankDay;
        return pos;
    }
    if (inRange)
        return -1;
    const int end = amountSuffix(pos, {value, Unit::Day}, value > 31 || more, false, draft, rank);
    if (end >= 0 && more && draft.mod == Mod::None)
        draft.mod = Mod::MoreThan;
    return end;
}

int KoreanParser::clockComponent(int hour, int pos, Draft& draft, int& rank, bool native) const {
    if (rank >= kRankClock || hour < 0 || hour > 24 || !draft.date.takesClock())
        return -1;
    ClockDraft& clock = draft.clock;
    int end = pos;
    const int spaced = text_.skipSpaces(pos, 1);
    const bool half = text_.startsWith(spaced, U"반") && endsWord(spaced + 1);
    const auto minutes = readDigits(text_, spaced);
    const bool minutesFollow = minutes && text_[minutes->end] == U'분';
    int spelledMinutes = -1;  // "세시 이십분"
    for (int unit = spaced + 1; !minutesFollow && unit < text_.hangulRunEnd(spaced); ++unit) {
        if (text_[unit] != U'분')
            continue;
        if (const auto value = sinoKoreanValue(text_, spaced, unit);
            value && *value < 60 && endsWord(unit + 1)) {
            spelledMinutes = *value;
            end = unit + 1;
        }
        break;
    }
    const bool partWritten = clock.part != PartOfDay::None || clock.meridiem != Meridiem::None;
    if (native && spelledMinutes < 0 && !partWritten && !half && !minutesFollow)
        return -1;
    clock.hour = hour;
    clock.minute = half ? 30 : std::max(spelledMinutes, 0);
    clock.bareHour = !partWritten && hour <= 12;
    if (half)
        end = spaced + 1;
    draft.addRule("clock");
    rank = half || spelledMinutes >= 0 ? kRankMinute : kRankClock;
    return end;
}

}  // namespace yeonpyo::temporal
