// Sentence roles: body text, photo captions (ending in a credit) and headline lines (no final
// punctuation).
#include "core/extract/layout_p.h"

#include <algorithm>
#include <array>

#include "core/extract/spans_p.h"
#include "core/lexicon/utf8.h"
#include "core/text/sentences.h"

namespace yeonpyo::extract {
namespace {

// A credit must sit in the last few bytes of its paragraph ("… 있다. 연합뉴스", "사진=허진 기자").
constexpr std::size_t kCreditTailBytes = 40;
// A day heading may hold this many bytes besides its dates (commas, dashes, spaces).
constexpr std::size_t kHeadingSlackBytes = 8;

std::string_view trimmedTail(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool endsLikeSentence(std::string_view sentence) {
    sentence = trimmedTail(sentence);
    while (!sentence.empty()) {
        const std::size_t start = lexicon::previousStart(sentence, sentence.size());
        std::size_t length = 0;
        const char32_t last = lexicon::decodeAt(sentence, start, length);
        if (last == '.' || last == '?' || last == '!' || last == U'。')
            return true;
        const bool closing = last == '"' || last == '\'' || last == U'”' || last == U'’' ||
                             last == ')' || last == U'」';
        if (!closing)
            return false;
        sentence.remove_suffix(sentence.size() - start);
    }
    return false;
}

/// The paragraph [begin, end) of text ends in a credit among the cue words.
bool endsWithCredit(std::string_view text, std::size_t begin, std::size_t end,
                    const lexicon::Lexicon& lexicon,
                    const std::vector<lexicon::PhraseMatch>& cueWords) {
    const auto paragraph = trimmedTail(text.substr(begin, end - begin));
    if (paragraph.empty() || paragraph.back() == '.')
        return false;
    const std::size_t tail =
        paragraph.size() > kCreditTailBytes ? begin + paragraph.size() - kCreditTailBytes : begin;
    for (auto match = firstStartingFrom(cueWords, tail, byBegin);
         match != cueWords.end() && match->begin < begin + paragraph.size(); ++match) {
        const bool credit =
            std::any_of(match->payloads.begin(), match->payloads.end(), [&](int index) {
                return lexicon.cues.entries[static_cast<std::size_t>(index)].kind ==
                       lexicon::CueKind::Credit;
            });
        if (credit)
            return true;
    }
    return false;
}

// Marks that lead the items of a schedule written as a list.
constexpr std::array<std::string_view, 11> kBullets{"▲", "△", "■", "□", "◆", "◇",
                                                    "○", "●", "•", "◎", "▶"};
constexpr std::array<std::string_view, 4> kDashes{"- ", "* ", "– ", "— "};

bool startsWithBullet(std::string_view sentence) {
    return std::any_of(kBullets.begin(), kBullets.end(),
                       [&](std::string_view bullet) { return sentence.starts_with(bullet); }) ||
           std::any_of(kDashes.begin(), kDashes.end(),
                       [&](std::string_view dash) { return sentence.starts_with(dash); });
}

/// Splits a sentence at the bullets inside it ("▲28일 오전 … ▲오후 …" is two items).
void splitAtBullets(std::string_view text, const SentenceSpan& span,
                    std::vector<SentenceSpan>& out) {
    SentenceSpan item = span;
    int codePoint = span.begin;
    for (std::size_t at = span.byteBegin; at < span.byteEnd;) {
        const auto rest = text.substr(at, span.byteEnd - at);
        const bool bullet = at > item.byteBegin && std::any_of(kBullets.begin(), kBullets.end(),
                                                               [&](std::string_view mark) {
                                                                   return rest.starts_with(mark);
                                                               });
        if (bullet) {
            std::size_t end = at;
            int endPoint = codePoint;
            while (end > item.byteBegin && text[end - 1] == ' ') {
                --end;
                --endPoint;
            }
            out.push_back(
                {item.byteBegin, end, item.begin, endPoint, span.paragraph, SentenceRole::Body});
            item.byteBegin = at;
            item.begin = codePoint;
        }
        std::size_t length = 0;
        lexicon::decodeAt(text, at, length);
        at += std::max<std::size_t>(length, 1);
        ++codePoint;
    }
    out.push_back(
        {item.byteBegin, span.byteEnd, item.begin, span.end, span.paragraph, SentenceRole::Body});
}

template <typename Span>
bool anyStartsIn(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
    const auto it = firstStartingFrom(spans, begin, byBegin);
    return it != spans.end() && it->begin < end;
}

bool namesDayIn(const std::vector<temporal::TimeExpression>& times, std::size_t begin,
                std::size_t end) {
    for (auto it = firstStartingFrom(times, begin, byByteBegin);
         it != times.end() && it->byteBegin < end; ++it) {
        const auto& value = it->value;
        const bool day = value.size() >= 10 && value[4] == '-' && value[7] == '-' &&
                         value[8] >= '0' && value[8] <= '9';
        if (day && it->kind != temporal::ExpressionKind::Duration)
            return true;
    }
    return false;
}

/// The line is a date and little else ("Monday, September 19", "Tuesday, Sept. 20 – Wednesday
/// Sept. 21"): a day heading of a programme.
bool isDayHeading(const std::vector<temporal::TimeExpression>& times, std::string_view sentence,
                  std::size_t begin, std::size_t end) {
    std::size_t covered = 0;
    for (auto it = firstStartingFrom(times, begin, byByteBegin);
         it != times.end() && it->byteBegin < end; ++it) {
        covered += std::min(it->byteEnd, end) - it->byteBegin;
    }
    return covered > 0 && trimmedTail(sentence).size() <= covered + kHeadingSlackBytes;
}

}  // namespace

std::vector<SentenceSpan> layoutSentences(std::string_view text, std::string_view lang,
                                          const lexicon::Lexicon& lexicon,
                                          const std::vector<lexicon::PhraseMatch>& cueWords,
                                          const std::vector<temporal::TimeExpression>& times,
                                          const std::vector<lexicon::PlaceHit>& places,
                                          const std::vector<lexicon::PhraseMatch>& triggers) {
    std::vector<SentenceSpan> spans;
    for (const auto& sentence : text::splitSentences(text, lang)) {
        splitAtBullets(text,
                       {sentence.byteBegin, sentence.byteEnd, sentence.begin, sentence.end,
                        sentence.paragraph, SentenceRole::Body},
                       spans);
    }
    for (std::size_t first = 0; first < spans.size();) {
        std::size_t last = first;
        while (last + 1 < spans.size() && spans[last + 1].paragraph == spans[first].paragraph)
            ++last;
        const bool caption =
            endsWithCredit(text, spans[first].byteBegin, spans[last].byteEnd, lexicon, cueWords);
        for (std::size_t i = first; i <= last; ++i) {
            const auto sentence =
                text.substr(spans[i].byteBegin, spans[i].byteEnd - spans[i].byteBegin);
            const std::size_t begin = spans[i].byteBegin;
            const std::size_t end = spans[i].byteEnd;
            const bool dated = spans[i].paragraph > 0 && namesDayIn(times, begin, end);
            spans[i].listItem =
                startsWithBullet(sentence) ||
                (dated && (trimmedTail(sentence).ends_with(":") ||
                           isDayHeading(times, sentence, begin, end) ||
                           anyStartsIn(places, begin, end) || anyStartsIn(triggers, begin, end)));
            if (caption) {
                spans[i].role = SentenceRole::Caption;
            } else if (!endsLikeSentence(sentence) && !spans[i].listItem) {
                spans[i].role = SentenceRole::Headline;
            }
        }
        first = last + 1;
    }
    return spans;
}

}  // namespace yeonpyo::extract
