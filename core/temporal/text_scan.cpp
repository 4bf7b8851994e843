// UTF-8 decoding into code points with byte offsets, and the Scan cursor helpers.
#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

/// Decodes one sequence at pos; sets length (at least 1). Overlong forms and surrogates are
/// invalid.
char32_t decodeOne(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    length = 1;
    if (lead < 0x80)
        return lead;
    int extra = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1, value = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2, value = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3, value = lead & 0x07, minimum = 0x10000;
    } else {
        return kReplacement;
    }
    if (pos + static_cast<std::size_t>(extra) >= text.size())
        return kReplacement;
    for (int i = 1; i <= extra; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
        if (!isContinuation(byte))
            return kReplacement;
        value = (value << 6) | (byte & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return kReplacement;
    }
    length = static_cast<std::size_t>(extra) + 1;
    return value;
}

}  // namespace

DecodedText decodeUtf8(std::string_view utf8) {
    DecodedText decoded;
    decoded.codePoints.reserve(utf8.size());
    decoded.byteOffsets.reserve(utf8.size() + 1);
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        std::size_t length = 1;
        const char32_t c = decodeOne(utf8, pos, length);
        decoded.codePoints.push_back(c);
        decoded.byteOffsets.push_back(static_cast<std::uint32_t>(pos));
        pos += length;
    }
    decoded.byteOffsets.push_back(static_cast<std::uint32_t>(utf8.size()));
    return decoded;
}

std::string toUtf8(std::u32string_view text) {
    std::string utf8;
    utf8.reserve(text.size() * 3);
    for (const char32_t c : text) {
        if (c < 0x80) {
            utf8 += static_cast<char>(c);
        } else if (c < 0x800) {
            utf8 += static_cast<char>(0xC0 | (c >> 6));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            utf8 += static_cast<char>(0xE0 | (c >> 12));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            utf8 += static_cast<char>(0xF0 | (c >> 18));
            utf8 += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return utf8;
}

bool Scan::startsWith(int pos, std::u32string_view word) const {
    if (pos < 0 || pos + static_cast<int>(word.size()) > size())
        return false;
    return text_.substr(static_cast<std::size_t>(pos), word.size()) == word;
}

int Scan::matchLoose(int pos, std::u32string_view word) const {
    int at = pos;
    for (const char32_t expected : word) {
        if (expected == U' ') {
            if (isSpace((*this)[at]))
                ++at;
            continue;
        }
        if ((*this)[at] != expected)
            return -1;
        ++at;
    }
    return at;
}

int Scan::skipSpaces(int pos, int maxSpaces) const {
    int at = pos;
    while (at - pos < maxSpaces && isSpace((*this)[at]))
        ++at;
    return at;
}

int Scan::hangulRunEnd(int pos) const {
    int at = pos;
    while (isHangulSyllable((*this)[at]))
        ++at;
    return at;
}

int Scan::latinRunEnd(int pos) const {
    int at = pos;
    while (isAsciiLetter((*this)[at]))
        ++at;
    return at;
}

AsciiWord readAsciiWord(const Scan& text, int pos) {
    AsciiWord word;
    int at = pos;
    while (isAsciiLetter(text[at])) {
        if (word.length + 1 >= static_cast<int>(word.letters.size()))
            return AsciiWord{};
        word.letters[static_cast<std::size_t>(word.length++)] =
            static_cast<char>(asciiLower(text[at]));
        ++at;
    }
    word.end = at;
    return word;
}

int matchWordCi(const Scan& text, int pos, std::string_view lower) {
    int at = pos;
    for (const char expected : lower) {
        if (expected == ' ') {
            if (!isSpace(text[at]))
                return -1;
            while (isSpace(text[at]))
                ++at;
            continue;
        }
        if (asciiLower(text[at]) != static_cast<char32_t>(static_cast<unsigned char>(expected)))
            return -1;
        ++at;
    }
    const char32_t next = text[at];
    if (isAsciiLetter(next) || isDigit(next))
        return -1;
    return at;
}

}  // namespace yeonpyo::temporal
