// Query planning (trigram phrases vs. substring tests) and snippet cutting on code point
// boundaries.
#include "core/store/search_query.h"

#include <algorithm>

namespace yeonpyo::store {
namespace {

constexpr std::size_t kTrigramLength = 3;

bool isContinuationByte(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

std::size_t codePointCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return !isContinuationByte(static_cast<unsigned char>(c));
    }));
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string quotedPhrase(std::string_view word) {
    std::string phrase = "\"";
    for (char c : word) {
        if (c == '"')
            phrase += '"';
        phrase += c;
    }
    return phrase + "\"";
}

/// Moves `position` back by `count` code points (not before 0).
std::size_t backCodePoints(std::string_view text, std::size_t position, int count) {
    while (position > 0 && count > 0) {
        --position;
        if (!isContinuationByte(static_cast<unsigned char>(text[position])))
            --count;
    }
    return position;
}

/// Moves `position` forward by `count` code points (not past the end).
std::size_t forwardCodePoints(std::string_view text, std::size_t position, int count) {
    while (position < text.size() && count > 0) {
        ++position;
        while (position < text.size() &&
               isContinuationByte(static_cast<unsigned char>(text[position]))) {
            ++position;
        }
        --count;
    }
    return position;
}

/// The earliest occurrence at or after `from` of any word in `lowered`: position and length.
std::pair<std::size_t, std::size_t> firstMatch(std::string_view lowered,
                                               const std::vector<std::string>& words,
                                               std::size_t from) {
    std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
    for (const std::string& word : words) {
        const std::size_t at = lowered.find(word, from);
        if (at < best.first || (at == best.first && word.size() > best.second))
            best = {at, word.size()};
    }
    return best;
}

}  // namespace

std::string asciiLower(std::string_view text) {
    std::string lowered(text);
    for (char& c : lowered) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lowered;
}

SearchPlan planSearch(std::string_view query) {
    SearchPlan plan;
    std::size_t at = 0;
    while (at < query.size()) {
        while (at < query.size() && isSpace(query[at]))
            ++at;
        std::size_t end = at;
        while (end < query.size() && !isSpace(query[end]))
            ++end;
        if (end == at)
            break;
        std::string word = asciiLower(query.substr(at, end - at));
        at = end;
        if (codePointCount(word) >= kTrigramLength) {
            if (!plan.matchExpression.empty())
                plan.matchExpression += ' ';
            plan.matchExpression += quotedPhrase(word);
            plan.longWords.push_back(word);
        } else {
            plan.shortWords.push_back(word);
        }
        plan.words.push_back(std::move(word));
    }
    return plan;
}

std::optional<std::string> containsPattern(std::string_view word) {
    if (word.find_first_of("%_") != std::string_view::npos)
        return std::nullopt;
    return "%" + std::string(word) + "%";
}

std::string makeSnippet(std::string_view text, const std::vector<std::string>& words, int context) {
    const std::string lowered = asciiLower(text);
    const auto [first, firstLength] = firstMatch(lowered, words, 0);
    if (first == std::string_view::npos)
        return {};
    const std::size_t begin = backCodePoints(text, first, context);
    const std::size_t end = forwardCodePoints(text, first + firstLength, context);

    std::string snippet = begin > 0 ? "…" : "";
    std::size_t at = begin;
    while (at < end) {
        const auto [match, length] = firstMatch(lowered, words, at);
        if (match == std::string_view::npos || match >= end)
            break;
        snippet.append(text.substr(at, match - at));
        snippet += '[';
        snippet.append(text.substr(match, length));
        snippet += ']';
        at = match + length;
    }
    if (at < end)
        snippet.append(text.substr(at, end - at));
    if (end < text.size())
        snippet += "…";
    std::replace_if(
        snippet.begin(), snippet.end(), [](char c) { return isSpace(c); }, ' ');
    return snippet;
}

}  // namespace yeonpyo::store
