// Cross-article merging: pairing by day, kind, place and people, then filling fields and recording
// conflicts.
#include "core/extract/merge.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "core/geo/distance.h"
#include "core/model/order_day.h"

namespace yeonpyo::extract {
namespace {

constexpr double kSamePlaceMetres = 2000.0;
constexpr int kMergeScore = 2;

bool isEncounter(EventKind kind) {
    return kind == EventKind::Meeting || kind == EventKind::Meal || kind == EventKind::Visit;
}

std::string dayOf(const Event& event) {
    return orderDay(event.time.start);
}

/// One key per person whatever the script: the people lexicon entry, else the letters of the name.
std::string personKey(const std::string& name, const lexicon::Lexicon& lexicon) {
    const auto known = lexicon.people.forms.lookup(name);
    if (!known.empty())
        return "lexicon:" + std::to_string(known.front());
    std::string key;
    for (const char c : name) {
        if (c != ' ' && c != '-')
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return key;
}

int sharedPeople(const Event& a, const Event& b, const lexicon::Lexicon& lexicon) {
    int shared = 0;
    for (const auto& first : a.participants) {
        const auto key = personKey(first.name, lexicon);
        for (const auto& second : b.participants) {
            if (personKey(second.name, lexicon) == key)
                ++shared;
        }
    }
    return shared;
}

/// 1: same place, -1: different places, 0: unknown.
int placeAgreement(const Place& a, const Place& b) {
    if (!a.gazetteerId.empty() && a.gazetteerId == b.gazetteerId)
        return 1;
    if (!a.hasCoordinates() || !b.hasCoordinates())
        return 0;
    const double metres = geo::haversineMetres({*a.lat, *a.lon}, {*b.lat, *b.lon});
    return metres <= kSamePlaceMetres ? 1 : -1;
}

int score(const Event& existing, const Event& incoming, const lexicon::Lexicon& lexicon) {
    const std::string day = dayOf(existing);
    if (day == kNoDay || day != dayOf(incoming))
        return -1;
    const bool kindsAgree = existing.kind == incoming.kind ||
                            (isEncounter(existing.kind) && isEncounter(incoming.kind));
    if (!kindsAgree)
        return -1;
    int result = 2 * std::min(2, sharedPeople(existing, incoming, lexicon));
    result += 2 * placeAgreement(existing.place, incoming.place);
    const auto& a = existing.time.timeOfDay;
    const auto& b = incoming.time.timeOfDay;
    if (!a.empty() && !b.empty())
        result += a == b ? 1 : -1;
    return result;
}

void addQuotes(Event& target, const Event& source) {
    using QuoteKey = std::tuple<std::int64_t, std::int64_t, std::int64_t>;
    std::set<QuoteKey> known;
    for (const Quote& quote : target.quotes)
        known.emplace(quote.articleId, quote.start, quote.end);
    for (const Quote& quote : source.quotes) {
        if (known.emplace(quote.articleId, quote.start, quote.end).second)
            target.quotes.push_back(quote);
    }
}

void addPeople(Event& target, const Event& source, const lexicon::Lexicon& lexicon) {
    for (const auto& person : source.participants) {
        const auto key = personKey(person.name, lexicon);
        const bool known =
            std::any_of(target.participants.begin(), target.participants.end(),
                        [&](const Participant& p) { return personKey(p.name, lexicon) == key; });
        if (!known)
            target.participants.push_back(person);
    }
}

/// The article an incoming event comes from (its quotes cite it); 0 when it has no quote.
std::int64_t sourceArticle(const Event& incoming) {
    return incoming.quotes.empty() ? 0 : incoming.quotes.front().articleId;
}

/// Fills what the existing event lacks; where both state a value and they differ, keeps its own.
void fillFields(EventUpdate& update, const Event& incoming) {
    auto& event = update.merged;
    auto& time = event.time;
    const std::int64_t source = sourceArticle(incoming);
    if (time.timeOfDay.empty()) {
        time.timeOfDay = incoming.time.timeOfDay;
    } else if (!incoming.time.timeOfDay.empty() && incoming.time.timeOfDay != time.timeOfDay) {
        update.conflicts.push_back(
            {"time_of_day", time.timeOfDay, incoming.time.timeOfDay, source});
    }
    if (incoming.time.start.size() > time.start.size()) {
        time.start = incoming.time.start;
        time.derivation = incoming.time.derivation;
        time.beginUtc = incoming.time.beginUtc;
        time.endUtc = incoming.time.endUtc;
    } else if (incoming.time.start.size() == time.start.size() &&
               incoming.time.start != time.start) {
        update.conflicts.push_back({"start", time.start, incoming.time.start, source});
    }
    if (event.place.name.empty()) {
        event.place = incoming.place;
    } else if (placeAgreement(event.place, incoming.place) < 0) {
        update.conflicts.push_back({"place", event.place.name, incoming.place.name, source});
    } else if (static_cast<int>(incoming.place.precision) <
                   static_cast<int>(event.place.precision) &&
               incoming.place.precision != PlacePrecision::Unknown) {
        event.place = incoming.place;  // a venue inside the district the document had
    }
    if (event.status == EventStatus::Planned && incoming.status == EventStatus::Happened) {
        event.status = EventStatus::Happened;  // a later report says it took place
    }
}

}  // namespace

MergePlan planMerge(const std::vector<Event>& existing, const std::vector<Event>& incoming,
                    const lexicon::Lexicon& lexicon) {
    struct Candidate {
        int score;
        std::size_t existing;
        std::size_t incoming;
    };
    std::vector<Candidate> candidates;
    for (std::size_t e = 0; e < existing.size(); ++e) {
        for (std::size_t i = 0; i < incoming.size(); ++i) {
            const int value = score(existing[e], incoming[i], lexicon);
            if (value >= kMergeScore)
                candidates.push_back({value, e, i});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    MergePlan plan;
    std::vector<bool> existingTaken(existing.size(), false);
    std::vector<bool> incomingTaken(incoming.size(), false);
    for (const auto& candidate : candidates) {
        if (existingTaken[candidate.existing] || incomingTaken[candidate.incoming])
            continue;
        existingTaken[candidate.existing] = incomingTaken[candidate.incoming] = true;
        const Event& source = incoming[candidate.incoming];
        EventUpdate update{existing[candidate.existing], source.id, {}};
        addQuotes(update.merged, source);
        if (!update.merged.editedByUser) {
            fillFields(update, source);
            addPeople(update.merged, source, lexicon);
        }
        plan.mergedInto[source.id] = update.merged.id;
        plan.updates.push_back(std::move(update));
    }
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        if (!incomingTaken[i])
            plan.inserts.push_back(incoming[i]);
    }
    std::map<std::int64_t, const Event*> incomingById;
    for (const auto& event : incoming)
        incomingById[event.id] = &event;
    const auto linkTarget = [&](std::int64_t previous) {
        const auto merged = plan.mergedInto.find(previous);
        return merged == plan.mergedInto.end() ? -previous : merged->second;
    };
    for (auto& update : plan.updates) {
        if (update.merged.editedByUser)
            continue;
        for (const auto previous : incomingById[update.incomingId]->after) {
            const auto target = linkTarget(previous);
            auto& after = update.merged.after;
            if (target != update.merged.id &&
                std::find(after.begin(), after.end(), target) == after.end()) {
                after.push_back(target);
            }
        }
    }
    for (auto& insert : plan.inserts) {
        for (auto& previous : insert.after)
            previous = linkTarget(previous);
    }
    return plan;
}

void resolveLinks(MergePlan& plan, const std::map<std::int64_t, std::int64_t>& storedIds) {
    const auto resolve = [&](std::vector<std::int64_t>& after) {
        for (auto& previous : after) {
            if (previous >= 0)
                continue;
            const auto stored = storedIds.find(-previous);
            if (stored != storedIds.end())
                previous = stored->second;
        }
        after.erase(
            std::remove_if(after.begin(), after.end(), [](std::int64_t id) { return id < 0; }),
            after.end());
    };
    for (auto& update : plan.updates)
        resolve(update.merged.after);
    for (auto& insert : plan.inserts)
        resolve(insert.after);
}

}  // namespace yeonpyo::extract
