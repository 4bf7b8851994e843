// Numerals in time expressions: digits (ASCII, full-width), Sino-Korean and native Korean words,
// English cardinals and ordinals.
#pragma once

#include <optional>

#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {

/// A number read from the text; value -1 means "some" (수, 몇, several) where that is allowed.
struct NumberMatch {
    int value = 0;
    int end = 0;     ///< One past its last code point.
    int digits = 0;  ///< How many digits were written (for "2024" versus "24"); 0 for words.
};

/// One to nine ASCII or full-width digits at pos (not more: longer runs are no time values).
std::optional<NumberMatch> readDigits(const Scan& text, int pos);

/// A Sino-Korean numeral spanning exactly [pos, end): "이천이십사" → 2024, "십일" → 11, "유" (유월)
/// → 6.
std::optional<int> sinoKoreanValue(const Scan& text, int pos, int end);

/// A native Korean count before a counter (시, 시간, 달, 해, 주): 한 1, 두 2, 세/석 3, 네/넉 4,
/// 다섯 … 열두 12, 스무 20.
std::optional<NumberMatch> readNativeCount(const Scan& text, int pos);

/// A native Korean number of days: 하루 1, 이틀 2, 사흘 3, 나흘 4, 닷새 5, 엿새 6, 이레 7,
/// 여드레 8, 아흐레 9, 열흘 10, 보름 15, 며칠 (some).
std::optional<NumberMatch> readNativeDays(const Scan& text, int pos);

/// An English cardinal: digits, "one" … "ninety-nine", "a"/"an" (1), "a couple of" (2),
/// "a dozen" (12), "a few"/"several"/"some" (some).
std::optional<NumberMatch> readEnglishCardinal(const Scan& text, int pos);

/// A year spelled out as it is read aloud: "nineteen ninety-six" 1996, "nineteen oh five" 1905,
/// "nineteen hundred" 1900, "two thousand" 2000, "two thousand and one" 2001, "twenty twelve" 2012.
std::optional<NumberMatch> readSpelledYear(const Scan& text, int pos);

/// An English ordinal of a day or quarter: "28th", "1st", "first" … "thirty-first".
std::optional<NumberMatch> readEnglishOrdinal(const Scan& text, int pos);

}  // namespace yeonpyo::temporal
