// Data importers: read back what `events --format json` wrote, and TimelineJS-style CSV sheets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::io {

/// A timeline read from a file. Ids are the file's own: events' `after` and quotes' article ids
/// refer to them (store::Document::addTimeline maps them to row ids).
struct ImportedTimeline {
    std::vector<Article> articles;
    std::vector<Event> events;
};

struct ImportOptions {
    /// IANA zone of times that carry none (TimelineJS sheets, JSON without time_zone).
    std::string timeZone = "UTC";
};

/// Largest input the importers accept.
inline constexpr std::size_t kMaxImportBytes = 64 * 1024 * 1024;

/// Reads a yeonpyo.events/1 JSON document or, when the bytes do not start with `{`, a
/// TimelineJS-style CSV sheet. Malformed input gives one sentence naming the line or key.
Result<ImportedTimeline> importEvents(std::string_view bytes, const ImportOptions& options = {});

/// Reads the JSON that exportEvents(Format::Json, …) writes; every field comes back.
Result<ImportedTimeline> importJson(std::string_view bytes, const ImportOptions& options = {});

/// Reads a TimelineJS sheet saved as CSV (columns Year, Month, Day, Time, End Year, End Month,
/// End Day, End Time, Display Date, Headline, Text, Media, …, Type, Group, Background; in any
/// order, any case). Each row becomes an event; a row of Type "title" names the timeline; the
/// Text cells are kept as one article whose quotes they become; Group names the kind when it is
/// one (meeting, meal, …).
Result<ImportedTimeline> importTimelineCsv(std::string_view bytes,
                                           const ImportOptions& options = {});

}  // namespace yeonpyo::io
