// Longest-match phrase lookup by first code point and phrase length, with Korean particle handling.
#include "core/lexicon/phrase_matcher.h"

#include <algorithm>
#include <functional>

#include "core/lexicon/utf8.h"

namespace yeonpyo::lexicon {
namespace {

char32_t firstCodePoint(std::string_view text) {
    std::size_t length = 0;
    return text.empty() ? 0 : decodeAt(text, 0, length);
}

bool isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

}  // namespace

void PhraseMatcher::add(std::string_view phrase, int payload) {
    if (phrase.empty())
        return;
    auto key = asciiLower(phrase);
    auto& entries = phrases_[key];
    const bool capitalised = isAsciiUpper(phrase.front());
    const auto same = std::find_if(entries.begin(), entries.end(),
                                   [&](const Entry& entry) { return entry.payload == payload; });
    if (same != entries.end()) {
        same->capitalised = same->capitalised && capitalised;
        return;
    }
    entries.push_back({payload, capitalised});
    auto& lengths = lengthsByFirst_[firstCodePoint(key)];
    if (std::find(lengths.begin(), lengths.end(), key.size()) == lengths.end()) {
        lengths.push_back(key.size());
        std::sort(lengths.begin(), lengths.end(), std::greater<>());
    }
}

bool PhraseMatcher::endAccepted(std::string_view text, std::size_t phraseEnd, EndRule rule) const {
    if (rule == EndRule::AnyEnding || phraseEnd >= text.size())
        return true;
    std::size_t length = 0;
    const char32_t next = decodeAt(text, phraseEnd, length);
    if (!isWordChar(next))
        return true;
    if (rule == EndRule::WordEnd)
        return false;
    if (next < 0x80)
        return false;  // "LG" inside "LGE", "Samsung" inside "Samsungs"

    return isParticleTail(text.substr(phraseEnd, wordEnd(text, phraseEnd) - phraseEnd));
}

void PhraseMatcher::collect(std::string_view original, std::size_t begin,
                            const std::vector<Entry>& entries, std::vector<int>& payloads) const {
    for (const auto& entry : entries) {
        if (entry.capitalised && !isAsciiUpper(original[begin]))
            continue;
        payloads.push_back(entry.payload);
    }
}

std::vector<PhraseMatch> PhraseMatcher::scan(std::string_view text, StartRule start,
                                             EndRule end) const {
    std::vector<PhraseMatch> matches;
    const std::string lowered = asciiLower(text);
    char32_t previous = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t length = 0;
        const char32_t c = decodeAt(lowered, pos, length);
        const bool atWordStart = !isWordChar(previous);
        const bool insideHangul = start == StartRule::InsideHangulWord && isHangulSyllable(c) &&
                                  isHangulSyllable(previous);
        const auto lengths = lengthsByFirst_.find(c);
        bool matched = false;
        if ((atWordStart || insideHangul) && lengths != lengthsByFirst_.end()) {
            for (const std::size_t candidate : lengths->second) {
                if (pos + candidate > text.size())
                    continue;
                const auto found = phrases_.find(std::string_view(lowered).substr(pos, candidate));
                if (found == phrases_.end() || !endAccepted(text, pos + candidate, end))
                    continue;
                PhraseMatch match{pos, pos + candidate, wordEnd(text, pos + candidate), {}};
                collect(text, pos, found->second, match.payloads);
                if (match.payloads.empty())
                    continue;
                matches.push_back(std::move(match));
                pos += candidate;
                previous = decodeAt(text, previousStart(text, pos), length);
                matched = true;
                break;
            }
        }
        if (!matched) {
            previous = c;
            pos += length;
        }
    }
    return matches;
}

std::vector<int> PhraseMatcher::lookup(std::string_view phrase) const {
    std::vector<int> payloads;
    const auto found = phrases_.find(std::string_view(asciiLower(phrase)));
    if (found != phrases_.end()) {
        for (const auto& entry : found->second)
            payloads.push_back(entry.payload);
    }
    return payloads;
}

}  // namespace yeonpyo::lexicon
