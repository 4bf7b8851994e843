// Finding event mentions: triggers filtered by context, then time, place, people and status per
// trigger.
#include "core/extract/mentions_p.h"

#include <algorithm>

#include "core/extract/places_p.h"
#include "core/extract/timing_p.h"
#include "core/extract/words_p.h"
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

struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
    bool overlaps(std::size_t b, std::size_t e) const { return b < end && begin < e; }
};

struct CueHit {
    std::size_t begin = 0;
    CueKind kind = CueKind::Planned;
};

/// What one sentence offers its mentions: triggers and the words around them.
struct SentenceParts {
    Range range;
    std::vector<const PhraseMatch*> triggers;
};

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

bool isDeterminer(std::string_view word) {
    for (std::string_view determiner :
         {"his",  "her",   "their", "its",  "the",      "a",   "an",  "this",
          "that", "first", "last",  "next", "upcoming", "His", "Her", "Their",
          "Its",  "The",   "A",     "An",   "This",     "That"}) {
        if (word == determiner)
            return true;
    }
    return false;
}

class MentionFinder {
public:
    explicit MentionFinder(const ArticleContext& context)
        : context_(context),
          lexicon_(*context.lexicon),
          korean_(context.lang == "ko"),
          times_(context.times, korean_, [this](std::size_t pos) { return insideQuotation(pos); }) {
        const EndRule nameEnd = korean_ ? EndRule::ParticleTail : EndRule::WordEnd;
        triggers_ = lexicon_.triggers.forms.scan(
            context.text, korean_ ? StartRule::InsideHangulWord : StartRule::WordStart,
            korean_ ? EndRule::AnyEnding : EndRule::WordEnd);
        orgs_ = lexicon_.organisations.forms.scan(context.text, StartRule::WordStart, nameEnd);
        for (const auto& cue :
             lexicon_.cues.forms.scan(context.text, StartRule::WordStart,
                                      korean_ ? EndRule::AnyEnding : EndRule::WordEnd)) {
            for (const int index : cue.payloads) {
                const auto& entry = lexicon_.cues.entries[static_cast<std::size_t>(index)];
                if (entry.lang == context.lang)
                    cues_.push_back({cue.begin, entry.kind});
            }
        }
        for (const auto& quotation : context.quotations) {
            quotations_.push_back({quotation.byteBegin, quotation.byteEnd});
        }
        for (const auto& hit : context.places) {
            if (!insideQuotation(hit.begin))
                places_.push_back(hit);
        }
    }

    std::vector<Mention> find() {
        std::vector<Mention> mentions;
        std::optional<MentionTime> discourse;
        for (std::size_t s = 0; s < context_.sentences.size(); ++s) {
            const auto& sentence = context_.sentences[s];
            const Range range{sentence.byteBegin, sentence.byteEnd};
            const auto triggers = triggersIn(range);
            std::optional<MentionTime> shared;
            std::optional<Place> sharedPlace;
            for (std::size_t i = 0; i < triggers.size(); ++i) {
                Mention mention = describe(static_cast<int>(s), range, triggers, i);
                const bool staysPut = mention.trigger->kind != EventKind::Departure &&
                                      mention.trigger->kind != EventKind::Arrival;
                if (!mention.place && staysPut && !mention.samePlace)
                    mention.place = sharedPlace;
                if (mention.place && staysPut)
                    sharedPlace = mention.place;
                if (!mention.time && shared)
                    mention.time = shared;
                if (mention.time && mention.time->own)
                    shared = mention.time;
                if (!mention.time && discourse && sentence.role == SentenceRole::Body) {
                    mention.time = discourse;
                    mention.time->own = false;
                    mention.time->timeOfDay.clear();
                }
                if (!mention.trigger->timeOfDay.empty() && mention.time) {
                    mention.time->timeOfDay = mention.trigger->timeOfDay;
                }
                mentions.push_back(std::move(mention));
            }
            if (sentence.role == SentenceRole::Body) {
                if (auto latest = times_.lastDayIn(range.begin, range.end))
                    discourse = latest;
            }
        }
        return mentions;
    }

private:
    bool insideQuotation(std::size_t pos) const {
        return std::any_of(quotations_.begin(), quotations_.end(),
                           [&](const Range& quotation) { return quotation.contains(pos); });
    }

    bool overlapsName(const PhraseMatch& trigger) const {
        const auto overlaps = [&](std::size_t begin, std::size_t end) {
            return begin < trigger.end && trigger.begin < end;
        };
        for (const auto& hit : context_.places) {
            if (overlaps(hit.begin, hit.end))
                return true;
        }
        for (const auto& hit : orgs_) {
            if (overlaps(hit.begin, hit.end))
                return true;
        }
        for (const auto& mention : context_.people.mentions) {
            if (overlaps(mention.begin, mention.end))
                return true;
        }
        return false;
    }

    bool hasCue(Range range, CueKind kind) const {
        return std::any_of(cues_.begin(), cues_.end(), [&](const CueHit& cue) {
            return cue.kind == kind && range.contains(cue.begin) && !insideQuotation(cue.begin);
        });
    }

    /// Whether an order cue lies in range; at is set to the last one.
    bool hasOrderCue(Range range, std::size_t& at) const {
        bool found = false;
        for (const auto& cue : cues_) {
            const bool order = cue.kind == CueKind::Before || cue.kind == CueKind::After ||
                               cue.kind == CueKind::BeforePrevious ||
                               cue.kind == CueKind::AfterPrevious;
            if (order && range.contains(cue.begin)) {
                found = true;
                at = cue.begin;
            }
        }
        return found;
    }

    /// "his visit", "their preseason Asia tour": a determiner up to three words before a noun.
    bool followsDeterminer(std::size_t begin) const {
        auto word = wordBefore(context_.text, begin);
        for (int step = 0; word && step < 3;
             ++step, word = wordBefore(context_.text, word->begin)) {
            const auto text = word->in(context_.text);
            if (isDeterminer(text))
                return true;
            if (!isCapitalised(text) && step > 0)
                return false;  // only names between: "their Asia tour"
        }
        return false;
    }

    const lexicon::Trigger& entryOf(const PhraseMatch& match) const {
        return lexicon_.triggers.entries[static_cast<std::size_t>(match.payloads.front())];
    }

    bool accepted(const PhraseMatch& match, Range sentence) const {
        const auto& trigger = entryOf(match);
        if (trigger.lang != context_.lang || insideQuotation(match.begin) || overlapsName(match)) {
            return false;
        }
        const auto tail = context_.text.substr(match.end, match.wordEnd - match.end);
        if (korean_ && !trigger.verb && !acceptsKoreanTail(tail, lexicon_))
            return false;
        if (hasCue({sentence.begin, match.begin}, CueKind::Habitual))
            return false;
        if (trigger.kind == EventKind::Meeting) {
            const Range press =
                korean_
                    ? Range{match.begin > kPressReach ? match.begin - kPressReach : 0, match.begin}
                    : Range{match.end, match.end + kPressReach};
            if (hasCue({std::max(press.begin, sentence.begin), std::min(press.end, sentence.end)},
                       CueKind::Press)) {
                return false;
            }
        }
        return true;
    }

    /// Accepted triggers of a sentence; triggers next to each other ("만찬 회동") count once.
    std::vector<const PhraseMatch*> triggersIn(Range sentence) const {
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
                if (adjacent || match.begin < found.back()->wordEnd)
                    continue;
            }
            found.push_back(&match);
        }
        return found;
    }

    Mention describe(int sentenceIndex, Range sentence,
                     const std::vector<const PhraseMatch*>& triggers, std::size_t i) const {
        const PhraseMatch& match = *triggers[i];
        const auto& trigger = entryOf(match);
        Mention mention;
        mention.sentence = sentenceIndex;
        mention.begin = match.begin;
        mention.end = match.end;
        mention.trigger = &trigger;
        mention.role = context_.sentences[static_cast<std::size_t>(sentenceIndex)].role;
        const std::size_t previousEnd = i == 0 ? sentence.begin : triggers[i - 1]->wordEnd;
        const std::size_t nextBegin =
            i + 1 < triggers.size() ? triggers[i + 1]->begin : sentence.end;
        const Range segment =
            korean_ ? Range{previousEnd, match.wordEnd} : Range{match.begin, nextBegin};
        const Range otherSide =
            korean_ ? Range{match.wordEnd, nextBegin} : Range{previousEnd, match.begin};
        mention.time = times_.ownTime(segment.begin, segment.end, sentence.begin, sentence.end,
                                      match.begin, match.end, i + 1 == triggers.size());
        const bool destination = trigger.kind == EventKind::Departure;
        mention.place = choosePlace(context_.text, places_, segment.begin, segment.end, destination,
                                    lexicon_.gazetteer, context_.lang);
        // The other side of the trigger names its place only when no other trigger can own it:
        // "오찬은 LG트윈타워에서 열렸다", "At LG Twin Towers, Zuckerberg had lunch".
        const bool otherSideIsOwn =
            korean_
                ? i + 1 == triggers.size() && isTopicParticle(tailAfter(context_.text, match.end))
                : i == 0;
        if (!mention.place && otherSideIsOwn) {
            mention.place = choosePlace(context_.text, places_, otherSide.begin, otherSide.end,
                                        destination, lexicon_.gazetteer, context_.lang);
        }
        addPeople(mention, sentence, segment);
        for (const auto& org : orgs_) {
            if (segment.contains(org.begin) && !insideQuotation(org.begin)) {
                mention.orgKeys.push_back(
                    lexicon_.organisations.entries[static_cast<std::size_t>(org.payloads.front())]
                        .key);
            }
        }
        mention.planned = hasCue(sentence, CueKind::Planned);
        mention.samePlace = hasCue(segment, CueKind::SamePlace);
        mention.afterOrderCue = hasOrderCue({sentence.begin, match.begin}, mention.orderCueAt);
        mention.reported = hasCue(sentence, CueKind::Reported);
        mention.continuesPrevious = i > 0 && continuesEncounter(*triggers[i - 1], match);
        mention.nominal = !korean_ && !trigger.strong && followsDeterminer(match.begin);
        return mention;
    }

    static bool isEncounter(EventKind kind) {
        return kind == EventKind::Meeting || kind == EventKind::Meal || kind == EventKind::Visit;
    }

    bool continuesEncounter(const PhraseMatch& previous, const PhraseMatch& current) const {
        if (!isEncounter(entryOf(previous).kind) || !isEncounter(entryOf(current).kind))
            return false;
        const Range between{previous.end, current.begin};
        const bool orderCue = std::any_of(cues_.begin(), cues_.end(), [&](const CueHit& cue) {
            return between.contains(cue.begin) && cue.kind != CueKind::Planned &&
                   cue.kind != CueKind::Reported && cue.kind != CueKind::Press;
        });
        const bool otherDate =
            std::any_of(context_.times.begin(), context_.times.end(),
                        [&](const temporal::TimeExpression& time) {
                            return between.contains(time.byteBegin) && namesDay(time.value);
                        });
        return !orderCue && !otherDate;
    }

    /// "Yoon's office said", "조 CEO는 … 말했다" name a source, not someone at the event.
    bool isSourceOfReport(const PersonMention& person) const {
        const auto tail = context_.text.substr(person.end, 16);
        for (std::string_view verb :
             {" said", " says", " told", "'s office", "’s office", " added"}) {
            if (tail.starts_with(verb))
                return true;
        }
        return false;
    }

    void addPeople(Mention& mention, Range sentence, Range segment) const {
        const int subject = context_.people.subject;
        bool otherTopic = false;
        for (const auto& person : context_.people.mentions) {
            if (!sentence.contains(person.begin) || insideQuotation(person.begin) ||
                isSourceOfReport(person)) {
                continue;
            }
            const bool clauseSubject = person.begin < mention.begin &&
                                       (korean_ ? person.topic : person.begin < segment.begin);
            if (!segment.contains(person.begin) && !clauseSubject)
                continue;
            if (std::find(mention.people.begin(), mention.people.end(), person.person) ==
                mention.people.end()) {
                mention.people.push_back(person.person);
            }
            if (clauseSubject && person.person != subject)
                otherTopic = true;
        }
        mention.subjectImplied = !otherTopic;
    }

    const ArticleContext& context_;
    const lexicon::Lexicon& lexicon_;
    bool korean_;
    std::vector<PhraseMatch> triggers_;
    std::vector<PhraseMatch> orgs_;
    std::vector<CueHit> cues_;
    std::vector<Range> quotations_;
    std::vector<lexicon::PlaceHit> places_;  ///< Place names outside quotations.
    TimeFinder times_;
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

int Mention::anchors(int subject) const {
    int count = (time && time->own) ? 1 : 0;
    if (place)
        ++count;
    if (std::any_of(people.begin(), people.end(), [&](int person) { return person != subject; })) {
        ++count;
    }
    return count;
}

bool namesDay(std::string_view value) {
    return value.size() >= 10 && value[4] == '-' && value[7] == '-' && isDigit(value[8]) &&
           isDigit(value[9]) && (value.size() == 10 || value[10] == 'T');
}

std::vector<Mention> findMentions(const ArticleContext& context) {
    return MentionFinder(context).find();
}

}  // namespace yeonpyo::extract
