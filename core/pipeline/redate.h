// Re-reading an article against a date chosen after import: its events resolved again in place,
// the user's edits kept, and what changed returned so that it can be undone.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/store/document.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::pipeline {

/// What re-dating an article did to the document's events (sequences aside): enough to put the
/// document back as it was.
struct EventChanges {
    std::string previousPublished;     ///< The article's date before ("" when unknown).
    std::vector<Event> removed;        ///< Events deleted, as they were.
    std::vector<Event> changedBefore;  ///< Events changed, as they were.
    std::vector<std::int64_t> added;   ///< Ids of the events added, in the order added.
};

/// Sets the date an article was written and resolves its events against it again, as an ingest
/// with that reference date would have: the events only this article reports are extracted
/// anew; events other articles also report lose this article's quotes and take them back by
/// merging; an event the user edited stays as the user left it, except that a date the text left
/// unresolved ("XXXX-XX-28") takes the resolved one. The zone is that of the article's events
/// (Asia/Seoul when none). Runs in one transaction with the renumbering; an article without text
/// (imported from data) is refused.
Result<EventChanges> redateArticle(store::Document& document, std::int64_t articleId,
                                   const temporal::CivilDate& date);

/// Puts back what redateArticle changed (the added events deleted, the others restored, the
/// article's previous date), in one transaction with the renumbering. Events restored after
/// being deleted get new row ids, returned as (old id, new id) pairs.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> undoRedate(store::Document& document,
                                                                      std::int64_t articleId,
                                                                      const EventChanges& changes);

/// Articles whose date is not known (empty publication date), in id order, without text.
Result<std::vector<Article>> undatedArticles(store::Document& document);

}  // namespace yeonpyo::pipeline
