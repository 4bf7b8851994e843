// The lexicon an ingest extracts with: the bundled one plus the places the user added to the
// document.
#pragma once

#include "core/lexicon/lexicon.h"
#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::pipeline {

/// A copy of the built-in lexicon with the document's user places added (they win over bundled
/// entries of the same name).
Result<lexicon::Lexicon> lexiconWithUserPlaces(store::Document& document);

/// The gazetteer entry of a user place.
lexicon::PlaceEntry toPlaceEntry(const store::UserPlace& place);

}  // namespace yeonpyo::pipeline
