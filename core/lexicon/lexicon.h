// Lexicon: everything extraction knows about words and places, loaded from the bundled data files.
#pragma once

#include <string_view>

#include "core/lexicon/gazetteer.h"
#include "core/lexicon/place_zones.h"
#include "core/lexicon/tables.h"
#include "core/model/result.h"

namespace yeonpyo::lexicon {

/// The gazetteer plus the word tables. Copy it to add a document's user places without touching
/// the shared built-in one.
struct Lexicon {
    Gazetteer gazetteer;
    PlaceZones zones;  ///< Zones of places in countries with several.
    Table<Trigger> triggers;
    Table<Cue> cues;  ///< Every cue but light verbs, which are looked up only where needed.
    Table<Cue> lightVerbs;
    Table<Title> titles;
    Table<Organisation> organisations;
    Table<Person> people;
    Table<VenueWord> venueWords;
};

/// Parses the bundled data files (compiled into the library) into a fresh lexicon.
Result<Lexicon> loadBuiltinLexicon();

/// The bundled lexicon, parsed once on first use and shared read-only afterwards. The bundled files
/// are checked by the tests, so a parse failure here is a build defect and aborts with its message.
const Lexicon& builtinLexicon();

}  // namespace yeonpyo::lexicon
