// Neighbouring words, Korean and romanised surname tests, and particle agreement.
#include "core/extract/words_p.h"

#include <array>
#include <string>

#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::decodeAt;
using lexicon::isHangulSyllable;
using lexicon::isWordChar;

constexpr std::string_view kSurnames =
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천"
    "방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황";

// Syllables that spell foreign sounds (a consonant with the vowel ㅡ and no final consonant) and
// hardly occur in Korean given names: "하트먼" is a transliteration, "한지호" a Korean name.
constexpr std::string_view kTransliterationSyllables = "트크스프즈르브드그츠흐므쓰";

constexpr std::array<std::string_view, 48> kRomanisedSurnames{
    "Kim",  "Lee", "Park", "Choi", "Cho",   "Chung", "Jung", "Kang", "Yoon", "Jang", "Lim",  "Han",
    "Oh",   "Seo", "Shin", "Kwon", "Hwang", "Ahn",   "Song", "Yoo",  "Hong", "Jeon", "Ko",   "Moon",
    "Yang", "Son", "Bae",  "Baek", "Heo",   "Nam",   "Shim", "Noh",  "Ha",   "Kwak", "Sung", "Cha",
    "Joo",  "Woo", "Koo",  "Min",  "Ryu",   "Na",    "Chey", "Chun", "Um",   "Won",  "Chae", "Yu"};

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

std::size_t finalConsonant(std::string_view word) {
    if (word.empty())
        return 0;
    std::size_t length = 0;
    const char32_t last = decodeAt(word, lexicon::previousStart(word, word.size()), length);
    return isHangulSyllable(last) ? (last - 0xAC00) % 28 : 0;
}

bool isPossessive(std::string_view word) {
    for (std::string_view possessive :
         {"his", "her", "their", "its", "our", "His", "Her", "Their", "Its", "Our"}) {
        if (word == possessive)
            return true;
    }
    return false;
}

bool isDeterminer(std::string_view word) {
    for (std::string_view determiner : {"the", "a", "an", "this", "that", "first", "last", "next",
                                        "upcoming", "The", "A", "An", "This", "That"}) {
        if (word == determiner)
            return true;
    }
    return false;
}

}  // namespace

bool followsDeterminer(std::string_view text, std::size_t begin) {
    auto word = wordBefore(text, begin);
    bool lowercaseBetween = false;
    for (int step = 0; word && step < 3; ++step, word = wordBefore(text, word->begin)) {
        const auto current = word->in(text);
        if (isPossessive(current))
            return true;
        if (isDeterminer(current))
            return !lowercaseBetween;
        lowercaseBetween = lowercaseBetween || (!isCapitalised(current) && step > 0);
    }
    return false;
}

std::string englishPartOfDayBefore(std::string_view text, std::size_t begin) {
    const auto word = wordBefore(text, begin);
    if (!word)
        return {};
    for (std::string_view part : {"morning", "afternoon", "evening", "night"}) {
        if (word->in(text) == part)
            return std::string(part);
    }
    return {};
}

std::optional<WordSpan> wordBefore(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end > 0 && isSpace(text[end - 1]))
        --end;
    std::size_t begin = end;
    while (begin > 0) {
        const std::size_t previous = lexicon::previousStart(text, begin);
        std::size_t length = 0;
        const char32_t c = decodeAt(text, previous, length);
        if (!isWordChar(c) && c != '-' && c != U'㈜')
            break;
        begin = previous;
    }
    if (begin == end)
        return std::nullopt;
    return WordSpan{begin, end};
}

std::optional<WordSpan> wordAfter(std::string_view text, std::size_t pos) {
    std::size_t begin = pos;
    while (begin < text.size() && isSpace(text[begin]))
        ++begin;
    std::size_t end = begin;
    while (end < text.size()) {
        std::size_t length = 0;
        const char32_t c = decodeAt(text, end, length);
        if (!isWordChar(c) && c != '-')
            break;
        end += length;
    }
    if (begin == end)
        return std::nullopt;
    return WordSpan{begin, end};
}

int hangulSyllables(std::string_view word) {
    int count = 0;
    for (std::size_t pos = 0; pos < word.size();) {
        std::size_t length = 0;
        if (!isHangulSyllable(decodeAt(word, pos, length)))
            return 0;
        pos += length;
        ++count;
    }
    return count;
}

bool isKoreanSurname(std::string_view word) {
    return hangulSyllables(word) == 1 && kSurnames.find(word) != std::string_view::npos;
}

bool looksLikeKoreanName(std::string_view word) {
    if (hangulSyllables(word) != 3 || !isKoreanSurname(word.substr(0, 3)))
        return false;
    for (std::size_t pos = 3; pos < word.size(); pos += 3) {
        if (kTransliterationSyllables.find(word.substr(pos, 3)) != std::string_view::npos)
            return false;
    }
    return true;
}

bool isRomanisedKoreanSurname(std::string_view word) {
    for (auto surname : kRomanisedSurnames) {
        if (word == surname)
            return true;
    }
    return false;
}

bool isCapitalised(std::string_view word) {
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

std::string_view tailAfter(std::string_view text, std::size_t end) {
    return text.substr(end, lexicon::wordEnd(text, end) - end);
}

bool isTopicParticle(std::string_view tail) {
    for (std::string_view particle : {"은", "는", "이", "가"}) {
        if (tail == particle)
            return true;
    }
    return false;
}

std::string withParticle(std::string_view word, std::string_view afterConsonant,
                         std::string_view afterVowel) {
    const std::size_t consonant = finalConsonant(word);
    const bool rieul = consonant == 8;  // ㄹ takes 로, not 으로
    const bool useConsonantForm = consonant != 0 && !(rieul && afterVowel == "로");
    return std::string(word) + std::string(useConsonantForm ? afterConsonant : afterVowel);
}

}  // namespace yeonpyo::extract
