// Sentence roles: body text, photo captions (ending in a credit) and headline lines (no final
// punctuation).
#include "core/extract/layout_p.h"

#include <algorithm>

#include "core/extract/spans_p.h"
#include "core/lexicon/utf8.h"
#include "core/text/sentences.h"

namespace yeonpyo::extract {
namespace {

// A credit must sit in the last few bytes of its paragraph ("… 있다. 연합뉴스", "사진=허진 기자").
constexpr std::size_t kCreditTailBytes = 40;

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

}  // namespace

std::vector<SentenceSpan> layoutSentences(std::string_view text, std::string_view lang,
                                          const lexicon::Lexicon& lexicon,
                                          const std::vector<lexicon::PhraseMatch>& cueWords) {
    std::vector<SentenceSpan> spans;
    for (const auto& sentence : text::splitSentences(text, lang)) {
        spans.push_back({sentence.byteBegin, sentence.byteEnd, sentence.begin, sentence.end,
                         sentence.paragraph, SentenceRole::Body});
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
            if (caption) {
                spans[i].role = SentenceRole::Caption;
            } else if (!endsLikeSentence(sentence)) {
                spans[i].role = SentenceRole::Headline;
            }
        }
        first = last + 1;
    }
    return spans;
}

}  // namespace yeonpyo::extract
