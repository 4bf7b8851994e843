// Longest-match phrase lookup in a byte trie, with Korean particle handling.
#include "core/lexicon/phrase_matcher.h"

#include <algorithm>

#include "core/lexicon/utf8.h"

namespace yeonpyo::lexicon {
namespace {

bool isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

/// Latin capitals fold to small letters; every other byte stays as it is.
unsigned char foldCase(char c) {
    return static_cast<unsigned char>(isAsciiUpper(c) ? c - 'A' + 'a' : c);
}

char32_t foldCodePoint(char32_t c) {
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

}  // namespace

void PhraseMatcher::add(std::string_view phrase, int payload) {
    if (phrase.empty())
        return;
    std::uint32_t node = 0;
    std::size_t firstLength = 0;
    const char32_t first = decodeAt(phrase, 0, firstLength);
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        node = addChild(node, foldCase(phrase[i]));
        if (i + 1 == firstLength) {
            const char32_t folded = foldCodePoint(first);
            afterFirst_[folded] = node;
            if (folded < 0x10000)
                startsPhrase_[folded / 64] |= std::uint64_t{1} << (folded % 64);
        }
    }
    auto& slot = nodes_[node].entries;
    if (slot < 0) {
        slot = static_cast<int>(entryLists_.size());
        entryLists_.emplace_back();
    }
    auto& entries = entryLists_[static_cast<std::size_t>(slot)];
    const bool capitalised = isAsciiUpper(phrase.front());
    const auto same = std::find_if(entries.begin(), entries.end(),
                                   [&](const Entry& entry) { return entry.payload == payload; });
    if (same != entries.end()) {
        same->capitalised = same->capitalised && capitalised;
        return;
    }
    entries.push_back({payload, capitalised});
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, unsigned char byte) const {
    if (node == 0)
        return rootChildren_[byte];
    for (const auto& [edge, target] : nodes_[node].children) {
        if (edge == byte)
            return target;
        if (edge > byte)
            break;
    }
    return kNone;
}

std::uint32_t PhraseMatcher::addChild(std::uint32_t node, unsigned char byte) {
    if (const std::uint32_t existing = child(node, byte); existing != kNone)
        return existing;
    const auto created = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
    if (node == 0) {
        rootChildren_[byte] = created;
    } else {
        auto& children = nodes_[node].children;
        const auto at = std::find_if(children.begin(), children.end(),
                                     [&](const auto& edge) { return edge.first > byte; });
        children.insert(at, {byte, created});
    }
    return created;
}

std::uint32_t PhraseMatcher::find(std::string_view phrase) const {
    std::uint32_t node = 0;
    for (const char c : phrase) {
        node = child(node, foldCase(c));
        if (node == kNone)
            return kNone;
    }
    return node;
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
    std::vector<std::pair<std::size_t, int>> ends;  // phrase ends at this position, and entries
    char32_t previous = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t length = 0;
        const char32_t c = decodeAt(text, pos, length);
        const bool atWordStart = !isWordChar(previous);
        const bool insideHangul = start == StartRule::InsideHangulWord && isHangulSyllable(c) &&
                                  isHangulSyllable(previous);
        bool matched = false;
        const char32_t folded = foldCodePoint(c);
        const auto first = (atWordStart || insideHangul) && mayStartPhrase(folded)
                               ? afterFirst_.find(folded)
                               : afterFirst_.end();
        if (first != afterFirst_.end()) {
            ends.clear();
            std::uint32_t node = first->second;
            if (nodes_[node].entries >= 0)
                ends.emplace_back(pos + length, nodes_[node].entries);
            for (std::size_t at = pos + length; at < text.size(); ++at) {
                node = child(node, foldCase(text[at]));
                if (node == kNone)
                    break;
                if (nodes_[node].entries >= 0)
                    ends.emplace_back(at + 1, nodes_[node].entries);
            }
            for (auto candidate = ends.rbegin(); candidate != ends.rend(); ++candidate) {
                const std::size_t phraseEnd = candidate->first;
                if (!endAccepted(text, phraseEnd, end))
                    continue;
                PhraseMatch match{pos, phraseEnd, wordEnd(text, phraseEnd), {}};
                collect(text, pos, entryLists_[static_cast<std::size_t>(candidate->second)],
                        match.payloads);
                if (match.payloads.empty())
                    continue;
                matches.push_back(std::move(match));
                pos = phraseEnd;
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
    const std::uint32_t node = find(phrase);
    if (node != kNone && nodes_[node].entries >= 0) {
        for (const auto& entry : entryLists_[static_cast<std::size_t>(nodes_[node].entries)])
            payloads.push_back(entry.payload);
    }
    return payloads;
}

}  // namespace yeonpyo::lexicon
