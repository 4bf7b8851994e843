// Merging events across articles: a new article's events either join events already in the document
// or are new.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/model/event.h"

namespace yeonpyo::extract {

/// Two sources disagree on a field; the document keeps its value and the other (the new
/// article's, with that article's id) is kept beside it.
using FieldConflict = SourceConflict;

/// An event of the document with what a new article adds to it.
struct EventUpdate {
    Event merged;  ///< The existing event (same id) with the new quotes, people and missing fields.
    std::int64_t incomingId = 0;
    std::vector<FieldConflict> conflicts;
};

/// What to do with one article's events in a document.
struct MergePlan {
    std::vector<EventUpdate> updates;  ///< Existing events that the new article also reports.
    std::vector<Event> inserts;        ///< New events, with their incoming provisional ids.
    std::map<std::int64_t, std::int64_t> mergedInto;  ///< Incoming id → existing id it joined.
};

/// Pairs incoming events (provisional ids from extract()) with existing ones that report the same
/// happening: the same day and kind of event, and the same place or people (names in Hangul and
/// Latin script meet through the people lexicon). Each existing event takes at most one incoming
/// event. An event the user edited keeps every field and only gains quotes; others gain missing
/// fields, people and quotes, and keep their own value where the sources disagree (recorded as a
/// conflict). In the plan, an `after` entry is an existing event's id, or minus the provisional id
/// of an event still to be inserted; resolveLinks turns those into stored ids.
MergePlan planMerge(const std::vector<Event>& existing, const std::vector<Event>& incoming,
                    const lexicon::Lexicon& lexicon);

/// Rewrites the negative `after` entries of a plan once the inserted events have their document
/// ids (incoming provisional id → stored id); entries with no stored id are dropped.
void resolveLinks(MergePlan& plan, const std::map<std::int64_t, std::int64_t>& storedIds);

}  // namespace yeonpyo::extract
