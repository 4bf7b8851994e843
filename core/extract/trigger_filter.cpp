// Filtering trigger words: quotations, names, habits, press talks and adjacent duplicates.
#include "core/extract/trigger_filter_p.h"

#include "core/extract/events_p.h"

#include <algorithm>

#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::CueKind;
using lexicon::EndRule;
using lexicon::PhraseMatch;
using lexicon::StartRule;

// Bytes around a trigger in which a press word ("취재진과 만나", "told reporters") makes it a press
// talk.
constexpr std::size_t kPressReach = 24;
// At most this many words between a weak visit verb and the activity noun it carries ("attend a
// state banquet").
constexpr int kCarriedNounWords = 3;

bool acceptsKoreanTail(std::string_view tail, const lexicon::Lexicon& lexicon) {
    if (lexicon::isParticleTail(tail))
        return true;
    for (std::string_view start : {"하", "했", "한", "할", "해", "함", "차", "식", "중"}) {
        if (tail.starts_with(start))
            return true;
    }
    const auto inner = lexicon.triggers.forms.scan(tail, StartRule::WordStart, EndRule::AnyEnding);
    return !inner.empty() && inner.front().begin == 0;
}

/// Whether one of spans (sorted by begin, none longer than longest bytes) overlaps [begin, end).
template <typename Span>
bool anyOverlaps(const std::vector<Span>& spans, std::size_t longest, std::size_t begin,
                 std::size_t end) {
    auto it = std::lower_bound(spans.begin(), spans.end(), end,
                               [](const Span& span, std::size_t at) { return span.begin < at; });
    while (it != spans.begin()) {
        --it;
        if (it->end > begin)
            return true;
        if (it->begin + longest <= begin)
            return false;
    }
    return false;
}

template <typename Span>
std::size_t longestOf(const std::vector<Span>& spans) {
    std::size_t longest = 0;
    for (const auto& span : spans)
        longest = std::max(longest, span.end - span.begin);
    return longest;
}

}  // namespace

TriggerFilter::TriggerFilter(const ArticleContext& context, const ArticleCues& cues)
    : context_(context),
      lexicon_(*context.lexicon),
      cues_(cues),
      korean_(context.lang == "ko"),
      triggers_(context.triggerWords),
      longestName_(std::max({longestOf(context.places), longestOf(context.organisations),
                             longestOf(context.people.mentions)})) {}

std::vector<const PhraseMatch*> TriggerFilter::in(TextRange sentence) const {
    std::vector<const PhraseMatch*> found;
    const auto first = std::lower_bound(
        triggers_.begin(), triggers_.end(), sentence.begin,
        [](const PhraseMatch& match, std::size_t begin) { return match.begin < begin; });
    for (auto it = first; it != triggers_.end() && it->begin < sentence.end; ++it) {
        const PhraseMatch& match = *it;
        if (!accepted(match, sentence))
            continue;
        if (!found.empty()) {
            const auto gap = context_.text.substr(
                found.back()->wordEnd,
                std::max(match.begin, found.back()->wordEnd) - found.back()->wordEnd);
            const bool adjacent = match.begin >= found.back()->wordEnd &&
                                  gap.find_first_not_of(' ') == std::string_view::npos;
            if (adjacent || match.begin < found.back()->wordEnd) {
                // "참석한 간담회", "만나 연설한다": the run names one event, by its strongest
                // then most specific word.
                const auto& previous = entryOf(*found.back());
                const auto& current = entryOf(match);
                if (current.strong != previous.strong
                        ? current.strong
                        : specificity(current.kind) > specificity(previous.kind))
                    found.back() = &match;
                continue;
            }
            if (carriesNoun(*found.back(), match)) {
                found.back() = &match;  // "attend a lunch", "hold a rally": the noun names it
                continue;
            }
        }
        found.push_back(&match);
    }
    return found;
}

bool TriggerFilter::accepted(const PhraseMatch& match, TextRange sentence) const {
    const auto& trigger = entryOf(match);
    if (trigger.lang != context_.lang || cues_.insideQuotation(match.begin) ||
        overlapsName(match)) {
        return false;
    }
    const auto tail = context_.text.substr(match.end, match.wordEnd - match.end);
    if (korean_ && !trigger.verb && !acceptsKoreanTail(tail, lexicon_))
        return false;
    if (cues_.has({sentence.begin, match.begin}, CueKind::Habitual))
        return false;
    if (trigger.kind == EventKind::Meeting) {
        const TextRange press =
            korean_
                ? TextRange{match.begin > kPressReach ? match.begin - kPressReach : 0, match.begin}
                : TextRange{match.end, match.end + kPressReach};
        if (cues_.has({std::max(press.begin, sentence.begin), std::min(press.end, sentence.end)},
                      CueKind::Press)) {
            return false;
        }
    }
    return true;
}

bool TriggerFilter::carriesNoun(const PhraseMatch& verb, const PhraseMatch& noun) const {
    if (korean_ || entryOf(verb).kind != EventKind::Visit || entryOf(noun).kind == EventKind::Visit)
        return false;
    const auto gap = context_.text.substr(verb.wordEnd, noun.begin - verb.wordEnd);
    int words = 0;
    for (std::size_t at = 0; at < gap.size();) {
        const auto space = gap.find(' ', at);
        const auto word = gap.substr(at, space == std::string_view::npos ? gap.npos : space - at);
        if (!word.empty()) {
            const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || c == '-';
            });
            if (!plain || word == "and" || word == "or" || ++words > kCarriedNounWords)
                return false;
        }
        if (space == std::string_view::npos)
            break;
        at = space + 1;
    }
    return words > 0;
}

bool TriggerFilter::overlapsName(const PhraseMatch& trigger) const {
    const auto overlaps = [&](const auto& spans) {
        return anyOverlaps(spans, longestName_, trigger.begin, trigger.end);
    };
    return overlaps(context_.places) || overlaps(context_.organisations) ||
           overlaps(context_.people.mentions);
}

}  // namespace yeonpyo::extract
