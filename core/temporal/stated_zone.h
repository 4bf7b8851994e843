// The zone a time expression is local to, from what the text states: a zone it names ("3 p.m.
// ET", "오후 3시(GMT)"), the place of the event for "local time"/현지시간, or the article's zone.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::temporal {

/// The IANA zone for an expression's stated zone (TimeExpression::timeZone): a named zone as it
/// is; "local" (현지시간, local time) the zone of the event's place when it is known, else the
/// reference zone; nothing stated, the reference zone.
std::string effectiveZone(std::string_view stated, std::string_view placeZone,
                          std::string_view referenceZone);

/// The one zone ICU lists for a country ("kr" → "Asia/Seoul", "FR" → "Europe/Paris"); empty for a
/// country with several zones or none.
std::string soleZoneOfCountry(std::string_view isoCountry);

}  // namespace yeonpyo::temporal
