// UTF-8 decoding, word classes and the Korean particle list used by the lexicon matchers.
#include "core/lexicon/utf8.h"

#include <array>

namespace yeonpyo::lexicon {
namespace {

// Particles, endings (the copula 이다 too: "다음 날인") and bound nouns that follow a name within
// one word, longest first.
constexpr std::array<std::string_view, 45> kParticles{
    "에서부터", "으로부터", "로부터", "에서는", "에서도", "에서의", "으로는", "으로도", "으로의",
    "에게서",   "까지",     "부터",   "에서",   "에게",   "한테",   "으로",   "에는",   "에도",
    "에의",     "과의",     "와의",   "로는",   "로의",   "이나",   "이다",   "이며",   "였다",
    "이었",     "조차",     "마저",   "처럼",   "를",     "을",     "는",     "은",     "이",
    "가",       "의",       "에",     "로",     "와",     "과",     "도",     "서",     "인"};
// Suffixes that keep a place name's meaning: 인도행 (bound for India), LG 측, 서울 내.
constexpr std::array<std::string_view, 6> kSuffixes{"행", "측", "쪽", "내", "시내", "현지"};

bool startsWithAny(std::string_view text, std::string_view& rest) {
    for (auto particle : kParticles) {
        if (text.starts_with(particle)) {
            rest = text.substr(particle.size());
            return true;
        }
    }
    return false;
}

}  // namespace

char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t& length) {
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

std::size_t previousStart(std::string_view text, std::size_t pos) {
    if (pos == 0)
        return 0;
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
        --pos;
    return pos;
}

bool isHangulSyllable(char32_t c) {
    return c >= 0xAC00 && c <= 0xD7A3;
}

bool isWordChar(char32_t c) {
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

std::string asciiLower(std::string_view text) {
    std::string lowered(text);
    for (auto& c : lowered) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lowered;
}

bool isParticleTail(std::string_view text) {
    if (text.empty())
        return true;
    for (auto suffix : kSuffixes) {
        if (text.starts_with(suffix)) {
            std::string_view rest = text.substr(suffix.size());
            if (rest.empty() || isParticleTail(rest))
                return true;
        }
    }
    std::string_view rest;
    if (!startsWithAny(text, rest))
        return false;
    if (rest.empty())
        return true;
    std::string_view last;
    return startsWithAny(rest, last) && last.empty();
}

std::size_t wordEnd(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        std::size_t length = 0;
        if (!isWordChar(decodeAt(text, pos, length)))
            break;
        pos += length;
    }
    return pos;
}

}  // namespace yeonpyo::lexicon
