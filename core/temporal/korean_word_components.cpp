// Korean components read from the word table (어제, 지난달, 오후, 추석, 지난, …) and from
// parentheses after a date ("(수)", "(현지시간)").
#include "core/temporal/english_words_p.h"
#include "core/temporal/holidays_p.h"
#include "core/temporal/korean_parser_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr std::u32string_view kWeekdaySyllables = U"월화수목금토일";

bool hasPeriod(const DateDraft& date) {
    return (date.year || date.yearShift.set || date.month || date.monthShift.set || date.half ||
            date.quarter || date.quarterShift.set || date.decade || date.century ||
            (date.weekShift.set && !date.weekend)) &&
           !date.day && !date.dayShift.set && !date.weekday;
}

/// 전주 is a week only before a comparison ("전주 대비", "전주보다"); otherwise it is the city.
bool comparisonFollows(const Scan& text, int end) {
    return text.matchLoose(end, U" 대비") > 0 || text.startsWith(end, U"보다") ||
           text.matchLoose(end, U" 比") > 0 || text.matchLoose(end, U" 비해") > 0;
}

/// A month is written or counted in the chain ("10월", "이달"), for the places inside a month.
bool hasMonth(const DateDraft& date) {
    return (date.month || date.monthShift.set) && !date.day && !date.dayShift.set;
}

/// 낮 only counts before a clock time or as "낮에"/"낮부터"/"낮까지" ("낮은" is "low").
bool daytimeFits(const Scan& text, int end) {
    if (!isHangulSyllable(text[end]))
        return isDigit(text[text.skipSpaces(end, 1)]);
    return text.startsWith(end, U"에") || text.startsWith(end, U"부터") ||
           text.startsWith(end, U"까지");
}

/// After a zone prefix: "으로", "로" and " 기준(으로)" ("현지시간으로 24일", "한국시간 기준 25일").
int afterZonePrefix(const Scan& text, int end) {
    int at = end;
    if (const int based = text.matchLoose(at, U" 기준"); based > 0)
        at = based;
    if (text.startsWith(at, U"으로"))
        return at + 2;
    if (text.startsWith(at, U"로"))
        return at + 1;
    return at;
}

/// Applies one table word to a draft; returns its end, or -1 when it does not fit the chain.
int applyWord(const Scan& text, const KoreanWordMatch& match, Draft& draft, int& rank) {
    const KoreanWord& word = *match.word;
    DateDraft& date = draft.date;
    ClockDraft& clock = draft.clock;
    const auto needs = [&rank](int newRank) {
        if (rank >= newRank)
            return false;
        rank = newRank;
        return true;
    };
    int end = match.end;
    switch (word.kind) {
        case KoreanWordKind::DayShift:
            if (!needs(kRankDay))
                return -1;
            date.dayShift = {true, word.value, word.base};
            if (word.extra) {
                clock.part = static_cast<PartOfDay>(word.extra);
                rank = kRankPart;
            }
            draft.addRule(word.base == Base::Document ? "relative-day" : "anaphoric-day");
            break;
        case KoreanWordKind::YearShift:
            if (!needs(kRankYear))
                return -1;
            date.yearShift = {true, word.value, word.base};
            draft.addRule("relative-year");
            // "작년 동기", "전년 같은 기간": the same period of that year
            for (const std::u32string_view same : {U" 동기", U" 같은 기간", U" 같은 달"}) {
                if (const int after = text.matchLoose(end, same); after > 0) {
                    end = after;
                    break;
                }
            }
            break;
        case KoreanWordKind::QuarterShift:
            if (!needs(kRankPartOfYear))
                return -1;
            date.quarterShift = {true, word.value, word.base};
            draft.addRule("relative-quarter");
            break;
        case KoreanWordKind::WeekOfMonth:
            if (text[end] == U'자' || !needs(kRankWeek))
                return -1;  // "마지막 주자" is the last runner
            date.weekOfMonth = word.value;
            draft.addRule("week-of-month");
            break;
        case KoreanWordKind::Ordinal:
            if (!needs(kRankWeek))
                return -1;
            date.nthWeekday = word.value;
            break;
        case KoreanWordKind::LastDay:
            if ((word.value == 0 && !hasMonth(date)) || !needs(kRankDay))
                return -1;  // "대회 마지막 날" is the last day of something else
            date.lastDay = true;
            draft.addRule("last-day");
            break;
        case KoreanWordKind::YearMod:
            if (date.month || date.monthShift.set || !needs(kRankPeriodMod))
                return -1;
            if (!date.year && !date.yearShift.set) {
                // "지난 연말": the year-end before this year's, "오는 연말" this year's
                const bool before = date.direction == Direction::Past;
                date.yearShift = {true, before ? -1 : 0, Base::Document};
                date.direction = Direction::None;
            }
            draft.mod = static_cast<Mod>(word.extra);
            draft.addRule("part-of-year");
            break;
        case KoreanWordKind::MonthShift:
            if (!needs(kRankMonth))
                return -1;
            date.monthShift = {true, word.value, word.base};
            draft.addRule("relative-month");
            break;
        case KoreanWordKind::MonthMod:
            if (!needs(kRankPeriodMod))
                return -1;
            date.monthShift = {true, 0, Base::Document};
            draft.mod = static_cast<Mod>(word.extra);
            draft.addRule("part-of-month");
            break;
        case KoreanWordKind::WeekShift:
            if ((word.comparedOnly && !comparisonFollows(text, end)) || !needs(kRankWeek))
                return -1;
            date.weekShift = {true, word.value, word.base};
            draft.addRule("relative-week");
            break;
        case KoreanWordKind::Weekend:
            if (!needs(kRankWeek))
                return -1;
            date.weekend = true;
            if (word.extra)
                date.weekShift = {true, word.value, word.base};
            draft.addRule("weekend");
            break;
        case KoreanWordKind::Weekday:
            if (!needs(kRankWeekday))
                return -1;
            date.weekday = word.value;
            draft.addRule("weekday");
            break;
        case KoreanWordKind::Part:
            if (!needs(kRankPart))
                return -1;
            if (word.extra < 0 && !daytimeFits(text, end))
                return -1;
            clock.part = static_cast<PartOfDay>(word.value);
            clock.meridiem = word.extra > 0 ? static_cast<Meridiem>(word.extra) : Meridiem::None;
            draft.addRule("part-of-day");
            for (const std::u32string_view when : {U" 늦게", U" 일찍", U" 중", U" 내내"}) {
                const int after = text.matchLoose(end, when);
                if (after > 0 && isKoreanParticleTail(text, after, text.hangulRunEnd(after))) {
                    end = after;  // "오후 늦게", "아침 일찍", "오전 중"
                    break;
                }
            }
            break;
        case KoreanWordKind::Meal:
            if (!needs(kRankPart))
                return -1;
            clock.part = static_cast<PartOfDay>(word.value);
            clock.meal = true;
            draft.addRule("meal");
            break;
        case KoreanWordKind::ClockWord:
            if (!needs(kRankClock))
                return -1;
            clock.hour = word.value;
            clock.part = static_cast<PartOfDay>(word.extra);
            draft.addRule("clock-word");
            break;
        case KoreanWordKind::PeriodMod:
            if (!hasPeriod(date) || draft.mod != Mod::None)
                return -1;
            if (!(date.weekShift.set && rank == kRankWeek) && !needs(kRankPeriodMod))
                return -1;  // "다음 주 초", "지난주 후반" after a week; else before one
            draft.mod = static_cast<Mod>(word.value);
            draft.addRule("part-of-period");
            break;
        case KoreanWordKind::Half:
            if (!needs(kRankPartOfYear))
                return -1;
            date.half = word.value;
            draft.addRule("half-year");
            break;
        case KoreanWordKind::Season:
            if (rank == kRankNone || !needs(kRankPartOfYear))
                return -1;
            date.season = static_cast<Season>(word.value);
            draft.addRule("season");
            break;
        case KoreanWordKind::Holiday: {
            if (!needs(kRankDay))
                return -1;
            date.holiday = &holiday(static_cast<HolidayId>(word.value));
            date.holidaySeason = word.extra != 0;
            const int season = text.matchLoose(end, U" 연휴");
            if (season > 0 && date.holiday->seasonDaysAfter > 0) {
                date.holidaySeason = true;
                end = season;
            } else if (const int day = text.matchLoose(end, U" 당일"); day > 0) {
                end = day;  // "추석 당일": the holiday itself
            }
            draft.addRule("holiday");
            break;
        }
        case KoreanWordKind::Direction:
            if (!needs(kRankPrefix))
                return -1;
            date.direction = static_cast<Direction>(word.value);
            break;
        case KoreanWordKind::ThisYear:
            if (!needs(kRankPrefix))
                return -1;
            date.yearShift = {true, 0, Base::Document};
            draft.addRule("this-year");
            break;
        case KoreanWordKind::Zone:
            if (!needs(kRankPrefix))
                return -1;
            draft.zone = koreanZoneId(word.value);
            end = afterZonePrefix(text, end);
            break;
        case KoreanWordKind::Reference:
            if (!needs(kRankTerminal))
                return -1;
            draft.type = DraftType::Reference;
            draft.ref = static_cast<RefKind>(word.value);
            draft.addRule("vague-reference");
            break;
        case KoreanWordKind::Set:
            if (rank != kRankNone)
                return -1;
            // 매주 화요일, 매달 1일, 매년 5월: the finer field follows
            rank = word.value == static_cast<int>(Unit::Week)    ? kRankWeek
                   : word.value == static_cast<int>(Unit::Month) ? kRankMonth
                   : word.value == static_cast<int>(Unit::Year)  ? kRankYear
                                                                 : kRankTerminal;
            draft.type = DraftType::Set;
            draft.amount = {1, static_cast<Unit>(word.value)};
            draft.addRule("set");
            break;
        case KoreanWordKind::Amount:
            return -2;  // read by amountSuffix
    }
    return end;
}

bool isPrefix(KoreanWordKind kind) {
    return kind == KoreanWordKind::Direction || kind == KoreanWordKind::ThisYear ||
           kind == KoreanWordKind::Zone || kind == KoreanWordKind::Ordinal;
}

}  // namespace

void KoreanParser::wordReadings(int pos, const Draft& draft, int rank, Steps& steps) const {
    for (const KoreanWordMatch& match : matchKoreanWords(text_, pos)) {
        Draft trial = draft;
        int trialRank = rank;
        int end = applyWord(text_, match, trial, trialRank);
        if (end == -2) {
            if (rank > kRankPrefix)
                continue;
            const AmountDraft amount{match.word->value, static_cast<Unit>(match.word->extra)};
            end = amountSuffix(match.end, amount, true, false, trial, trialRank);
        }
        if (steps.add(trial, trialRank, end, !isPrefix(match.word->kind)))
            return;
    }
}

int KoreanParser::latinZone(int pos, Draft& draft, int& rank) const {
    if (rank < kRankClock || rank >= kRankZone || !draft.zone.empty())
        return -1;
    const AsciiWord word = readAsciiWord(text_, pos);
    const EnglishWord* zone = word.length >= 2 ? englishWord(word.lower()) : nullptr;
    if (!zone || zone->kind != EnglishWordKind::Zone || !isAsciiUpper(text_[pos + 1]))
        return -1;
    draft.zone = englishZoneId(zone->value);
    rank = kRankZone;
    return word.end;
}

int KoreanParser::parenComponent(int pos, Draft& draft, int& rank) const {
    int at = pos + 1;
    const char32_t inside = text_[at];
    const auto closes = [this](int p) { return text_[p] == U')' || text_[p] == 0xFF09; };
    const auto weekday = kWeekdaySyllables.find(inside);
    if (weekday != std::u32string_view::npos && closes(at + 1)) {
        if (rank != kRankDay || draft.date.weekday)
            return -1;
        draft.date.weekday = static_cast<int>(weekday) + 1;
        rank = kRankWeekday;
        return at + 2;
    }
    if (rank < kRankMonth || rank >= kRankZone || !draft.zone.empty())
        return -1;
    // After a day, a part of day or clock time may still follow: "28일(현지시간) 오전 10시"
    const int rankAfter = rank < kRankPart ? rank : kRankZone;
    if (const int zoned = latinZone(at, draft, rank); zoned > 0 && closes(zoned)) {
        rank = rankAfter;
        return zoned + 1;
    }
    if (text_.startsWith(at, U"이하"))
        at = text_.skipSpaces(at + 2, 1);
    for (const KoreanWordMatch& match : matchKoreanWords(text_, at)) {
        if (match.word->kind != KoreanWordKind::Zone)
            continue;
        int end = match.end;
        if (const int based = text_.matchLoose(end, U" 기준"); based > 0)
            end = based;
        if (!closes(end))
            continue;
        draft.zone = koreanZoneId(match.word->value);
        rank = rankAfter;
        return end + 1;
    }
    return -1;
}

}  // namespace yeonpyo::temporal
