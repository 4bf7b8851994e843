// Abbreviation tables: words before a name or number, words that may end a sentence, and the
// words that usually open one.
#include "core/text/abbreviations_p.h"

#include <algorithm>
#include <array>

#include "core/text/text_cleanup_p.h"

namespace yeonpyo::text {
namespace {

// Written before a name, a number or a day: a sentence almost never ends on them.
constexpr std::array<std::string_view, 40> kBeforeNames{
    "Mr",   "Mrs", "Ms",   "Mx",  "Dr",   "Prof", "Rev", "Gen",  "Col", "Lt",
    "Capt", "Sgt", "Cmdr", "Adm", "Gov",  "Sen",  "Rep", "Pres", "Hon", "St",
    "Mt",   "Ft",  "No",   "Nos", "Vol",  "Fig",  "Jan", "Feb",  "Mar", "Apr",
    "Jun",  "Jul", "Aug",  "Sep", "Sept", "Oct",  "Nov", "Dec",  "vs",  "approx"};
// Abbreviations that may also be the last word of a sentence.
constexpr std::array<std::string_view, 11> kMaybeLast{"Inc", "Corp", "Co",   "Ltd", "Bros", "Jr",
                                                      "Sr",  "etc",  "Dept", "Ave", "Blvd"};
// Words that usually open an English sentence.
constexpr std::array<std::string_view, 38> kSentenceOpeners{
    "The",    "A",    "An",    "He",    "She",       "It",      "They",  "We",    "I",     "You",
    "His",    "Her",  "Its",   "Their", "Our",       "This",    "That",  "These", "Those", "There",
    "But",    "And",  "Yet",   "So",    "In",        "On",      "At",    "For",   "As",    "After",
    "Before", "When", "While", "If",    "Meanwhile", "However", "Still", "Also"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Letters separated by full stops: U.S, U.K, a.m, e.g (the final stop already removed).
bool isDottedLetters(std::string_view word) {
    if (word.size() < 3)
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (i % 2 == 0 ? !isAsciiLetter(word[i]) : word[i] != '.')
            return false;
    }
    return true;
}

// The last word of text without its final full stop and opening punctuation; empty if text
// does not end in a full stop.
std::string_view lastWordBeforeStop(std::string_view text) {
    if (!text.ends_with('.'))
        return {};
    text.remove_suffix(1);
    const std::size_t space = text.find_last_of(" \t\n");
    std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
    while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\'' ||
                             word.front() == '[')) {
        word.remove_prefix(1);
    }
    if (word.starts_with("\xE2\x80\x9C") || word.starts_with("\xE2\x80\x98"))
        word.remove_prefix(3);  // “ ‘
    return word;
}

std::string_view firstWord(std::string_view text) {
    text = trimSpaces(text);
    std::size_t end = 0;
    while (end < text.size() && isAsciiLetter(text[end]))
        ++end;
    return text.substr(0, end);
}

}  // namespace

bool abbreviationHoldsSentence(std::string_view before, std::string_view after) {
    const std::string_view word = lastWordBeforeStop(trimSpaces(before));
    if (word.empty())
        return false;
    const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
    if (initial || contains(kBeforeNames, word))
        return true;
    if (!contains(kMaybeLast, word) && !isDottedLetters(word))
        return false;
    return !contains(kSentenceOpeners, firstWord(after));
}

}  // namespace yeonpyo::text
