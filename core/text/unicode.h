// Unicode helpers over UTF-8: NFC normalisation, code point offsets, and a script-based language
// guess.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::text {

/// Returns text in Unicode Normalization Form C; invalid UTF-8 sequences become U+FFFD.
std::string normalizeNfc(std::string_view utf8);

/// Number of code points in valid UTF-8.
int codePointCount(std::string_view utf8);

/// Maps byte offsets of one UTF-8 string to code point offsets and back, in O(log n).
/// The index keeps a view of the string, which must outlive it.
class CodePointIndex {
public:
    explicit CodePointIndex(std::string_view utf8);
    /// Code points before byteOffset; an offset inside a code point counts that code point, and
    /// offsets past the end give size().
    int toCodePoint(std::size_t byteOffset) const;
    /// Byte offset where code point codePointOffset starts; clamped to [0, size()].
    std::size_t toByte(int codePointOffset) const;
    int size() const;  ///< Code points in the whole string.

private:
    std::vector<std::size_t> blockStarts_;  // byte offset of every 64th code point
    std::string_view text_;
    int size_ = 0;
};

/// "ko" when Hangul syllables make up a notable share of the letters, otherwise "en".
std::string guessLanguage(std::string_view utf8);

}  // namespace yeonpyo::text
