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

std::u32string decodeUtf8(std::string_view utf8) {
    std::u32string decoded(utf8.size(), U'\0');
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) {
            decoded[count++] = byte;
            ++pos;
            continue;
        }
        std::size_t length = 1;
        decoded[count++] = decodeOne(utf8, pos, length);
        pos += length;
    }
    decoded.resize(count);
    return decoded;
}

std::size_t ByteCursor::byteOffset(int codePoint) {
    while (codePoint_ < codePoint && byte_ < text_.size()) {
        std::size_t length = 1;
        decodeOne(text_, byte_, length);
        byte_ += length;
        ++codePoint_;
    }
    return byte_;
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
    const std::u32string_view view = text.view();
    std::size_t at = pos < 0 ? view.size() : static_cast<std::size_t>(pos);
    for (; at < view.size(); ++at) {
        const char32_t lower =
            view[at] | 0x20;  // lowers ASCII letters, keeps the others out of a–z
        if (lower < U'a' || lower > U'z')
            break;
        if (word.length + 1 >= static_cast<int>(word.letters.size()))
            return AsciiWord{};
        word.letters[static_cast<std::size_t>(word.length++)] = static_cast<char>(lower);
    }
    word.end = static_cast<int>(at);
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
