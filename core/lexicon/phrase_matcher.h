// PhraseMatcher: finds known phrases (names, trigger and cue words) in text, longest first, at word
// boundaries.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace yeonpyo::lexicon {

/// Where a phrase may start: only at a word start, or also after Hangul inside a word (정상|회담).
enum class StartRule { WordStart, InsideHangulWord };
/// What may follow a phrase within its word: nothing, Korean particles (승지원|에서, 인도|행), or
/// anything.
enum class EndRule { WordEnd, ParticleTail, AnyEnding };

/// One phrase found in a text; byte offsets into the scanned text.
struct PhraseMatch {
    std::size_t begin = 0;
    std::size_t end = 0;  ///< End of the phrase itself.
    std::size_t wordEnd =
        0;  ///< End of the word the phrase ends in (phrase plus particles or ending).
    std::vector<int> payloads;  ///< Every entry registered under this phrase, in the order added.
};

/// A set of phrases, each with integer payloads. Latin letters match case-insensitively, except
/// that a phrase registered with a capital first letter ("Meta") only matches a capitalised word.
/// Phrases are kept in a byte trie, so a scan reads each candidate position once, however many
/// phrases there are.
class PhraseMatcher {
public:
    void add(std::string_view phrase, int payload);

    /// Non-overlapping longest matches, left to right.
    std::vector<PhraseMatch> scan(std::string_view text, StartRule start, EndRule end) const;

    /// Payloads registered under exactly this phrase (case-insensitive); empty when unknown.
    std::vector<int> lookup(std::string_view phrase) const;

    bool empty() const { return entryLists_.empty(); }

private:
    struct Entry {
        int payload = 0;
        bool capitalised = false;
    };
    struct Node {
        std::vector<std::pair<unsigned char, std::uint32_t>> children;  ///< By byte, ascending.
        int entries = -1;  ///< Index into entryLists_ when a phrase ends here.
    };
    static constexpr std::uint32_t kNone = 0;  ///< No node (the root is never a child).

    std::uint32_t child(std::uint32_t node, unsigned char byte) const;
    std::uint32_t addChild(std::uint32_t node, unsigned char byte);
    /// The node that spells the (case-folded) phrase, or kNone.
    std::uint32_t find(std::string_view phrase) const;
    bool endAccepted(std::string_view text, std::size_t phraseEnd, EndRule rule) const;
    void collect(std::string_view original, std::size_t begin, const std::vector<Entry>& entries,
                 std::vector<int>& payloads) const;

    std::vector<Node> nodes_{Node{}};  ///< nodes_[0] is the root.
    std::array<std::uint32_t, 256> rootChildren_{};
    /// The node reached by a phrase's whole first code point (case-folded): most positions of a
    /// text start no phrase, and one lookup tells.
    std::unordered_map<char32_t, std::uint32_t> afterFirst_;
    /// One bit per code point of the Basic Multilingual Plane: set when a phrase starts with it,
    /// so that most positions are rejected without a hash probe.
    std::vector<std::uint64_t> startsPhrase_ = std::vector<std::uint64_t>(0x10000 / 64, 0);
    bool mayStartPhrase(char32_t c) const {
        return c >= 0x10000 || ((startsPhrase_[c / 64] >> (c % 64)) & 1) != 0;
    }
    std::vector<std::vector<Entry>> entryLists_;
};

}  // namespace yeonpyo::lexicon
