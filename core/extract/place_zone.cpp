// The time zone of a gazetteer place, from the zone table or its country.
#include "core/extract/place_zone_p.h"

#include "core/temporal/stated_zone.h"

namespace yeonpyo::extract {
namespace {

constexpr std::string_view kCountryPrefix = "country:";

/// The zone of one entry alone: its row, or, for a country, ICU's one zone of it.
std::string ownZone(const lexicon::Lexicon& lexicon, const lexicon::PlaceEntry& entry) {
    if (const std::string_view written = lexicon.zones.zoneOf(entry.id); !written.empty())
        return std::string(written);
    if (entry.kind == lexicon::PlaceKind::Country && entry.id.starts_with(kCountryPrefix))
        return temporal::soleZoneOfCountry(
            std::string_view(entry.id).substr(kCountryPrefix.size()));
    return {};
}

}  // namespace

std::string placeZone(const lexicon::Lexicon& lexicon, std::string_view gazetteerId) {
    const lexicon::PlaceEntry* entry =
        gazetteerId.empty() ? nullptr : lexicon.gazetteer.find(gazetteerId);
    if (!entry)
        return {};
    if (std::string zone = ownZone(lexicon, *entry); !zone.empty())
        return zone;
    for (const lexicon::PlaceEntry* ancestor : lexicon.gazetteer.ancestors(*entry)) {
        if (std::string zone = ownZone(lexicon, *ancestor); !zone.empty())
            return zone;
    }
    return {};
}

}  // namespace yeonpyo::extract
