// Finding and removing visits that only sum up a day of more precise stops.
#include "core/extract/umbrella_p.h"

#include <algorithm>

#include "core/extract/places_p.h"

namespace yeonpyo::extract {
namespace {

bool isWide(PlacePrecision precision) {
    return precision == PlacePrecision::City || precision == PlacePrecision::Region ||
           precision == PlacePrecision::Country;
}

/// other tells the same meeting or meal as summary, more precisely: same kind and part of day (or
/// none), and every person of the summary.
bool refines(const DraftEvent& other, const DraftEvent& summary) {
    const auto& part = summary.event.time.timeOfDay;
    const auto& otherPart = other.event.time.timeOfDay;
    return other.event.kind == summary.event.kind &&
           (part.empty() || otherPart.empty() || part == otherPart) &&
           std::all_of(summary.people.begin(), summary.people.end(), [&](int person) {
               return std::find(other.people.begin(), other.people.end(), person) !=
                      other.people.end();
           });
}

bool sumsUpOthers(const DraftEvent& summary, const std::vector<DraftEvent>& drafts,
                  const lexicon::Gazetteer& gazetteer) {
    const auto kind = summary.event.kind;
    const auto* area = gazetteer.find(summary.event.place.gazetteerId);
    const bool encounter = kind == EventKind::Meeting || kind == EventKind::Meal;
    if ((kind != EventKind::Visit && !encounter) || area == nullptr ||
        !isWide(summary.event.place.precision) || isWrittenVenue(summary.event.place, gazetteer)) {
        return false;
    }
    const auto day = summary.event.time.start.substr(0, 10);
    for (const auto& other : drafts) {
        const auto* place = gazetteer.find(other.event.place.gazetteerId);
        if (&other == &summary || place == nullptr)
            continue;
        // A visit to a city also sums up a meeting or meal placed only in that city.
        const bool inside = place == area ? !encounter && other.event.kind != EventKind::Visit
                                          : gazetteer.encloses(*area, *place);
        if (other.event.time.start.substr(0, 10) == day && inside &&
            (!encounter || refines(other, summary))) {
            return true;
        }
    }
    return false;
}

}  // namespace

void dropUmbrellaVisits(std::vector<DraftEvent>& drafts, std::vector<Mention>& mentions,
                        const lexicon::Lexicon& lexicon) {
    std::vector<bool> dropped(drafts.size(), false);
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        dropped[i] = sumsUpOthers(drafts[i], drafts, lexicon.gazetteer);
    }
    std::vector<int> newIndex(drafts.size(), -1);
    std::vector<DraftEvent> kept;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (dropped[i])
            continue;
        newIndex[i] = static_cast<int>(kept.size());
        kept.push_back(std::move(drafts[i]));
    }
    for (auto& mention : mentions) {
        if (mention.event >= 0)
            mention.event = newIndex[static_cast<std::size_t>(mention.event)];
    }
    drafts = std::move(kept);
}

}  // namespace yeonpyo::extract
