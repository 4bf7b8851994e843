// Tying mentions to the event an order cue relates them to, and taking its day, part of day and
// place.
#include "core/extract/anchoring_p.h"

#include <algorithm>

#include "core/extract/spans_p.h"

namespace yeonpyo::extract {
namespace {

bool quoted(const ArticleContext& context, std::size_t pos) {
    const auto* quotation = lastStartingBy(context.quotations, pos, byByteBegin);
    return quotation && pos < quotation->byteEnd;
}

/// A place is named in [begin, end) outside quotations.
bool namesPlaceIn(const ArticleContext& context, std::size_t begin, std::size_t end) {
    const auto& places = context.places;
    for (auto hit = firstStartingFrom(places, begin, byBegin);
         hit != places.end() && hit->begin < end; ++hit) {
        if (!hit->candidates.empty() && !quoted(context, hit->begin))
            return true;
    }
    return false;
}

bool movesElsewhere(EventKind kind) {
    return kind == EventKind::Departure || kind == EventKind::Arrival;
}

void tie(Mention& mention, int event, bool after, std::size_t placesFrom,
         const std::vector<DraftEvent>& drafts) {
    mention.anchor = AnchorTie{event, after, placesFrom};
    const auto& anchorTime = drafts[static_cast<std::size_t>(event)].event.time;
    if ((mention.time && mention.time->own) || !namesDay(anchorTime.start))
        return;
    MentionTime time = mention.time.value_or(MentionTime{});
    time.value = anchorTime.start.substr(0, 10);
    time.derivation = "the day of the event it follows (" + time.value + ")";
    mention.time = time;
}

}  // namespace

void anchorOnCue(Mention& mention, const std::vector<Mention>& mentions, std::size_t index,
                 const std::vector<DraftEvent>& drafts, const ArticleContext& context,
                 const std::function<int(const Mention&)>& findEvent) {
    if (mention.afterOrderCue) {
        for (std::size_t before = index;
             before-- > 0 && mentions[before].sentence == mention.sentence;) {
            if (mentions[before].event >= 0) {
                tie(mention, mentions[before].event, mention.cueSaysAfter, mention.orderCueAt,
                    drafts);
                return;
            }
        }
        return;
    }
    for (std::size_t later = index + 1; context.lang == "en" && later < mentions.size() &&
                                        mentions[later].sentence == mention.sentence;
         ++later) {
        const auto& object = mentions[later];
        if (!object.objectOfCue)
            continue;
        const int event = findEvent(object);
        if (event >= 0) {
            const auto& sentence = context.sentences[static_cast<std::size_t>(mention.sentence)];
            tie(mention, event, *object.objectOfCue == lexicon::CueKind::After, sentence.byteBegin,
                drafts);
        }
        return;
    }
}

void resolveGroup(Mention& mention, const std::vector<Mention>& mentions, std::size_t index,
                  const std::vector<DraftEvent>& drafts) {
    if (!mention.group)
        return;
    for (std::size_t before = index; before-- > 0;) {
        if (mentions[before].event < 0)
            continue;
        const auto& people = drafts[static_cast<std::size_t>(mentions[before].event)].people;
        const int size = static_cast<int>(people.size());
        if (*mention.group == 0 ? size < 2 : size != *mention.group)
            continue;
        for (const int person : people) {
            if (std::find(mention.people.begin(), mention.people.end(), person) ==
                mention.people.end()) {
                mention.people.push_back(person);
            }
        }
        mention.subjectImplied = false;
        return;
    }
}

void fillFromAnchors(const std::vector<Mention>& mentions, std::vector<DraftEvent>& drafts,
                     const ArticleContext& context) {
    for (const auto& mention : mentions) {
        if (!mention.anchor || !mention.anchor->after || mention.event < 0 ||
            mention.event == mention.anchor->event) {
            continue;
        }
        auto& event = drafts[static_cast<std::size_t>(mention.event)].event;
        const auto& anchor = drafts[static_cast<std::size_t>(mention.anchor->event)].event;
        if (event.time.start.substr(0, 10) != anchor.time.start.substr(0, 10))
            continue;
        if (event.time.timeOfDay.empty() && !anchor.time.timeOfDay.empty()) {
            event.time.timeOfDay =
                anchor.time.timeOfDay == "noon" ? "afternoon" : anchor.time.timeOfDay;
            event.time.derivation += "; " + event.time.timeOfDay + ": after " + anchor.title;
        }
        const auto& sentence = context.sentences[static_cast<std::size_t>(mention.sentence)];
        if (event.place.name.empty() && !anchor.place.name.empty() && !movesElsewhere(event.kind) &&
            !namesPlaceIn(context, mention.anchor->placesFrom, sentence.byteEnd)) {
            event.place = anchor.place;
        }
    }
}

}  // namespace yeonpyo::extract
