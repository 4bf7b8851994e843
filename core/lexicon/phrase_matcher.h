// PhraseMatcher: finds known phrases (names, trigger and cue words) in text, longest first, at word
// boundaries.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
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
class PhraseMatcher {
public:
    void add(std::string_view phrase, int payload);

    /// Non-overlapping longest matches, left to right.
    std::vector<PhraseMatch> scan(std::string_view text, StartRule start, EndRule end) const;

    /// Payloads registered under exactly this phrase (case-insensitive); empty when unknown.
    std::vector<int> lookup(std::string_view phrase) const;

    bool empty() const { return phrases_.empty(); }

private:
    struct Entry {
        int payload = 0;
        bool capitalised = false;
    };
    bool endAccepted(std::string_view text, std::size_t phraseEnd, EndRule rule) const;
    void collect(std::string_view original, std::size_t begin, const std::vector<Entry>& entries,
                 std::vector<int>& payloads) const;

    /// Hashes std::string and std::string_view alike, so lookups need no allocation.
    struct PhraseHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, std::vector<Entry>, PhraseHash, std::equal_to<>> phrases_;
    std::unordered_map<char32_t, std::vector<std::size_t>> lengthsByFirst_;  // longest first
};

}  // namespace yeonpyo::lexicon
