// Korean particles and endings that may follow a time word inside its word ("28일에는", "오후부터",
// "이날까지만", "29일이다"): anything else after a time word means it was part of another word.
#include <string_view>

#include "core/temporal/korean_words_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr int kMaxParticles = 4;

constexpr std::u32string_view kParticles[] = {
    U"에서는", U"에서도", U"에서", U"에게",   U"에는", U"에도",   U"에만",   U"에야",   U"에",
    U"엔",     U"부터",   U"까지", U"께",     U"경",   U"쯤",     U"무렵",   U"으로서", U"로서",
    U"으로",   U"로",     U"와",   U"과",     U"의",   U"은",     U"는",     U"이",     U"가",
    U"을",     U"를",     U"도",   U"만",     U"이나", U"나",     U"이든",   U"든",     U"이라",
    U"라",     U"이다",   U"다",   U"이었",   U"였",   U"었",     U"이며",   U"며",     U"이고",
    U"고",     U"인",     U"이던", U"던",     U"이면", U"면",     U"이지만", U"지만",   U"인데",
    U"는데",   U"이란",   U"란",   U"자",     U"보다", U"처럼",   U"마다",   U"요",     U"야",
    U"이후",   U"이전",   U"이래", U"내",     U"중",   U"까지만", U"뿐",     U"같이",   U"께서",
    U"라는",   U"이라는", U"라고", U"이라고", U"라며", U"이라며",
};

bool splitsIntoParticles(const Scan& text, int pos, int end, int depth) {
    if (pos == end)
        return true;
    if (depth == kMaxParticles)
        return false;
    for (const auto particle : kParticles) {
        const int next = pos + static_cast<int>(particle.size());
        if (next <= end && text.startsWith(pos, particle) &&
            splitsIntoParticles(text, next, end, depth + 1)) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool isKoreanParticleTail(const Scan& text, int pos, int end) {
    return splitsIntoParticles(text, pos, end, 0);
}

}  // namespace yeonpyo::temporal
