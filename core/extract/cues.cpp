// Indexing an article's cue words and quotations, and the questions the mention finder asks of
// them.
#include "core/extract/cues_p.h"

#include <algorithm>

#include "core/extract/spans_p.h"
#include "core/extract/words_p.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::CueKind;

// At most this many words between an English order cue and the trigger it governs ("after the
// morning session").
constexpr int kCueObjectWords = 3;
// Longest English order cue in bytes ("ahead of", "prior to"), for looking back from its last word.
constexpr std::size_t kLongestCueBytes = 16;

bool onlySpaces(std::string_view text) {
    return text.find_first_not_of(' ') == std::string_view::npos;
}

bool isPrepositionCue(CueKind kind) {
    return kind == CueKind::Before || kind == CueKind::After;
}

}  // namespace

bool isOrderCue(CueKind kind) {
    return kind == CueKind::Before || kind == CueKind::After || kind == CueKind::BeforePrevious ||
           kind == CueKind::AfterPrevious;
}

bool cueWordStands(std::string_view text, const lexicon::PhraseMatch& hit, bool korean,
                   bool particlesOnly) {
    if (!korean)
        return hit.wordEnd == hit.end;
    const auto tail = text.substr(hit.end, hit.wordEnd - hit.end);
    return !particlesOnly || tail.empty() ||
           (static_cast<unsigned char>(tail.front()) >= 0x80 && lexicon::isParticleTail(tail));
}

ArticleCues::ArticleCues(const ArticleContext& context, const lexicon::Lexicon& lexicon)
    : text_(context.text),
      lang_(context.lang),
      korean_(context.lang == "ko"),
      lightVerbs_(&lexicon.lightVerbs) {
    for (const auto& hit : context.cueWords) {
        if (!cueWordStands(text_, hit, korean_, false))
            continue;
        for (const int index : hit.payloads) {
            const auto& entry = lexicon.cues.entries[static_cast<std::size_t>(index)];
            if (entry.lang == context.lang)
                cues_.push_back({hit.begin, hit.end, entry.kind, entry.count});
        }
    }
    for (const auto& quotation : context.quotations)
        quotations_.push_back({quotation.byteBegin, quotation.byteEnd});
    for (const auto& time : context.times)
        times_.push_back({time.byteBegin, time.byteEnd});
}

// Quotations and time expressions do not overlap: only the last one starting by pos may hold it.
bool ArticleCues::insideQuotation(std::size_t pos) const {
    const auto* quotation = lastStartingBy(quotations_, pos, byBegin);
    return quotation && quotation->contains(pos);
}

bool ArticleCues::insideTime(std::size_t pos) const {
    const auto* time = lastStartingBy(times_, pos, byBegin);
    return time && time->contains(pos);
}

bool ArticleCues::has(TextRange range, CueKind kind) const {
    for (auto cue = firstFrom(range.begin); cue != cues_.end() && cue->begin < range.end; ++cue) {
        if (cue->kind == kind && !insideQuotation(cue->begin))
            return true;
    }
    return false;
}

std::optional<CueHit> ArticleCues::lastOrderCue(TextRange range) const {
    std::optional<CueHit> last;
    for (auto cue = firstFrom(range.begin); cue != cues_.end() && cue->begin < range.end; ++cue) {
        if (isOrderCue(cue->kind))
            last = *cue;
    }
    return last;
}

std::optional<int> ArticleCues::groupIn(TextRange range) const {
    std::optional<int> count;
    for (auto cue = firstFrom(range.begin); cue != cues_.end() && cue->begin < range.end; ++cue) {
        if (cue->kind == CueKind::Group && !insideQuotation(cue->begin))
            count = cue->count;
    }
    return count;
}

bool ArticleCues::hasNonStatusCue(TextRange range) const {
    for (auto cue = firstFrom(range.begin); cue != cues_.end() && cue->begin < range.end; ++cue) {
        if (cue->kind != CueKind::Planned && cue->kind != CueKind::Reported &&
            cue->kind != CueKind::Press) {
            return true;
        }
    }
    return false;
}

std::optional<CueKind> ArticleCues::orderCueGoverning(std::size_t begin,
                                                      std::size_t wordEnd) const {
    if (korean_) {
        // The cue is the next word: "회담 뒤", "훈련을 마친 뒤".
        auto cue = firstFrom(wordEnd);
        for (; cue != cues_.end() && onlySpaces(text_.substr(wordEnd, cue->begin - wordEnd));
             ++cue) {
            if (isPrepositionCue(cue->kind))
                return cue->kind;
        }
        return std::nullopt;
    }
    // A few words back: "after the morning session", "ahead of the summit".
    auto word = wordBefore(text_, begin);
    for (int words = 0; word && words <= kCueObjectWords;
         ++words, word = wordBefore(text_, word->begin)) {
        const std::size_t from =
            word->begin > kLongestCueBytes ? word->begin - kLongestCueBytes : 0;
        for (auto cue = firstFrom(from); cue != cues_.end() && cue->begin <= word->begin; ++cue) {
            if (isPrepositionCue(cue->kind) && cue->end == word->end && !insideTime(cue->begin))
                return cue->kind;
        }
    }
    return std::nullopt;
}

bool ArticleCues::isLightVerb(std::string_view words) const {
    for (const int index : lightVerbs_->forms.lookup(words)) {
        if (lightVerbs_->entries[static_cast<std::size_t>(index)].lang == lang_)
            return true;
    }
    return false;
}

bool ArticleCues::carriedByLightVerb(std::size_t begin, std::size_t wordEnd) const {
    if (korean_) {
        // The next word starts with a light verb: "대담을 진행한다", "행사가 열린다".
        std::size_t next = wordEnd;
        while (next < text_.size() && text_[next] == ' ')
            ++next;
        const auto word = text_.substr(next, lexicon::wordEnd(text_, next) - next);
        const auto found = lightVerbs_->forms.scan(word, lexicon::StartRule::WordStart,
                                                   lexicon::EndRule::AnyEnding);
        return !found.empty() && found.front().begin == 0 &&
               isLightVerb(word.substr(0, found.front().end));
    }
    // A light verb ("will attend a", "presided over the") or a plan cue a few words before.
    auto word = wordBefore(text_, begin);
    for (int words = 0; word && words <= kCueObjectWords;
         ++words, word = wordBefore(text_, word->begin)) {
        for (auto start = word; start && start->begin + kLongestCueBytes >= word->begin;
             start = wordBefore(text_, start->begin)) {
            if (isLightVerb(text_.substr(start->begin, word->end - start->begin)))
                return !insideQuotation(start->begin);
        }
        const std::size_t from =
            word->begin > kLongestCueBytes ? word->begin - kLongestCueBytes : 0;
        for (auto cue = firstFrom(from); cue != cues_.end() && cue->begin <= word->begin; ++cue) {
            if (cue->kind == CueKind::Planned && cue->end == word->end &&
                !insideQuotation(cue->begin))
                return true;
        }
    }
    return false;
}

std::vector<CueHit>::const_iterator ArticleCues::firstFrom(std::size_t pos) const {
    return firstStartingFrom(cues_, pos, byBegin);
}

}  // namespace yeonpyo::extract
