// Importing an events file of any size into a document in one transaction: a JSON export is
// restored as it is; each JSON Lines record (what `extract` writes for one article) is merged
// the way ingest merges an article.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>

#include "core/io/import.h"
#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::pipeline {

struct EventImportReport {
    std::int64_t eventsRead = 0;
    std::int64_t eventsAdded = 0;   ///< New events in the timeline.
    std::int64_t eventsMerged = 0;  ///< Events that joined events already in the timeline.
    std::int64_t articlesAdded = 0;
    std::int64_t records = 0;           ///< JSON Lines records read.
    std::int64_t recordsAlreadyIn = 0;  ///< Records whose articles were all stored already.
};

/// Called now and then with the bytes of the file read so far.
using ImportProgressCallback = std::function<void(std::uint64_t bytesRead)>;

/// Reads `in` (io::streamEvents) and adds what it holds to the document, all in one transaction
/// that also renumbers the timeline: on any error (which names the line) the document stays as
/// it was. A JSON document or TimelineJS sheet is added as io's ImportedTimeline (equal events
/// merged, ids remapped). A JSON Lines record whose articles are all stored already changes
/// nothing; otherwise its events join the document's like an ingested article's (mergeEvents).
Result<EventImportReport> importEventsFile(store::Document& document, std::istream& in,
                                           io::ImportFormat format,
                                           const io::ImportOptions& options,
                                           const ImportProgressCallback& progress = {});

}  // namespace yeonpyo::pipeline
