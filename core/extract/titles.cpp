// Event titles: who the subject was with, or where, joined to the word that names the event.
#include "core/extract/titles_p.h"

#include "core/extract/words_p.h"

namespace yeonpyo::extract {
namespace {

/// The first person of the event other than the subject, as "이재용 회장" / "Lee Jae-yong".
std::string otherParty(const DraftEvent& draft, const ArticleContext& context) {
    for (const int person : draft.people) {
        if (person == context.people.subject)
            continue;
        const auto& entry = context.people.people[static_cast<std::size_t>(person)];
        if (context.lang == "en" || entry.title.empty())
            return entry.name;
        return entry.name + " " + entry.title;
    }
    return {};
}

/// The noun of the first body mention that names the event ("오찬", "간담회"), or a kind word.
std::string eventNoun(const DraftEvent& draft, const std::vector<Mention>& mentions) {
    for (const int index : draft.mentions) {
        const auto& mention = mentions[static_cast<std::size_t>(index)];
        if (mention.role == SentenceRole::Body && !mention.trigger->verb &&
            mention.trigger->kind == draft.event.kind) {
            return mention.trigger->form;
        }
    }
    switch (draft.event.kind) {
        case EventKind::Meal:
            return "식사";
        case EventKind::Visit:
            return "방문";
        case EventKind::Departure:
            return "출국";
        case EventKind::Arrival:
            return "도착";
        case EventKind::Speech:
            return "연설";
        default:
            return "회동";
    }
}

std::string koreanTitle(const DraftEvent& draft, const std::vector<Mention>& mentions,
                        const ArticleContext& context) {
    const std::string noun = eventNoun(draft, mentions);
    const std::string other = otherParty(draft, context);
    const std::string& place = draft.event.place.name;
    switch (draft.event.kind) {
        case EventKind::Departure:
            return place.empty() ? noun : withParticle(place, "으로", "로") + " " + noun;
        case EventKind::Arrival:
        case EventKind::Visit:
            return place.empty() ? (other.empty() ? noun : other + " " + noun) : place + " " + noun;
        default:
            break;
    }
    if (!other.empty()) {
        return noun == "예방" || noun == "접견" ? other + " " + noun
                                                : withParticle(other, "과", "와") + " " + noun;
    }
    return place.empty() ? noun : withParticle(place, "에서", "에서") + " " + noun;
}

std::string englishNoun(const DraftEvent& draft) {
    const auto& part = draft.event.time.timeOfDay;
    switch (draft.event.kind) {
        case EventKind::Meal:
            return part == "morning"   ? "Breakfast"
                   : part == "evening" ? "Dinner"
                   : part == "noon"    ? "Lunch"
                                       : "Meal";
        case EventKind::Meeting:
            return "Meeting";
        case EventKind::Visit:
            return "Visit";
        case EventKind::Speech:
            return "Speech";
        case EventKind::Departure:
            return "Departure";
        case EventKind::Arrival:
            return "Arrival";
        case EventKind::Announcement:
            return "Announcement";
        case EventKind::Other:
            return "Event";
    }
    return "Event";
}

std::string englishTitle(const DraftEvent& draft, const ArticleContext& context) {
    const std::string noun = englishNoun(draft);
    const std::string other = otherParty(draft, context);
    const std::string& place = draft.event.place.name;
    switch (draft.event.kind) {
        case EventKind::Departure:
            return place.empty() ? noun : noun + " for " + place;
        case EventKind::Arrival:
            return place.empty() ? noun : noun + " in " + place;
        case EventKind::Visit:
            return place.empty() ? noun : noun + " to " + place;
        default:
            break;
    }
    if (!other.empty())
        return noun + " with " + other;
    return place.empty() ? noun : noun + " at " + place;
}

}  // namespace

std::string titleOf(const DraftEvent& draft, const std::vector<Mention>& mentions,
                    const ArticleContext& context) {
    return context.lang == "en" ? englishTitle(draft, context)
                                : koreanTitle(draft, mentions, context);
}

}  // namespace yeonpyo::extract
