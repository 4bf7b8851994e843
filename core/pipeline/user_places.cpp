// Adds a document's user places to a copy of the bundled lexicon.
#include "core/pipeline/user_places.h"

namespace yeonpyo::pipeline {
namespace {

lexicon::PlaceKind kindOf(PlacePrecision precision) {
    switch (precision) {
        case PlacePrecision::Country:
            return lexicon::PlaceKind::Country;
        case PlacePrecision::Region:
            return lexicon::PlaceKind::Region;
        case PlacePrecision::City:
            return lexicon::PlaceKind::City;
        case PlacePrecision::District:
            return lexicon::PlaceKind::District;
        case PlacePrecision::Venue:
        case PlacePrecision::Unknown:
            break;
    }
    return lexicon::PlaceKind::Venue;
}

bool hasHangul(const std::string& text) {
    // Hangul syllables U+AC00–U+D7A3 start with the UTF-8 lead bytes 0xEA–0xED.
    for (unsigned char byte : text) {
        if (byte >= 0xEA && byte <= 0xED)
            return true;
    }
    return false;
}

}  // namespace

lexicon::PlaceEntry toPlaceEntry(const store::UserPlace& place) {
    lexicon::PlaceEntry entry;
    entry.id = place.gazetteerId();
    entry.kind = kindOf(place.precision);
    entry.parentId = place.parent;
    (hasHangul(place.name) ? entry.nameKo : entry.nameEn) = place.name;
    entry.aliases = place.aliases;
    entry.lat = place.lat;
    entry.lon = place.lon;
    entry.userAdded = true;
    return entry;
}

Result<lexicon::Lexicon> lexiconWithUserPlaces(store::Document& document) {
    auto places = document.userPlaces();
    if (!places)
        return places.error();
    lexicon::Lexicon lexicon = lexicon::builtinLexicon();
    for (const store::UserPlace& place : *places)
        lexicon.gazetteer.addUserPlace(toPlaceEntry(place));
    return lexicon;
}

}  // namespace yeonpyo::pipeline
