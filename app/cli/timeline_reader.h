// Reads what the export commands need of a document: article headers (no text) and events.
#pragma once

#include <QString>

#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::cli {

struct ExportedTimeline {
    std::vector<Article> articles;  ///< Titles, sources and dates; the texts are not read.
    std::vector<Event> events;
};

/// Opens the document read-only and reads its articles' headers and all events.
Result<ExportedTimeline> readTimelineForExport(const QString& db);

}  // namespace yeonpyo::cli
