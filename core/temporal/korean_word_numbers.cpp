// Korean components written in words: Sino-Korean dates (이천이십사년 이월 이십팔일) and native
// counts (세 시, 한 시간, 이틀, 보름, 수년, 몇 달).
#include "core/temporal/korean_parser_p.h"
#include "core/temporal/numerals_p.h"

namespace yeonpyo::temporal {
namespace {

/// A day of the month follows: "28일" or a Sino-Korean "이십팔일".
bool dayFollows(const Scan& text, int pos) {
    const int at = text.skipSpaces(pos, 1);
    if (const auto number = readDigits(text, at))
        return text[number->end] == U'일';
    const int runEnd = text.hangulRunEnd(at);
    for (int unit = at + 1; unit < runEnd; ++unit) {
        if (text[unit] == U'일' && sinoKoreanValue(text, at, unit))
            return true;
    }
    return false;
}

}  // namespace

void KoreanParser::sinoDateReadings(int pos, const Draft& draft, int rank, Steps& steps) const {
    const int runEnd = text_.hangulRunEnd(pos);
    for (int unit = pos + 1; unit < runEnd; ++unit) {
        const char32_t u = text_[unit];
        if (u != U'년' && u != U'월' && u != U'일')
            continue;
        const auto value = sinoKoreanValue(text_, pos, unit);
        if (!value)
            continue;
        Draft trial = draft;
        int trialRank = rank;
        if (u == U'년' && *value >= 1000 && rank < kRankYear) {
            trial.date.year = *value;
            trialRank = kRankYear;
        } else if (u == U'월' && *value >= 1 && *value <= 12 && rank < kRankMonth &&
                   (rank == kRankYear || dayFollows(text_, unit + 1))) {
            trial.date.month = *value;
            trialRank = kRankMonth;
        } else if (u == U'일' && *value >= 1 && *value <= 31 && rank == kRankMonth &&
                   trial.date.month) {
            trial.date.day = *value;
            trialRank = kRankDay;
        } else {
            continue;
        }
        trial.addRule("sino-korean-date");
        if (steps.add(trial, trialRank, unit + 1))
            return;
    }
}

int KoreanParser::nativeComponent(int pos, Draft& draft, int& rank) const {
    if (const auto days = readNativeDays(text_, pos)) {
        if (rank > kRankPrefix)
            return -1;
        return amountSuffix(days->end, {days->value, Unit::Day}, true, false, draft, rank);
    }
    if (text_[pos] == U'수') {
        if (rank > kRankPrefix)
            return -1;
        const int at = pos + 1;
        if (text_.matchLoose(at, U"십 년") > 0)
            return amountSuffix(text_.matchLoose(at, U"십 년"), {-1, Unit::Decade}, true, false,
                                draft, rank);
        if (text_.startsWith(at, U"년"))
            return amountSuffix(at + 1, {-1, Unit::Year}, true, false, draft, rank);
        if (text_.startsWith(at, U"개월"))
            return amountSuffix(at + 2, {-1, Unit::Month}, true, false, draft, rank);
        if (text_.startsWith(at, U"시간"))
            return amountSuffix(at + 2, {-1, Unit::Hour}, true, false, draft, rank);
        if (text_.startsWith(at, U"일"))
            return amountSuffix(at + 1, {-1, Unit::Day}, true, false, draft, rank);
        return -1;
    }
    const auto count = readNativeCount(text_, pos);
    if (!count)
        return -1;
    const int unit = text_.skipSpaces(count->end, 1);
    const int n = count->value;
    const bool amountFits = rank <= kRankPrefix;
    if (text_.startsWith(unit, U"시간")) {
        if (!amountFits)
            return -1;
        AmountDraft hours{n, Unit::Hour};
        int after = unit + 2;
        const int half = text_.skipSpaces(after, 1);  // "한 시간 반"
        if (n > 0 && text_.startsWith(half, U"반") && endsWord(half + 1)) {
            hours.extra = 30, hours.extraUnit = Unit::Minute;
            after = half + 1;
        }
        return amountSuffix(after, hours, true, false, draft, rank);
    }
    if (text_.startsWith(unit, U"시"))
        return n >= 1 ? clockComponent(n, unit + 1, draft, rank, true) : -1;
    if (!amountFits)
        return -1;
    if (text_.startsWith(unit, U"개월"))
        return amountSuffix(unit + 2, {n, Unit::Month}, true, false, draft, rank);
    if (text_.startsWith(unit, U"달"))
        return amountSuffix(unit + 1, {n, Unit::Month}, true, false, draft, rank);
    if (text_.startsWith(unit, U"해"))
        return amountSuffix(unit + 1, {n, Unit::Year}, true, false, draft, rank);
    if (text_.startsWith(unit, U"주") && !text_.startsWith(unit, U"주년")) {
        return amountSuffix(unit + 1, {n, Unit::Week}, true, false, draft, rank);
    }
    if (n < 0 && text_.startsWith(unit, U"년"))
        return amountSuffix(unit + 1, {n, Unit::Year}, true, false, draft, rank);
    if (n < 0 && text_.startsWith(unit, U"일"))
        return amountSuffix(unit + 1, {n, Unit::Day}, true, false, draft, rank);
    if (text_.startsWith(unit, U"분"))
        return amountSuffix(unit + 1, {n, Unit::Minute}, false, false, draft, rank);
    return -1;
}

}  // namespace yeonpyo::temporal
