// Small UTF-8 helpers for scanning words: decoding one code point, letter classes, Hangul
// particles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yeonpyo::lexicon {

/// Decodes the code point at byte offset pos; sets length to its byte count (1 for invalid bytes).
/// Inline, like the letter classes below: every scan calls them once per code point.
inline char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    int extra = byte < 0x80 ? 0 : byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : -1;
    if (extra < 0 || pos + static_cast<std::size_t>(extra) >= text.size()) {
        length = 1;
        return extra == 0 ? byte : 0xFFFD;
    }
    char32_t c = extra == 0 ? byte : byte & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        const auto next = static_cast<unsigned char>(text[pos + i]);
        if ((next & 0xC0) != 0x80) {
            length = 1;
            return 0xFFFD;
        }
        c = (c << 6) | (next & 0x3F);
    }
    length = static_cast<std::size_t>(extra) + 1;
    return c;
}

/// Byte offset of the code point that ends just before pos (pos itself when pos is 0).
std::size_t previousStart(std::string_view text, std::size_t pos);

inline bool isHangulSyllable(char32_t c) {
    return c >= 0xAC00 && c <= 0xD7A3;
}

/// Letters and digits of any script (and enclosed marks such as ㈜) are word characters;
/// punctuation is not.
inline bool isWordChar(char32_t c) {
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c == 0x00D7 || c == 0x00F7 || c == 0x318D)
        return false;  // ×, ÷, the Korean middle dot ㆍ
    if (c >= 0x2000 && c <= 0x2BFF)
        return false;  // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F)
        return false;  // CJK punctuation
    if (c >= 0xFF00 && c <= 0xFF0F)
        return false;  // full-width punctuation
    return c != 0xFFFD && c != 0x00A0 && c != 0x00B7;
}

/// ASCII letters lowered; every other byte kept, so byte offsets stay the same.
std::string asciiLower(std::string_view text);

/// True when text is empty or is one of the Korean particles, endings and suffixes that may follow
/// a name inside a word ("를", "에서", "으로", "서", "행", "측" …), possibly two of them
/// ("에서의").
bool isParticleTail(std::string_view text);

/// The end (byte offset) of the word that starts at pos: the first non-word character after it.
std::size_t wordEnd(std::string_view text, std::size_t pos);

}  // namespace yeonpyo::lexicon
