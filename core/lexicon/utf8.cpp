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

std::size_t previousStart(std::string_view text, std::size_t pos) {
    if (pos == 0)
        return 0;
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
        --pos;
    return pos;
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
