// Word-level helpers over UTF-8 text for the extraction rules: neighbouring words, Hangul tests,
// name shapes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace yeonpyo::extract {

/// A word's byte range in the text.
struct WordSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

/// The word that ends right before pos with only spaces between (no punctuation, no line break).
std::optional<WordSpan> wordBefore(std::string_view text, std::size_t pos);
/// The word that starts right after pos with only spaces between.
std::optional<WordSpan> wordAfter(std::string_view text, std::size_t pos);

/// Number of Hangul syllables when the word is made of them only; 0 otherwise.
int hangulSyllables(std::string_view word);
/// "조주완", "권봉석": three Hangul syllables led by a common Korean surname, and no syllable that
/// only transliterations use ("하트먼" is not one).
bool looksLikeKoreanName(std::string_view word);
/// "조", "이": a single syllable that is a common Korean surname.
bool isKoreanSurname(std::string_view word);
/// "Lee", "Cho", "Chey": a common romanised Korean surname.
bool isRomanisedKoreanSurname(std::string_view word);
/// An English word with a capital first letter ("Joo-wan", "Zuckerberg").
bool isCapitalised(std::string_view word);

/// "his visit", "their preseason Asia tour", "the Asia tour": a determiner up to three words before
/// the English word at begin. After a possessive any words may come between; after other
/// determiners only names ("the club will tour" is a verb).
bool followsDeterminer(std::string_view text, std::size_t begin);
/// "morning" in "the morning session", "evening" in "an evening reception": the English part of day
/// right before begin; empty when there is none.
std::string englishPartOfDayBefore(std::string_view text, std::size_t begin);

/// The Korean particle or ending that follows a name within its word ("는" of "CEO는").
std::string_view tailAfter(std::string_view text, std::size_t end);
/// True when tail starts with the subject or topic particle 은, 는, 이 or 가.
bool isTopicParticle(std::string_view tail);

/// 과/와, 으로/로, 을/를: the particle form that fits the final syllable of word.
std::string withParticle(std::string_view word, std::string_view afterConsonant,
                         std::string_view afterVowel);

}  // namespace yeonpyo::extract
