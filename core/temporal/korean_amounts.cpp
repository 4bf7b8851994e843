// What follows a Korean amount of time decides what it is: an offset ("3년 전", "이틀 뒤"), a
// duration ("3일간", "10년 만에", "한 시간 넘게") or, for a day number, nothing of the kind.
#include "core/temporal/korean_parser_p.h"
#include "core/temporal/numerals_p.h"

namespace yeonpyo::temporal {
namespace {

enum class SuffixKind { Before, After, Duration, MoreThan, LessThan, Approx };

struct AmountSuffix {
    std::u32string_view text;
    SuffixKind kind;
    bool adjacentOnly = false;  ///< Written without a space ("3일간", "3일째").
    bool dayOfMonthWins =
        false;  ///< After a day number it belongs to the day ("28일 이후", "28일께").
    bool stretch = false;  ///< A stretch of time ("간", "동안"): after 지난/다음, an interval.
};

// Longer suffixes before their prefixes (전후 before 전, 만에 before 만, 내내 before 내).
constexpr AmountSuffix kSuffixes[] = {
    {U"전후", SuffixKind::Approx, false, true},
    {U"전", SuffixKind::Before},
    {U"이후", SuffixKind::After, false, true},
    {U"후", SuffixKind::After},
    {U"뒤", SuffixKind::After},
    {U"만에", SuffixKind::Duration},
    {U"만의", SuffixKind::Duration},
    {U"만이", SuffixKind::Duration},
    {U"만", SuffixKind::Duration},
    {U"간", SuffixKind::Duration, true, false, true},
    {U"동안", SuffixKind::Duration, false, false, true},
    {U"째", SuffixKind::Duration, true},
    {U"연속", SuffixKind::Duration},
    {U"내내", SuffixKind::Duration, false, false, true},
    {U"종일", SuffixKind::Duration, false, false, true},
    {U"넘게", SuffixKind::MoreThan},
    {U"넘는", SuffixKind::MoreThan},
    {U"넘은", SuffixKind::MoreThan},
    {U"이상", SuffixKind::MoreThan},
    {U"초과", SuffixKind::MoreThan},
    {U"남짓", SuffixKind::MoreThan},
    {U"가량", SuffixKind::Approx},
    {U"정도", SuffixKind::Approx},
    {U"안팎", SuffixKind::Approx},
    {U"내외", SuffixKind::Approx},
    {U"쯤", SuffixKind::Approx, false, true},
    {U"께", SuffixKind::Approx, false, true},
    {U"이내", SuffixKind::LessThan},
    {U"안에", SuffixKind::LessThan},
    {U"내", SuffixKind::LessThan},
    {U"미만", SuffixKind::LessThan},
    {U"가까이", SuffixKind::LessThan},
};

void asOffset(AmountDraft amount, int sign, Draft& draft, int& rank) {
    const Base base = sign > 0 && (amount.unit == Unit::Day || amount.unit == Unit::Week)
                          ? Base::Context
                          : Base::Document;
    switch (applyOffset(draft, amount, sign, base)) {
        case Unit::Day:
            rank = kRankDay;
            break;
        case Unit::Month:
            rank = kRankMonth;
            break;
        case Unit::Year:
            rank = kRankYear;
            break;
        default:
            rank = kRankTerminal;
            break;
    }
}

void asDuration(AmountDraft amount, Mod mod, Draft& draft, int& rank) {
    draft.type = DraftType::Duration;
    draft.amount = amount;
    draft.mod = mod;
    draft.addRule("duration");
    rank = kRankTerminal;
}

/// Half a unit more ("한 달 반": a month and 15 days); false for units without a whole half.
bool addHalf(AmountDraft& amount) {
    switch (amount.unit) {
        case Unit::Year:
            amount.extra = 6, amount.extraUnit = Unit::Month;
            return true;
        case Unit::Month:
            amount.extra = 15, amount.extraUnit = Unit::Day;
            return true;
        case Unit::Hour:
            amount.extra = 30, amount.extraUnit = Unit::Minute;
            return true;
        default:
            return false;
    }
}

/// After 지난, 최근, 다음 or 향후 a stretch of time is the interval up to or from the article date
/// ("지난 2주", "다음 3주간", "최근 1주일").
bool countsFromNow(const Draft& draft) {
    return draft.date.direction == Direction::Past || draft.date.direction == Direction::Future;
}

}  // namespace

int KoreanParser::amountSuffix(int pos, AmountDraft amount, bool bareAllowed, bool dayOfMonth,
                               Draft& draft, int& rank) const {
    if (rank > kRankPrefix)
        return -1;
    // "1년여", "한 달여", "3시간여 만에", "10여일간"; not "3일여의도"
    const bool more = text_[pos] == U'여' &&
                      (!isHangulSyllable(text_[pos + 1]) || text_.startsWith(pos + 1, U"만") ||
                       text_.startsWith(pos + 1, U"간"));
    if (more)
        ++pos, bareAllowed = true;
    if (const int half = text_.skipSpaces(pos, 1); amount.extra == 0 && amount.amount > 0 &&
                                                   text_.startsWith(half, U"반") &&
                                                   endsWord(half + 1) && addHalf(amount)) {
        pos = half + 1;  // "한 달 반", "두 해 반"
    }
    const int end = amountSuffixAfter(pos, amount, bareAllowed, dayOfMonth, draft, rank);
    if (end >= 0 && more && draft.mod == Mod::None)
        draft.mod = draft.type == DraftType::Duration ? Mod::MoreThan : Mod::Approx;
    return end;
}

int KoreanParser::amountSuffixAfter(int pos, AmountDraft amount, bool bareAllowed, bool dayOfMonth,
                                    Draft& draft, int& rank) const {
    const int spaced = text_.skipSpaces(pos, 1);
    for (const AmountSuffix& suffix : kSuffixes) {
        if (dayOfMonth && suffix.dayOfMonthWins)
            continue;
        const int at = suffix.adjacentOnly ? pos : spaced;
        if (!text_.startsWith(at, suffix.text))
            continue;
        const int end = at + static_cast<int>(suffix.text.size());
        if (!endsWord(end))
            continue;
        switch (suffix.kind) {
            case SuffixKind::Before:
                asOffset(amount, -1, draft, rank);
                break;
            case SuffixKind::After:
                asOffset(amount, 1, draft, rank);
                break;
            case SuffixKind::Duration:
                asDuration(amount, Mod::None, draft, rank);
                draft.interval = suffix.stretch && countsFromNow(draft);
                break;
            case SuffixKind::MoreThan:
                asDuration(amount, Mod::MoreThan, draft, rank);
                break;
            case SuffixKind::LessThan:
                asDuration(amount, Mod::LessThan, draft, rank);
                break;
            case SuffixKind::Approx:
                asDuration(amount, Mod::Approx, draft, rank);
                break;
        }
        return end;
    }
    // "지난 2주": a bare amount after 지난/다음 is an interval; "지난 26일" stays a day of the
    // month
    if ((!bareAllowed && (dayOfMonth || !countsFromNow(draft))) || !endsWord(pos))
        return -1;
    asDuration(amount, Mod::None, draft, rank);
    draft.interval = countsFromNow(draft);
    return pos;
}

int KoreanParser::nightsAndDays(int nights, int pos, Draft& draft, int& rank) const {
    const auto days = readDigits(text_, text_.skipSpaces(pos, 1));
    if (!days || days->value < nights || days->value > nights + 1 || text_[days->end] != U'일')
        return -1;
    const int end = amountSuffix(days->end + 1, {days->value, Unit::Day}, true, false, draft, rank);
    if (end >= 0 && draft.type == DraftType::Duration)
        draft.addRule("nights-and-days");
    return draft.type == DraftType::Duration ? end : -1;
}

}  // namespace yeonpyo::temporal
