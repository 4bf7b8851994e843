// Merging mentions into events: agreement scores, creation rules and field filling.
#include "core/extract/events_p.h"

#include "core/extract/anchoring_p.h"
#include "core/extract/places_p.h"
#include "core/extract/umbrella_p.h"

#include <algorithm>

namespace yeonpyo::extract {
namespace {

// A mention joins an event when they agree at least this much.
constexpr int kJoinScore = 2;

bool isEncounter(EventKind kind) {
    return kind == EventKind::Meeting || kind == EventKind::Meal || kind == EventKind::Visit;
}

bool kindsAgree(EventKind a, EventKind b) {
    return a == b || (isEncounter(a) && isEncounter(b));
}

/// "lg" and "lg-electronics" belong together: one key is the other's group.
bool orgsRelated(const std::string& a, const std::string& b) {
    return a == b || b.starts_with(a + "-") || a.starts_with(b + "-");
}

std::string_view dayOf(std::string_view value) {
    return value.substr(0, 10);
}

bool sameOrEnclosing(const Place& a, const Place& b, const lexicon::Gazetteer& gazetteer) {
    if (a.gazetteerId == b.gazetteerId)
        return true;
    const auto* first = gazetteer.find(a.gazetteerId);
    const auto* second = gazetteer.find(b.gazetteerId);
    return first && second &&
           (gazetteer.encloses(*first, *second) || gazetteer.encloses(*second, *first));
}

bool sharesPerson(const Mention& mention, const DraftEvent& draft, int subject) {
    return std::any_of(mention.people.begin(), mention.people.end(), [&](int person) {
        return person != subject &&
               std::find(draft.people.begin(), draft.people.end(), person) != draft.people.end();
    });
}

/// The mention uses the word the event was named with, or part of it ("회의" of "정상회의").
bool namedAlike(const Mention& mention, const DraftEvent& draft) {
    const std::string& form = mention.trigger->form;
    return std::any_of(
        draft.triggerForms.begin(), draft.triggerForms.end(),
        [&](const std::string& other) { return other.ends_with(form) || form.ends_with(other); });
}

bool sharesOrg(const Mention& mention, const DraftEvent& draft) {
    return std::any_of(mention.orgKeys.begin(), mention.orgKeys.end(), [&](const std::string& key) {
        return std::any_of(draft.orgKeys.begin(), draft.orgKeys.end(),
                           [&](const std::string& other) { return orgsRelated(key, other); });
    });
}

void addPerson(DraftEvent& draft, int person, const ArticlePeople& people) {
    if (std::find(draft.people.begin(), draft.people.end(), person) != draft.people.end())
        return;
    draft.people.push_back(person);
    const auto& entry = people.people[static_cast<std::size_t>(person)];
    if (!entry.orgKey.empty())
        draft.orgKeys.push_back(entry.orgKey);
}

void applyTime(DraftEvent& draft, const MentionTime& time) {
    auto& target = draft.event.time;
    if (target.start.empty() || (time.own && !draft.timeOwn) ||
        (time.own && time.value.size() > target.start.size() &&
         dayOf(time.value) == dayOf(target.start))) {
        target.start = time.value;
        target.end = time.endValue;
        target.derivation = time.derivation;
        draft.statedZone = time.statedZone;
        draft.timeOwn = draft.timeOwn || time.own;
    }
    if (target.timeOfDay.empty())
        target.timeOfDay = time.timeOfDay;
}

void applyPlace(DraftEvent& draft, const Place& place, const lexicon::Gazetteer& gazetteer) {
    auto& target = draft.event.place;
    if (isWrittenVenue(target, gazetteer) && place.precision != PlacePrecision::Venue)
        return;  // a stated venue is never replaced by a coarser place
    const bool venueWithin =
        isWrittenVenue(place, gazetteer) &&
        static_cast<int>(place.precision) <= static_cast<int>(target.precision);
    const bool morePrecise =
        target.name.empty() || target.gazetteerId.empty() ||
        ((static_cast<int>(place.precision) < static_cast<int>(target.precision) || venueWithin) &&
         sameOrEnclosing(place, target, gazetteer));
    if (morePrecise)
        target = place;
}

/// Adds what a body mention states to its event.
void absorb(DraftEvent& draft, const Mention& mention, const ArticleContext& context) {
    if (mention.time)
        applyTime(draft, *mention.time);
    if (mention.place)
        applyPlace(draft, *mention.place, context.lexicon->gazetteer);
    for (const int person : mention.people)
        addPerson(draft, person, context.people);
    if (std::find(draft.triggerForms.begin(), draft.triggerForms.end(), mention.trigger->form) ==
        draft.triggerForms.end()) {
        draft.triggerForms.push_back(mention.trigger->form);
    }
    if (mention.subjectImplied && context.people.subject >= 0) {
        addPerson(draft, context.people.subject, context.people);
    }
    if (specificity(mention.trigger->kind) > specificity(draft.event.kind)) {
        draft.event.kind = mention.trigger->kind;  // "방문해 … 오찬을 가졌다" is a meal
    }
}

/// The mention that creates an event sets its status; later mentions add detail, not doubt.
DraftEvent startEvent(const Mention& mention) {
    DraftEvent draft;
    draft.event.kind = mention.trigger->kind;
    if (mention.planned) {
        draft.event.status = EventStatus::Planned;
    } else if (mention.reported) {
        draft.event.status = EventStatus::Reported;
    }
    return draft;
}

bool mayCreate(const Mention& mention, int subject) {
    if (mention.role != SentenceRole::Body || mention.nominal || !mention.time)
        return false;
    if (mention.objectOfCue && !mention.time->own)
        return false;  // "After a church service …": what the cue counts from, not a dated step
    // A strong word needs one of its own date, place or person; a later step of a chain has
    // them from the sentence's subject and day.
    if (mention.trigger->strong || mention.lightVerb)
        return mention.chained || mention.anchors(subject) >= 1;
    return mention.anchors(subject) >= 2;
}

}  // namespace

int specificity(EventKind kind) {
    if (kind == EventKind::Meal)
        return 3;
    if (kind == EventKind::Meeting)
        return 2;
    return kind == EventKind::Visit ? 1 : 0;
}

int agreement(const Mention& mention, const DraftEvent& draft, const ArticleContext& context) {
    const auto& event = draft.event;
    const bool evidence = mention.role != SentenceRole::Body;
    // An inherited date is a guess: only a stated one contradicts the event's day.
    if (mention.time && mention.time->own && !event.time.start.empty() &&
        dayOf(mention.time->value) != dayOf(event.time.start)) {
        return -1;
    }
    if (mention.time && !mention.time->timeOfDay.empty() && !event.time.timeOfDay.empty() &&
        mention.time->timeOfDay != event.time.timeOfDay && !evidence) {
        return -1;
    }
    const bool samePlace = mention.place && !event.place.gazetteerId.empty() &&
                           mention.place->gazetteerId == event.place.gazetteerId;
    if (mention.place && !mention.place->gazetteerId.empty() && !event.place.gazetteerId.empty() &&
        !sameOrEnclosing(*mention.place, event.place, context.lexicon->gazetteer)) {
        return -1;
    }
    if (!kindsAgree(mention.trigger->kind, event.kind) && !(evidence && samePlace))
        return -1;
    int score = 0;
    const bool sameWrittenVenue = mention.place && mention.place->name == event.place.name &&
                                  isWrittenVenue(event.place, context.lexicon->gazetteer);
    if ((samePlace && mention.place->precision == PlacePrecision::Venue) || sameWrittenVenue)
        score += 2;
    if (sharesPerson(mention, draft, context.people.subject))
        score += 2;
    if (sharesOrg(mention, draft))
        score += 2;  // "LG전자 방문" names a participant's company
    if (mention.time && !mention.time->timeOfDay.empty() &&
        mention.time->timeOfDay == event.time.timeOfDay) {
        score += 1;
    }
    if (namedAlike(mention, draft))
        score += 2;  // "회의" again for the "정상회의"
    if (mention.trigger->kind == event.kind && score > 0)
        score += 1;
    return score;
}

namespace {

/// A mention goes on about the event the discourse is at when it names nobody new and no order
/// cue ("이어", "then") moves the story on ("두 정상은 이날 오전 … 회담을 갖고").
bool continuesDiscourse(const Mention& mention, const DraftEvent& draft, int subject) {
    if (mention.afterOrderCue)
        return false;
    return std::all_of(mention.people.begin(), mention.people.end(), [&](int person) {
        return person == subject ||
               std::find(draft.people.begin(), draft.people.end(), person) != draft.people.end();
    });
}

/// "같은 경기장에서", "at the same venue": the place of the last event told before that has one.
std::optional<Place> lastPlaceBefore(const std::vector<Mention>& mentions, std::size_t index,
                                     const std::vector<DraftEvent>& drafts) {
    for (std::size_t before = index; before-- > 0;) {
        const int event = mentions[before].event;
        if (event >= 0 && !drafts[static_cast<std::size_t>(event)].event.place.name.empty())
            return drafts[static_cast<std::size_t>(event)].event.place;
    }
    return std::nullopt;
}

/// A body mention that can stand as an event of its own, told with a word of another kind ("greeted
/// by …" then "A private meeting …" then "a luncheon"), names another happening of the same people,
/// not the same one again.
bool namesAnotherHappening(const Mention& mention, const DraftEvent& draft,
                           const ArticleContext& context) {
    return mention.trigger->kind != draft.event.kind && !namedAlike(mention, draft) &&
           !mention.objectOfCue && mayCreate(mention, context.people.subject);
}

/// The event a mention joins: the one it agrees with most (ties: the latest), if enough;
/// excluded events are out of the question.
int bestMatch(const Mention& mention, const std::vector<DraftEvent>& drafts, int lastEvent,
              const std::vector<int>& excluded, const ArticleContext& context) {
    int best = -1;
    int bestScore = kJoinScore - 1;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (std::find(excluded.begin(), excluded.end(), static_cast<int>(i)) != excluded.end())
            continue;
        if (namesAnotherHappening(mention, drafts[i], context))
            continue;
        int score = agreement(mention, drafts[i], context);
        if (score >= 0 && mention.objectOfCue && mention.trigger->kind == drafts[i].event.kind)
            score += 2;  // "after the talks": the talks told before
        if (score >= 0 && static_cast<int>(i) == lastEvent && mention.role == SentenceRole::Body &&
            continuesDiscourse(mention, drafts[i], context.people.subject)) {
            score += mention.trigger->kind == drafts[i].event.kind ? 2 : 1;
        }
        if (score >= bestScore + (best < 0 ? 1 : 0)) {
            best = static_cast<int>(i);
            bestScore = score;
        }
    }
    return best;
}

}  // namespace

std::vector<DraftEvent> buildEvents(std::vector<Mention>& mentions, const ArticleContext& context) {
    std::vector<DraftEvent> drafts;
    const int subject = context.people.subject;
    int lastEvent = -1;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        auto& mention = mentions[m];
        if (mention.role != SentenceRole::Body)
            continue;
        if (mention.samePlace && !mention.place)
            mention.place = lastPlaceBefore(mentions, m, drafts);
        // "정상회의에 앞서 … 회담": an order cue separates the events named around it.
        std::vector<int> excluded;
        for (std::size_t before = 0; mention.afterOrderCue && before < m; ++before) {
            if (mentions[before].sentence == mention.sentence &&
                mentions[before].begin < mention.orderCueAt) {
                excluded.push_back(mentions[before].event);
            }
        }
        resolveGroup(mention, mentions, m, drafts);
        anchorOnCue(mention, mentions, m, drafts, context, [&](const Mention& object) {
            return bestMatch(object, drafts, -1, {}, context);
        });
        int target = bestMatch(mention, drafts, lastEvent, excluded, context);
        if (mention.continuesPrevious && m > 0 && mentions[m - 1].event >= 0 &&
            agreement(mention, drafts[static_cast<std::size_t>(mentions[m - 1].event)], context) >=
                0) {
            target = mentions[m - 1].event;
        }
        if (target < 0 && mayCreate(mention, subject)) {
            drafts.push_back(startEvent(mention));
            target = static_cast<int>(drafts.size() - 1);
        }
        if (target < 0)
            continue;
        absorb(drafts[static_cast<std::size_t>(target)], mention, context);
        drafts[static_cast<std::size_t>(target)].mentions.push_back(static_cast<int>(m));
        mention.event = target;
        lastEvent = target;
    }
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        auto& mention = mentions[m];
        if (mention.role == SentenceRole::Body)
            continue;
        const int target = bestMatch(mention, drafts, -1, {}, context);
        if (target < 0)
            continue;
        drafts[static_cast<std::size_t>(target)].mentions.push_back(static_cast<int>(m));
        mention.event = target;
    }
    fillFromAnchors(mentions, drafts, context);
    dropUmbrellaVisits(drafts, mentions, *context.lexicon);
    return drafts;
}

}  // namespace yeonpyo::extract
