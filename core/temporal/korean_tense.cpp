// Korean tense after a time expression: the first past (었/았/였/했, 바 있다) or future (예정,
// 계획, 방침, 겠, -ㄹ 것) marker before the sentence ends.
#include <string_view>

#include "core/temporal/tense_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr int kLookahead = 160;

constexpr std::u32string_view kFutureWords[] = {
    U"예정", U"계획", U"방침", U"전망", U"목표", U"앞두고", U"앞둔", U"예고", U"추진",
};

bool endsSentence(const Scan& text, int at) {
    const char32_t c = text[at];
    if (c == U'\n' || c == U'?' || c == U'!')
        return true;
    if (c != U'.')
        return false;
    const char32_t next = text[at + 1];
    return (next == 0 || isSpace(next) || next == U'\n') && !isDigit(text[at - 1]);
}

}  // namespace

Tense koreanTense(const Scan& text, int expressionEnd) {
    const int limit = std::min(text.size(), expressionEnd + kLookahead);
    for (int at = expressionEnd; at < limit; ++at) {
        const char32_t c = text[at];
        if (endsSentence(text, at))
            break;
        if (!isHangulSyllable(c))
            continue;
        for (const auto word : kFutureWords) {
            if (text.startsWith(at, word))
                return {TenseKind::Future, toUtf8(word)};
        }
        if (c == U'겠')
            return {TenseKind::Future, "겠"};
        if (c == U'바' && text.matchLoose(at, U"바 있") > 0)
            return {TenseKind::Past, "바 있다"};
        const int final = hangulFinal(c);
        if (final == kFinalSsangSiot && c != U'있')
            return {TenseKind::Past, toUtf8({&c, 1})};
        if (final == kFinalRieul && isSpace(text[at + 1]) && text[at + 2] == U'것') {
            return {TenseKind::Future, "-ㄹ 것"};
        }
    }
    return {};
}

}  // namespace yeonpyo::temporal
