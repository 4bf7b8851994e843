// Small UTF-8 helpers for scanning words: decoding one code point, letter classes, Hangul
// particles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yeonpyo::lexicon {

/// Decodes the code point at byte offset pos; sets length to its byte count (1 for invalid bytes).
char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t& length);

/// Byte offset of the code point that ends just before pos (pos itself when pos is 0).
std::size_t previousStart(std::string_view text, std::size_t pos);

bool isHangulSyllable(char32_t c);
/// Letters and digits of any script (and enclosed marks such as ㈜) are word characters;
/// punctuation is not.
bool isWordChar(char32_t c);

/// ASCII letters lowered; every other byte kept, so byte offsets stay the same.
std::string asciiLower(std::string_view text);

/// True when text is empty or is one of the Korean particles, endings and suffixes that may follow
/// a name inside a word ("를", "에서", "으로", "서", "행", "측" …), possibly two of them
/// ("에서의").
bool isParticleTail(std::string_view text);

/// The end (byte offset) of the word that starts at pos: the first non-word character after it.
std::size_t wordEnd(std::string_view text, std::size_t pos);

}  // namespace yeonpyo::lexicon
