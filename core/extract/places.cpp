// Choosing and describing the place of an event mention from the gazetteer hits around its trigger.
#include "core/extract/places_p.h"

#include <algorithm>

#include "core/extract/spans_p.h"
#include "core/extract/words_p.h"

namespace yeonpyo::extract {
namespace {

using lexicon::PlaceEntry;
using lexicon::PlaceHit;

/// Smaller is more precise.
int rank(const PlaceEntry& entry) {
    return 5 - static_cast<int>(entry.kind);
}

bool marksDestination(std::string_view text, const PlaceHit& hit) {
    const auto tail = text.substr(hit.end, hit.wordEnd - hit.end);
    if (tail.starts_with("로") || tail.starts_with("으로") || tail.starts_with("행"))
        return true;
    const auto before = wordBefore(text, hit.begin);
    if (!before)
        return false;
    const auto word = before->in(text);
    return word == "for" || word == "to";
}

/// The candidate of a hit that the other hits agree with (encloses or is enclosed by one of
/// theirs).
const PlaceEntry* resolve(const PlaceHit& hit, const std::vector<const PlaceHit*>& context,
                          const lexicon::Gazetteer& gazetteer) {
    for (const PlaceEntry* candidate : hit.candidates) {
        for (const PlaceHit* other : context) {
            if (other == &hit)
                continue;
            for (const PlaceEntry* neighbour : other->candidates) {
                if (gazetteer.encloses(*neighbour, *candidate) ||
                    gazetteer.encloses(*candidate, *neighbour)) {
                    return candidate;
                }
            }
        }
    }
    return hit.candidates.empty() ? nullptr : hit.candidates.front();
}

}  // namespace

Place placeOf(const PlaceEntry& entry, const lexicon::Gazetteer& gazetteer, std::string_view lang) {
    Place place;
    place.name = lexicon::Gazetteer::name(entry, lang);
    place.address = gazetteer.address(entry, lang);
    place.lat = entry.lat;
    place.lon = entry.lon;
    place.precision = lexicon::precisionOf(entry.kind);
    place.gazetteerId = entry.id;
    return place;
}

bool isWrittenVenue(const Place& place, const lexicon::Gazetteer& gazetteer) {
    if (place.name.empty())
        return false;
    const auto* entry = gazetteer.find(place.gazetteerId);
    return entry == nullptr || (place.name != entry->nameKo && place.name != entry->nameEn &&
                                std::find(entry->aliases.begin(), entry->aliases.end(),
                                          place.name) == entry->aliases.end());
}

Place venuePlace(std::string_view venueName, const std::optional<Place>& known) {
    Place place;
    if (known) {
        place = *known;
        place.address = known->address.empty() ? known->name : known->address + " " + known->name;
    }
    place.name = std::string(venueName);
    return place;
}

std::optional<Place> choosePlace(std::string_view text, const std::vector<PlaceHit>& hits,
                                 std::size_t begin, std::size_t end, bool destination,
                                 const lexicon::Gazetteer& gazetteer, std::string_view lang) {
    std::vector<const PlaceHit*> window;
    for (auto hit = firstStartingFrom(hits, begin, byBegin); hit != hits.end() && hit->begin < end;
         ++hit) {
        if (hit->end <= end && !hit->candidates.empty())
            window.push_back(&*hit);
    }
    if (destination) {
        std::vector<const PlaceHit*> destinations;
        std::copy_if(window.begin(), window.end(), std::back_inserter(destinations),
                     [&](const PlaceHit* hit) { return marksDestination(text, *hit); });
        if (!destinations.empty())
            window = destinations;
    }
    const PlaceEntry* best = nullptr;
    for (const PlaceHit* hit : window) {
        const PlaceEntry* entry = resolve(*hit, window, gazetteer);
        if (entry != nullptr && (best == nullptr || rank(*entry) <= rank(*best)))
            best = entry;
    }
    if (best == nullptr)
        return std::nullopt;
    return placeOf(*best, gazetteer, lang);
}

}  // namespace yeonpyo::extract
