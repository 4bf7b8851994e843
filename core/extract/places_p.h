// Place choice for an event mention: the most precise known place named near its trigger, read in
// context.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/lexicon/gazetteer.h"
#include "core/model/event.h"

namespace yeonpyo::extract {

/// Picks, among the place names in [begin, end) of the text, the one an event happened at:
/// the most precise place that agrees with the others ("서울 용산구 이태원동 승지원" → 승지원),
/// with ambiguous names ("중구") resolved by the places around them. Destinations of departures
/// ("인도로", "for India") are preferred when destination is true. Nullopt when none is named.
/// hits are in text order.
std::optional<Place> choosePlace(std::string_view text, const std::vector<lexicon::PlaceHit>& hits,
                                 std::size_t begin, std::size_t end, bool destination,
                                 const lexicon::Gazetteer& gazetteer, std::string_view lang);

/// The place of an event held at a venue the gazetteer does not know: the venue's name as
/// written, at the address, coordinates and precision of the most precise known place around it
/// (known), or without coordinates when none is known.
Place venuePlace(std::string_view venueName, const std::optional<Place>& known);

/// A venue kept as the article wrote it ("Wembley Stadium"): its name is not its gazetteer
/// entry's.
bool isWrittenVenue(const Place& place, const lexicon::Gazetteer& gazetteer);

/// The place of a gazetteer entry as an event records it: name, address, coordinates, precision.
Place placeOf(const lexicon::PlaceEntry& entry, const lexicon::Gazetteer& gazetteer,
              std::string_view lang);

}  // namespace yeonpyo::extract
