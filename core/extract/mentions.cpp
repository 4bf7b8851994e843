// Finding event mentions: triggers filtered by context, then time, place, people and status per
// trigger.
#include "core/extract/mentions_p.h"

#include <algorithm>

#include "core/extract/cues_p.h"
#include "core/extract/places_p.h"
#include "core/extract/spans_p.h"
#include "core/extract/timing_p.h"
#include "core/extract/trigger_filter_p.h"
#include "core/extract/words_p.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::CueKind;
using lexicon::EndRule;
using lexicon::PhraseMatch;
using lexicon::StartRule;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

class MentionFinder {
public:
    explicit MentionFinder(const ArticleContext& context)
        : context_(context),
          lexicon_(*context.lexicon),
          korean_(context.lang == "ko"),
          cues_(context, lexicon_),
          times_(context.times, korean_,
                 [this](std::size_t pos) { return cues_.insideQuotation(pos); }),
          triggers_(context, cues_) {
        for (const auto& hit : context.places) {
            if (!insideQuotation(hit.begin))
                places_.push_back(hit);
        }
    }

    std::vector<Mention> find() {
        std::vector<Mention> mentions;
        std::optional<MentionTime> discourse;
        if (!context_.referenceDay.empty()) {
            discourse = MentionTime{context_.referenceDay,
                                    {},
                                    {},
                                    "the article's date (" + context_.referenceDay + ")",
                                    false,
                                    0,
                                    {}};
        }
        for (std::size_t s = 0; s < context_.sentences.size(); ++s) {
            const auto& sentence = context_.sentences[s];
            const TextRange range{sentence.byteBegin, sentence.byteEnd};
            const auto triggers = triggers_.in(range);
            if (triggers.empty() && sentence.listItem && sentence.role == SentenceRole::Body) {
                if (auto stop = listStop(static_cast<int>(s), range, discourse))
                    mentions.push_back(std::move(*stop));
            }
            std::optional<MentionTime> shared;
            std::optional<Place> sharedPlace;
            std::vector<Mention> described;
            for (std::size_t i = 0; i < triggers.size(); ++i) {
                Mention mention = describe(static_cast<int>(s), range, triggers, i);
                auto items = enumeratedStops(mention, range, triggers, i);
                if (items.empty())
                    described.push_back(std::move(mention));
                for (auto& item : items)
                    described.push_back(std::move(item));
            }
            for (auto& mention : described) {
                const bool staysPut = mention.trigger->kind != EventKind::Departure &&
                                      mention.trigger->kind != EventKind::Arrival;
                if (!mention.place && staysPut && !mention.samePlace && !mention.listedStop)
                    mention.place = sharedPlace;
                if (staysPut)
                    narrowToStoryPlace(mention);
                if (mention.place && staysPut)
                    sharedPlace = mention.place;
                if (!mention.time && shared)
                    mention.time = dayOnly(*shared, false);
                if (mention.time && mention.time->own)
                    shared = mention.time;
                // "초청은 1월에 이뤄졌다", "an invitation in January": a sentence dated by a month
                // or a year tells background, not the day the story is at.
                if (!mention.time && discourse && sentence.role == SentenceRole::Body &&
                    !statesCoarseDate(range)) {
                    mention.time = dayOnly(*discourse, false);
                    mention.time->own = false;
                }
                if (mention.trigger->journey && mention.time) {
                    mention.time->timeOfDay.clear();  // "travelled to Ulsan the next morning"
                } else if (!mention.trigger->timeOfDay.empty() && mention.time) {
                    mention.time->timeOfDay = mention.trigger->timeOfDay;
                } else if (const auto part =
                               korean_ ? std::string()
                                       : englishPartOfDayBefore(context_.text, mention.begin);
                           !part.empty() && mention.time) {
                    mention.time->timeOfDay = part;  // "the morning session"
                }
                mentions.push_back(std::move(mention));
            }
            if (sentence.role == SentenceRole::Body) {
                if (auto latest = times_.lastDayIn(range.begin, range.end))
                    discourse = latest;
                if (!statesCoarseDate(range))
                    noteDiscoursePlace(range);
            }
        }
        return mentions;
    }

private:
    bool insideQuotation(std::size_t pos) const { return cues_.insideQuotation(pos); }

    /// An inherited time keeps its day, not the clock of the clause that stated it.
    static MentionTime dayOnly(MentionTime time, bool keepPartOfDay) {
        if (const auto t = time.value.find('T'); t != std::string::npos)
            time.value.resize(t);
        if (const auto t = time.endValue.find('T'); t != std::string::npos)
            time.endValue.resize(t);
        if (!keepPartOfDay)
            time.timeOfDay.clear();
        return time;
    }

    /// The range states a date coarser than a day: a month or a year ("in January", "2019년").
    bool statesCoarseDate(TextRange range) const {
        return anyTimeIn(range, [this](const temporal::TimeExpression& time) {
            return time.kind == temporal::ExpressionKind::Date && !namesDay(time.value) &&
                   time.value.size() >= 4 && isDigit(time.value[0]) &&
                   !insideQuotation(time.byteBegin);
        });
    }

    /// The words that belong to trigger i of a sentence: Korean, those since the previous trigger
    /// (the trigger ends its clause); English, those up to the next trigger.
    TextRange segmentOf(TextRange sentence, const std::vector<const PhraseMatch*>& triggers,
                        std::size_t i) const {
        const std::size_t previousEnd = i == 0 ? sentence.begin : triggers[i - 1]->wordEnd;
        const std::size_t nextBegin =
            i + 1 < triggers.size() ? triggers[i + 1]->begin : sentence.end;
        return korean_ ? TextRange{previousEnd, triggers[i]->wordEnd}
                       : TextRange{triggers[i]->begin, nextBegin};
    }

    /// One trigger for a list of dated stops: "13∼14일 도쿄돔, 21일 오사카 교세라돔 … 에서
    /// 콘서트를 펼친다", "20일 대구에서 코스타리카, 27일 인천에서 중국과 평가전을 치른다", "will
    /// be played in Karachi from 12-16 March and the third in Lahore from 21-25 March". Each day
    /// named in the trigger's segment with a place of its own is a stop; a day without one joins
    /// the next place's ("21일·23∼24일 오사카"). Empty unless there are two stops or more.
    std::vector<Mention> enumeratedStops(const Mention& mention, TextRange sentence,
                                         const std::vector<const PhraseMatch*>& triggers,
                                         std::size_t i) const {
        const TextRange segment = segmentOf(sentence, triggers, i);
        std::vector<std::pair<MentionTime, std::size_t>> days;  // time, end of its expression
        const auto& times = context_.times;
        for (auto it = firstStartingFrom(times, segment.begin, byByteBegin);
             it != times.end() && it->byteBegin < segment.end; ++it) {
            if (it->byteBegin < mention.end && mention.begin < it->byteEnd)
                continue;
            if (auto time = times_.timeOf(*it))
                days.emplace_back(std::move(*time), it->byteEnd);
        }
        if (days.size() < 2 || mention.trigger->kind == EventKind::Departure ||
            mention.trigger->kind == EventKind::Arrival)
            return {};
        std::vector<Mention> stops;
        std::size_t first = 0;  // the first day of the stop being read
        for (std::size_t d = 0; d < days.size(); ++d) {
            // Korean: a stop runs from its first day to the next day; English: from the end of
            // the previous stop to its day's end.
            const TextRange item =
                korean_
                    ? TextRange{days[first].first.byteBegin,
                                d + 1 < days.size() ? days[d + 1].first.byteBegin : mention.begin}
                    : TextRange{first == 0 ? segment.begin : days[first - 1].second,
                                days[d].second};
            Mention stop = mention;
            stop.listedStop = true;
            stop.place = choosePlace(context_.text, places_, item.begin, item.end, false,
                                     lexicon_.gazetteer, context_.lang);
            placeAtVenue(stop, sentence, item, {});
            if (!stop.place)
                continue;  // the day goes with the next place
            stop.time = days[korean_ ? first : d].first;
            stops.push_back(std::move(stop));
            first = d + 1;
        }
        if (first != days.size() && !stops.empty()) {
            if (!korean_)
                return {};  // a day after the last place: not a list of stops
            Mention last = mention;  // "5월 28일 온두라스, 6월 1일 보스니아와": a stop of its own
            last.listedStop = true;
            last.place.reset();
            last.time = days[first].first;
            stops.push_back(std::move(last));
        }
        return stops.size() >= 2 ? stops : std::vector<Mention>{};
    }

    Mention describe(int sentenceIndex, TextRange sentence,
                     const std::vector<const PhraseMatch*>& triggers, std::size_t i) const {
        const PhraseMatch& match = *triggers[i];
        const auto& trigger = triggers_.entryOf(match);
        Mention mention;
        mention.sentence = sentenceIndex;
        mention.begin = match.begin;
        mention.end = match.end;
        mention.trigger = &trigger;
        mention.role = context_.sentences[static_cast<std::size_t>(sentenceIndex)].role;
        const std::size_t previousEnd = i == 0 ? sentence.begin : triggers[i - 1]->wordEnd;
        const std::size_t nextBegin =
            i + 1 < triggers.size() ? triggers[i + 1]->begin : sentence.end;
        const TextRange segment = segmentOf(sentence, triggers, i);
        const TextRange otherSide =
            korean_ ? TextRange{match.wordEnd, nextBegin} : TextRange{previousEnd, match.begin};
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
        if (!destination)
            placeAtVenue(mention, sentence, segment, otherSideIsOwn ? otherSide : TextRange{});
        const auto tail = context_.text.substr(match.end, match.wordEnd - match.end);
        if (!korean_ || (!trigger.verb && (tail.empty() || lexicon::isParticleTail(tail))))
            mention.objectOfCue = cues_.orderCueGoverning(match.begin, match.wordEnd);
        // "after the morning session": the session told before, not on a day of its own.
        if (!korean_ && mention.objectOfCue && mention.time &&
            !segment.contains(mention.time->byteBegin))
            mention.time->own = false;
        addPeople(mention, sentence, segment);
        mention.group = cues_.groupIn({sentence.begin, segment.end});
        const auto& orgs = context_.organisations;
        for (auto org = firstStartingFrom(orgs, segment.begin, byBegin);
             org != orgs.end() && org->begin < segment.end; ++org) {
            if (!insideQuotation(org->begin)) {
                mention.orgKeys.push_back(
                    lexicon_.organisations.entries[static_cast<std::size_t>(org->payloads.front())]
                        .key);
            }
        }
        mention.planned = cues_.has(sentence, CueKind::Planned);
        mention.samePlace = cues_.has(segment, CueKind::SamePlace);
        if (const auto cue = cues_.lastOrderCue({sentence.begin, match.begin})) {
            mention.afterOrderCue = true;
            mention.orderCueAt = cue->begin;
            mention.cueSaysAfter = cue->kind == lexicon::CueKind::After ||
                                   cue->kind == lexicon::CueKind::AfterPrevious;
        }
        mention.reported = cues_.has(sentence, CueKind::Reported);
        mention.continuesPrevious = i > 0 && continuesEncounter(*triggers[i - 1], match);
        mention.chained = i > 0 || mention.afterOrderCue;
        mention.lightVerb = !trigger.strong && cues_.carriedByLightVerb(match.begin, match.wordEnd);
        mention.nominal =
            (!korean_ && !trigger.strong && !trigger.verb && !mention.lightVerb &&
             followsDeterminer(context_.text, match.begin)) ||
            (trigger.kind == EventKind::Visit && namesTripLength({previousEnd, nextBegin})) ||
            (korean_ && namesPurpose(match.end));
        return mention;
    }

    /// The last venue name outside quotations that lies within range (read on demand: most of
    /// an article is never asked about).
    std::optional<VenueName> venueIn(TextRange range) const {
        std::optional<VenueName> found;
        if (range.end <= range.begin)
            return found;
        for (auto& venue : findVenueNames(context_.text, range.begin, range.end, context_.lang,
                                          lexicon_, context_.places)) {
            if (venue.end <= range.end && !insideQuotation(venue.begin))
                found = std::move(venue);
        }
        return found;
    }

    /// A venue the gazetteer does not know, named with the trigger, is where the event happens:
    /// it stays as written, at the most precise known place around it, and no coarser gazetteer
    /// place replaces it.
    void placeAtVenue(Mention& mention, TextRange sentence, TextRange segment,
                      TextRange otherSide) const {
        if (mention.place && mention.place->precision == PlacePrecision::Venue)
            return;
        auto venue = venueIn(segment);
        if (!venue && !mention.place)
            venue = venueIn(otherSide);
        if (!venue)
            return;
        auto known = mention.place;
        if (const auto* part = known ? nullptr : knownPartOf(venue->name, lexicon_.gazetteer))
            known = placeOf(*part, lexicon_.gazetteer, context_.lang);
        if (!known) {
            known = choosePlace(context_.text, places_, sentence.begin, sentence.end, false,
                                lexicon_.gazetteer, context_.lang);
        }
        if (!known)
            known = discoursePlace_;
        mention.place = venuePlace(venue->name, known);
    }

    /// "방미 기간 회담을 했다" after "워싱턴에 도착했다": a country or region that encloses the
    /// city the story is at names the trip, not the event's place, which is that city.
    void narrowToStoryPlace(Mention& mention) const {
        if (!discoursePlace_ || !mention.place || mention.samePlace)
            return;
        if (mention.place->precision != PlacePrecision::Country &&
            mention.place->precision != PlacePrecision::Region)
            return;
        const auto& gazetteer = lexicon_.gazetteer;
        const auto* area = gazetteer.find(mention.place->gazetteerId);
        const auto* city = gazetteer.find(discoursePlace_->gazetteerId);
        if (area != nullptr && city != nullptr && area != city && gazetteer.encloses(*area, *city))
            mention.place = discoursePlace_;
    }

    /// The city or finer place a body sentence names is where the story is, for the venues of
    /// the sentences after it that name none ("the Australian War Memorial" after "Canberra").
    void noteDiscoursePlace(TextRange sentence) {
        auto place = choosePlace(context_.text, places_, sentence.begin, sentence.end, false,
                                 lexicon_.gazetteer, context_.lang);
        if (!place || static_cast<int>(place->precision) > static_cast<int>(PlacePrecision::City))
            return;
        const auto* entry = lexicon_.gazetteer.find(place->gazetteerId);
        // A venue lends the district or city around it, not its own spot.
        for (const auto* around : entry && entry->kind == lexicon::PlaceKind::Venue
                                      ? lexicon_.gazetteer.ancestors(*entry)
                                      : std::vector<const lexicon::PlaceEntry*>{}) {
            if (around->kind != lexicon::PlaceKind::Venue &&
                around->kind != lexicon::PlaceKind::Dong) {
                discoursePlace_ = placeOf(*around, lexicon_.gazetteer, context_.lang);
                return;
            }
        }
        if (place->precision != PlacePrecision::Venue)
            discoursePlace_ = std::move(place);
    }

    /// A list item without a trigger word that names a place ("May 12 – Wembley Stadium –
    /// London", "▲오후 광주 5·18 민주묘지"): a stop of the itinerary, on its own day or the
    /// list's.
    std::optional<Mention> listStop(int sentenceIndex, TextRange range,
                                    const std::optional<MentionTime>& discourse) const {
        static const lexicon::Trigger koreanStop{"ko",  "방문", EventKind::Visit, "", true,
                                                 false, false};
        static const lexicon::Trigger englishStop{"en",  "visit", EventKind::Visit, "", true,
                                                  false, false};
        Mention mention;
        mention.sentence = sentenceIndex;
        mention.begin = range.begin;
        mention.end = range.begin;
        mention.trigger = korean_ ? &koreanStop : &englishStop;
        mention.place = choosePlace(context_.text, places_, range.begin, range.end, false,
                                    lexicon_.gazetteer, context_.lang);
        placeAtVenue(mention, range, range, {});
        if (!mention.place)
            return std::nullopt;
        mention.time = times_.ownTime(range.begin, range.end, range.begin, range.end, range.begin,
                                      range.begin, true);
        if (!mention.time && discourse) {
            mention.time = dayOnly(*discourse, false);
            mention.time->own = false;
        }
        if (!mention.time)
            return std::nullopt;
        addPeople(mention, range, range);
        mention.planned = cues_.has(range, CueKind::Planned);
        return mention;
    }

    /// "개막식에 참석하기 위해 방한한다", "정상회담을 갖기 위해 방문길에 오른다": the trigger
    /// names what a trip is for, an event the text dates where it tells it, not a step here.
    bool namesPurpose(std::size_t triggerEnd) const {
        std::size_t at = triggerEnd;
        for (int words = 0; words < 3 && at < context_.text.size(); ++words) {
            const std::size_t end = lexicon::wordEnd(context_.text, at);
            const auto word = context_.text.substr(at, end - at);
            if (word.starts_with("위해") || word.starts_with("위한") || word.starts_with("위하여"))
                return words > 0 || at > triggerEnd;
            if (!word.ends_with("기") && !word.ends_with("을") && !word.ends_with("를") &&
                !word.empty())
                return false;
            at = end;
            while (at < context_.text.size() && context_.text[at] == ' ')
                ++at;
        }
        return false;
    }

    /// "3박 4일 일정의 국빈 방문", "a four-day state visit", "12년 만의 방한": a visit measured in
    /// days or years is the whole trip, not a stop on its itinerary.
    bool namesTripLength(TextRange range) const {
        return anyTimeIn(range, [](const temporal::TimeExpression& time) {
            return time.kind == temporal::ExpressionKind::Duration && time.value.starts_with('P') &&
                   !time.value.starts_with("PT");
        });
    }

    template <typename Test>
    bool anyTimeIn(TextRange range, Test test) const {
        const auto& times = context_.times;
        for (auto it = firstStartingFrom(times, range.begin, byByteBegin);
             it != times.end() && it->byteBegin < range.end; ++it) {
            if (test(*it))
                return true;
        }
        return false;
    }

    static bool isEncounter(EventKind kind) {
        return kind == EventKind::Meeting || kind == EventKind::Meal || kind == EventKind::Visit;
    }

    bool continuesEncounter(const PhraseMatch& previous, const PhraseMatch& current) const {
        if (!isEncounter(triggers_.entryOf(previous).kind) ||
            !isEncounter(triggers_.entryOf(current).kind))
            return false;
        const TextRange between{previous.end, current.begin};
        const bool orderCue = cues_.hasNonStatusCue(between);
        const bool otherDate = anyTimeIn(
            between, [](const temporal::TimeExpression& time) { return namesDay(time.value); });
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

    void addPeople(Mention& mention, TextRange sentence, TextRange segment) const {
        const int subject = context_.people.subject;
        bool otherTopic = false;
        const auto& people = context_.people.mentions;
        for (auto it = firstStartingFrom(people, sentence.begin, byBegin);
             it != people.end() && it->begin < sentence.end; ++it) {
            const auto& person = *it;
            if (insideQuotation(person.begin) || isSourceOfReport(person))
                continue;
            const bool clauseSubject = person.begin < mention.begin &&
                                       (korean_ ? person.topic : person.begin < segment.begin);
            if (clauseSubject && person.person != subject)
                otherTopic = true;
            // "벤슨 감독은 훈련을 마친 뒤": the subject does the next thing, not the one referred
            // to.
            const bool skip = mention.objectOfCue && clauseSubject;
            if (skip || (!segment.contains(person.begin) && !clauseSubject))
                continue;
            if (std::find(mention.people.begin(), mention.people.end(), person.person) ==
                mention.people.end()) {
                mention.people.push_back(person.person);
            }
        }
        mention.subjectImplied = !otherTopic;
    }

    const ArticleContext& context_;
    const lexicon::Lexicon& lexicon_;
    bool korean_;
    ArticleCues cues_;
    std::vector<lexicon::PlaceHit> places_;  ///< Place names outside quotations.
    std::optional<Place> discoursePlace_;    ///< The city or finer place the story is at.
    TimeFinder times_;
    TriggerFilter triggers_;
};

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
