// Reading numerals: digits, Sino-Korean and native Korean number words, English cardinals and
// ordinals.
#include "core/temporal/numerals_p.h"

#include <string_view>

namespace yeonpyo::temporal {
namespace {

struct WordNumber {
    std::u32string_view word;
    int value;
};

// Longest forms first where one is a prefix of another (열두 before 열).
constexpr WordNumber kNativeCounts[] = {
    {U"열한", 11}, {U"열두", 12}, {U"다섯", 5}, {U"여섯", 6}, {U"일곱", 7}, {U"여덟", 8},
    {U"아홉", 9},  {U"스무", 20}, {U"한", 1},   {U"두", 2},   {U"세", 3},   {U"석", 3},
    {U"네", 4},    {U"넉", 4},    {U"열", 10},  {U"몇", -1},
};

constexpr WordNumber kNativeDays[] = {
    {U"하루", 1}, {U"이틀", 2},   {U"사흘", 3},   {U"나흘", 4},  {U"닷새", 5},  {U"엿새", 6},
    {U"이레", 7}, {U"여드레", 8}, {U"아흐레", 9}, {U"열흘", 10}, {U"보름", 15}, {U"며칠", -1},
};

struct AsciiNumber {
    std::string_view word;
    int value;
};

constexpr AsciiNumber kEnglishUnits[] = {
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},  {"ninety", 90},    {"hundred", 100},
};

constexpr AsciiNumber kEnglishOrdinals[] = {
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},
};

int sinoDigit(char32_t c) {
    switch (c) {
        case U'영':
        case U'공':
            return 0;
        case U'일':
            return 1;
        case U'이':
            return 2;
        case U'삼':
            return 3;
        case U'사':
            return 4;
        case U'오':
            return 5;
        case U'육':
        case U'륙':
        case U'유':
            return 6;
        case U'칠':
            return 7;
        case U'팔':
            return 8;
        case U'구':
            return 9;
        default:
            return -1;
    }
}

int sinoMultiplier(char32_t c) {
    switch (c) {
        case U'십':
            return 10;
        case U'백':
            return 100;
        case U'천':
            return 1000;
        default:
            return 0;
    }
}

int lookupAscii(std::string_view lower, const AsciiNumber* begin, const AsciiNumber* end) {
    for (const auto* entry = begin; entry != end; ++entry) {
        if (entry->word == lower)
            return entry->value;
    }
    return 0;
}

/// "twenty-eight", "twenty eight" after a tens word: adds the unit word and returns the new end.
int addHyphenatedUnit(const Scan& text, int end, int& value) {
    if (value < 20 || value % 10 != 0 || value >= 100)
        return end;
    const char32_t joiner = text[end];
    if (joiner != U'-' && joiner != U' ')
        return end;
    const AsciiWord unit = readAsciiWord(text, end + 1);
    const int unitValue =
        lookupAscii(unit.lower(), std::begin(kEnglishUnits), std::begin(kEnglishUnits) + 9);
    if (unitValue == 0)
        return end;
    value += unitValue;
    return unit.end;
}

}  // namespace

std::optional<NumberMatch> readDigits(const Scan& text, int pos) {
    NumberMatch number;
    int at = pos;
    while (isDigit(text[at])) {
        if (++number.digits > 9)
            return std::nullopt;
        number.value = number.value * 10 + digitValue(text[at]);
        ++at;
    }
    if (number.digits == 0)
        return std::nullopt;
    number.end = at;
    return number;
}

std::optional<int> sinoKoreanValue(const Scan& text, int pos, int end) {
    if (end <= pos)
        return std::nullopt;
    // "유" and "시" only exist inside the month names 유월 and 시월.
    if (end - pos == 1 && (text[pos] == U'유' || text[pos] == U'시'))
        return text[pos] == U'유' ? 6 : 10;
    int total = 0;
    int digit = -1;
    int lastMultiplier = 100000;
    for (int at = pos; at < end; ++at) {
        const char32_t c = text[at];
        if (c == U'유' || c == U'시')
            return std::nullopt;
        const int d = sinoDigit(c);
        if (d >= 0) {
            if (digit >= 0)
                return std::nullopt;
            digit = d;
            continue;
        }
        const int multiplier = sinoMultiplier(c);
        if (multiplier == 0 || multiplier >= lastMultiplier)
            return std::nullopt;
        total += (digit < 0 ? 1 : digit) * multiplier;
        lastMultiplier = multiplier;
        digit = -1;
    }
    return total + (digit > 0 ? digit : 0);
}

std::optional<NumberMatch> readNativeCount(const Scan& text, int pos) {
    for (const auto& entry : kNativeCounts) {
        if (text.startsWith(pos, entry.word)) {
            return NumberMatch{entry.value, pos + static_cast<int>(entry.word.size()), 0};
        }
    }
    return std::nullopt;
}

std::optional<NumberMatch> readNativeDays(const Scan& text, int pos) {
    for (const auto& entry : kNativeDays) {
        if (text.startsWith(pos, entry.word)) {
            return NumberMatch{entry.value, pos + static_cast<int>(entry.word.size()), 0};
        }
    }
    return std::nullopt;
}

std::optional<NumberMatch> readEnglishCardinal(const Scan& text, int pos) {
    if (isDigit(text[pos]))
        return readDigits(text, pos);
    const AsciiWord word = readAsciiWord(text, pos);
    const std::string_view lower = word.lower();
    if (lower == "a" || lower == "an") {
        const int next = text.skipSpaces(word.end, 1);
        if (const int end = matchWordCi(text, next, "couple of"); end > 0)
            return NumberMatch{2, end, 0};
        if (const int end = matchWordCi(text, next, "dozen"); end > 0)
            return NumberMatch{12, end, 0};
        if (const int end = matchWordCi(text, next, "few"); end > 0)
            return NumberMatch{-1, end, 0};
        return NumberMatch{1, word.end, 0};
    }
    if (lower == "several" || lower == "some" || lower == "few")
        return NumberMatch{-1, word.end, 0};
    int value = lookupAscii(lower, std::begin(kEnglishUnits), std::end(kEnglishUnits));
    if (value == 0)
        return std::nullopt;
    const int end = addHyphenatedUnit(text, word.end, value);
    return NumberMatch{value, end, 0};
}

std::optional<NumberMatch> readSpelledYear(const Scan& text, int pos) {
    const AsciiWord first = readAsciiWord(text, pos);
    const std::string_view lead = first.lower();
    const int next = text.skipSpaces(first.end, 1);
    if (lead == "two" && matchWordCi(text, next, "thousand") > 0) {
        const int thousand = matchWordCi(text, next, "thousand");
        int at = text.skipSpaces(thousand, 1);
        if (const int joined = matchWordCi(text, at, "and"); joined > 0)
            at = text.skipSpaces(joined, 1);
        const auto rest = isDigit(text[at]) ? std::nullopt : readEnglishCardinal(text, at);
        if (rest && rest->value >= 1 && rest->value <= 99)
            return NumberMatch{2000 + rest->value, rest->end, 0};
        return NumberMatch{2000, thousand, 0};
    }
    const int century = lead == "eighteen"   ? 18
                        : lead == "nineteen" ? 19
                        : lead == "twenty"   ? 20
                                             : 0;
    if (century == 0 || next == first.end || isDigit(text[next]))
        return std::nullopt;
    if (const int hundred = matchWordCi(text, next, "hundred"); hundred > 0)
        return NumberMatch{century * 100, hundred, 0};
    if (const int oh = matchWordCi(text, next, "oh"); oh > 0) {
        const auto unit = readEnglishCardinal(text, text.skipSpaces(oh, 1));
        if (unit && unit->value >= 1 && unit->value <= 9)
            return NumberMatch{century * 100 + unit->value, unit->end, 0};
        return std::nullopt;
    }
    const auto rest = readEnglishCardinal(text, next);
    if (!rest || rest->value < 10 || rest->value > 99)
        return std::nullopt;
    return NumberMatch{century * 100 + rest->value, rest->end, 0};
}

std::optional<NumberMatch> readEnglishOrdinal(const Scan& text, int pos) {
    if (isDigit(text[pos])) {
        const auto number = readDigits(text, pos);
        if (!number || number->digits > 2)
            return std::nullopt;
        const AsciiWord suffix = readAsciiWord(text, number->end);
        const std::string_view s = suffix.lower();
        if (s != "st" && s != "nd" && s != "rd" && s != "th")
            return std::nullopt;
        return NumberMatch{number->value, suffix.end, number->digits};
    }
    const AsciiWord word = readAsciiWord(text, pos);
    int value = lookupAscii(word.lower(), std::begin(kEnglishOrdinals), std::end(kEnglishOrdinals));
    if (value != 0)
        return NumberMatch{value, word.end, 0};
    // "twenty-eighth", "thirty-first"
    const int tens = word.lower() == "twenty" ? 20 : word.lower() == "thirty" ? 30 : 0;
    if (tens == 0 || text[word.end] != U'-')
        return std::nullopt;
    const AsciiWord unit = readAsciiWord(text, word.end + 1);
    value =
        lookupAscii(unit.lower(), std::begin(kEnglishOrdinals), std::begin(kEnglishOrdinals) + 9);
    if (value == 0)
        return std::nullopt;
    return NumberMatch{tens + value, unit.end, 0};
}

}  // namespace yeonpyo::temporal
