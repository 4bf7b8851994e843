// Decoded text for the recognizers: code points with byte offsets, character classes, small
// cursors.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::temporal {

/// Decodes UTF-8 into code points; an invalid byte becomes U+FFFD and still counts as one.
std::u32string decodeUtf8(std::string_view utf8);

/// Byte offsets of code point offsets in the same UTF-8 text, asked for in increasing order
/// (as the expressions of a text are): each call walks on from the last one.
class ByteCursor {
public:
    explicit ByteCursor(std::string_view utf8) : text_(utf8) {}
    std::size_t byteOffset(int codePoint);

private:
    std::string_view text_;
    std::size_t byte_ = 0;
    int codePoint_ = 0;
};

/// Encodes code points as UTF-8.
std::string toUtf8(std::u32string_view text);

/// Read-only access to decoded text that answers 0 outside it, so matchers need no bounds checks.
class Scan {
public:
    explicit Scan(std::u32string_view text) : text_(text) {}
    char32_t operator[](int pos) const {
        return pos >= 0 && pos < size() ? text_[static_cast<std::size_t>(pos)] : 0;
    }
    int size() const { return static_cast<int>(text_.size()); }
    std::u32string_view view() const { return text_; }

    /// True when the text at pos spells word exactly (inline: matchers ask it at every position).
    bool startsWith(int pos, std::u32string_view word) const {
        if (pos < 0 || word.empty() || pos + static_cast<int>(word.size()) > size() ||
            text_[static_cast<std::size_t>(pos)] != word.front()) {
            return word.empty() && pos >= 0 && pos <= size();
        }
        return text_.substr(static_cast<std::size_t>(pos), word.size()) == word;
    }
    /// Like startsWith, but a space in word matches zero or one space in the text; returns the end
    /// or -1.
    int matchLoose(int pos, std::u32string_view word) const;
    /// Position after at most maxSpaces horizontal spaces from pos.
    int skipSpaces(int pos, int maxSpaces = 2) const;
    /// End of the run of Hangul syllables that contains or starts at pos.
    int hangulRunEnd(int pos) const;
    /// End of the run of ASCII letters starting at pos.
    int latinRunEnd(int pos) const;

private:
    std::u32string_view text_;
};

/// Up to 23 ASCII letters read at pos, lowered; length 0 when there are none or more.
struct AsciiWord {
    std::array<char, 24> letters;
    int length = 0;
    int end = 0;  ///< One past the last letter.
    std::string_view lower() const { return {letters.data(), static_cast<std::size_t>(length)}; }
};
AsciiWord readAsciiWord(const Scan& text, int pos);

/// End of `lower` (lowercase ASCII, spaces match one space) spelled in any case at pos and not
/// followed by a letter or digit; -1 otherwise.
int matchWordCi(const Scan& text, int pos, std::string_view lower);

inline bool isHangulSyllable(char32_t c) {
    return c >= 0xAC00 && c <= 0xD7A3;
}

/// The final consonant (jongseong) index of a Hangul syllable, 0 when it has none.
inline int hangulFinal(char32_t c) {
    return isHangulSyllable(c) ? static_cast<int>((c - 0xAC00) % 28) : 0;
}
inline constexpr int kFinalRieul = 8;       // ㄹ, as in 할 것
inline constexpr int kFinalSsangSiot = 20;  // ㅆ, as in 했다

/// 0–9 for ASCII and full-width digits, -1 otherwise.
inline int digitValue(char32_t c) {
    if (c >= U'0' && c <= U'9')
        return static_cast<int>(c - U'0');
    if (c >= 0xFF10 && c <= 0xFF19)
        return static_cast<int>(c - 0xFF10);
    return -1;
}
inline bool isDigit(char32_t c) {
    return digitValue(c) >= 0;
}
inline bool isAsciiLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
inline bool isAsciiUpper(char32_t c) {
    return c >= U'A' && c <= U'Z';
}
inline char32_t asciiLower(char32_t c) {
    return c >= U'A' && c <= U'Z' ? c + 32 : c;
}
/// Space within a line: space, tab, no-break space, ideographic space.
inline bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x3000 || c == 0x202F;
}
/// A letter or digit of any script that makes the neighbouring characters one word.
inline bool isWordChar(char32_t c) {
    return isAsciiLetter(c) || isDigit(c) || isHangulSyllable(c) || (c >= 0xC0 && c < 0x2000);
}
/// Tilde (also the tilde operator "∼" Korean news often types), wave dash and the dashes that join
/// the two ends of a range.
inline bool isRangeDash(char32_t c) {
    return c == U'~' || c == 0x223C || c == 0xFF5E || c == 0x301C || c == U'-' || c == 0x2013 ||
           c == 0x2014;
}
/// Middle dots that join numbers in Korean lists ("28·29일", "3·1절").
inline bool isMiddleDot(char32_t c) {
    return c == 0x00B7 || c == 0x30FB || c == 0x2027 || c == 0x318D;
}

}  // namespace yeonpyo::temporal
