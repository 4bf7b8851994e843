// The Korean time words (어제, 이튿날, 지난달, 오찬, 추석, 현지시간, …) and what each one fixes.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "core/temporal/draft_p.h"
#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {

enum class KoreanWordKind : std::uint8_t {
    DayShift,      ///< value: days; base; extra: a PartOfDay it includes (어젯밤)
    YearShift,     ///< value: years; base
    YearMod,       ///< 연말: the year of the base with mod (extra)
    MonthShift,    ///< value: months; base
    MonthMod,      ///< 월말: the month of the article with mod (extra)
    WeekShift,     ///< value: weeks; base
    Weekend,       ///< value: weeks; extra 1 when the week is stated
    Weekday,       ///< value: 1 Monday … 7 Sunday
    Part,          ///< value: PartOfDay; extra: Meridiem
    Meal,          ///< value: PartOfDay the meal fixes
    ClockWord,     ///< 정오, 자정: value hour; extra PartOfDay
    PeriodMod,     ///< 초, 중순, 말: value Mod
    Half,          ///< value: 1 or 2
    Season,        ///< value: Season
    Holiday,       ///< value: HolidayId
    Direction,     ///< 지난, 오는, 이번: value Direction
    ThisYear,      ///< 올 before 상반기, 여름, 3월
    Zone,          ///< 현지시간, 한국시간: value index into koreanZoneIds()
    Reference,     ///< 현재, 최근, 향후: value RefKind
    Set,           ///< 매일, 매주: value Unit
    Amount,        ///< 일주일, 반년: value amount; extra Unit
    QuarterShift,  ///< 이번 분기, 다음 분기: value quarters; base
    WeekOfMonth,   ///< 셋째 주, 마지막 주: value N (-1 the last)
    Ordinal,       ///< 첫째, 셋째, 마지막 before a weekday: value N (-1 the last)
    LastDay,       ///< 마지막 날, 말일: the last day of the month
};

struct KoreanWord {
    std::u32string_view
        text;  ///< A space matches zero or one space ("지난 달" also matches "지난달").
    KoreanWordKind kind;
    int value = 0;
    Base base = Base::Document;
    int extra = 0;
    /// Counts only when a comparison follows ("전주 대비", "전주보다"): 전주 is also a city.
    bool comparedOnly = false;
};

/// The table's words that match at pos, longest first, with their ends.
struct KoreanWordMatch {
    const KoreanWord* word = nullptr;
    int end = 0;
};
struct KoreanWordMatches {
    std::array<KoreanWordMatch, 8> items{};
    int count = 0;
    const KoreanWordMatch* begin() const { return items.data(); }
    const KoreanWordMatch* end() const { return items.data() + count; }
};
KoreanWordMatches matchKoreanWords(const Scan& text, int pos);

/// True for a syllable that can start a Korean time expression (a word of the table or a numeral).
bool isKoreanAnchor(char32_t syllable);

/// IANA ids the Zone words refer to; "local" is the zone of the event's place.
std::string_view koreanZoneId(int index);

/// True when [pos, end) is nothing but particles and endings that may follow a time word
/// ("에는", "부터", "까지", "께", "의", "이다" …).
bool isKoreanParticleTail(const Scan& text, int pos, int end);

}  // namespace yeonpyo::temporal
