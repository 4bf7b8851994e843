// The place names of an article read in context: names that need context kept only where the
// text reads as a place, ambiguous names resolved towards the places the article names elsewhere.
#pragma once

#include <string_view>
#include <vector>

#include "core/lexicon/gazetteer.h"

namespace yeonpyo::extract {

/// The gazetteer's hits in the text, less the Latin names that do not read as places here (a
/// town's name without "in", "to", "near" … before it or a place after a comma; a city's name
/// after a given name: "Lloyd Austin"), each hit's candidates ordered so that those inside a
/// country or region the article names come first ("Portland" in an article that names Maine).
std::vector<lexicon::PlaceHit> readPlaceHits(std::string_view text,
                                             const lexicon::Gazetteer& gazetteer);

}  // namespace yeonpyo::extract
