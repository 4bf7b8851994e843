// Data importers: read back what `events --format json` wrote, and TimelineJS-style CSV sheets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
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

/// Largest input the in-memory importers accept (and the largest JSON Lines record).
inline constexpr std::size_t kMaxImportBytes = 64 * 1024 * 1024;

/// The formats an events file can have.
enum class ImportFormat {
    Json,         ///< One yeonpyo.events/1 document (what `events --format json` writes).
    JsonLines,    ///< One yeonpyo.events/1 document a line (what `extract` writes).
    TimelineCsv,  ///< A TimelineJS-style sheet.
};

/// JSON Lines when the file name ends in .jsonl or .ndjson; otherwise JSON when the first
/// character of `start` that is not white space (after a byte order mark) is `{`; else CSV.
ImportFormat importFormatOf(std::string_view fileName, std::string_view start);

/// One part of an events file read as a stream.
struct ImportPart {
    ImportedTimeline timeline;
    /// A JSON Lines record: one line's whole timeline, whose ids are its own. Otherwise a batch
    /// of the file's articles or events, whose ids are the file's (shared by every part).
    bool wholeRecord = false;
    std::int64_t line = 0;        ///< The line the part starts at.
    std::uint64_t bytesRead = 0;  ///< Bytes of the file read so far.
};
/// Receives the parts of a file in order; an error stops the reading.
using ImportPartSink = std::function<Status(ImportPart&&)>;

/// Reads an events file part by part, holding no more than one part in memory (a JSON
/// document's articles, or a batch of its events, or one JSON Lines record). Every error names
/// the line (a syntax error, a record whose content is wrong); an error the sink returns is
/// given back with the line of the part prefixed. A TimelineJS sheet is read whole (its Text
/// cells are one article), so it keeps the kMaxImportBytes limit.
Status streamEvents(std::istream& in, ImportFormat format, const ImportOptions& options,
                    const ImportPartSink& sink);

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
