// Data exporters: the whole timeline as JSON (the contract), CSV, iCalendar, GeoJSON, KML or
// TimelineJS JSON, for the tools users already have.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::io {

enum class Format { Json, Csv, Ics, GeoJson, Kml, TimelineJs };

/// The format a command-line name stands for ("json", "csv", "ics", "geojson", "kml",
/// "timelinejs"; any case), or nothing.
std::optional<Format> formatFromName(std::string_view name);
/// The command-line name of a format ("ics").
std::string_view formatName(Format format);
/// The usual file name extension, with its dot (".ics", ".geojson").
std::string_view fileExtension(Format format);
/// Every format, in the order of the command-line contract.
const std::vector<Format>& allFormats();

struct ExportOptions {
    /// Name of the whole timeline (KML document, TimelineJS title slide, iCalendar name); when
    /// empty, the first article's title is used.
    std::string title;
    /// The moment of export in seconds since the epoch (iCalendar DTSTAMP); now when unset.
    std::optional<std::int64_t> now;
};

/// Writes events (in sequence order as given) with the articles their quotes cite. Each format
/// escapes user text as it requires (XML, iCalendar TEXT, CSV quoting, JSON strings, HTML in
/// TimelineJS). The JSON format is exactly design.md's `events --format json` contract, with the
/// extra keys derivation, time_zone, begin_utc, end_utc and edited on events (and conflicts,
/// [{"field", "kept", "other", "article"}], on those where sources disagree), gazetteer_id on
/// places and speaker on quotes, so that importJson() reads every field back. The other formats
/// state conflicts in words ("Sources disagree: …").
Result<std::string> exportEvents(Format format, const std::vector<Article>& articles,
                                 const std::vector<Event>& events,
                                 const ExportOptions& options = {});

/// One article's events as one line of JSON Lines, what `yeonpyo-cli extract` writes: the JSON
/// format's document on a single line (ending with "\n") whose article also carries its `url`
/// and `text`, and whose top-level `id` is `recordId`, JSON text copied from the input record.
std::string exportJsonLine(const Article& article, const std::vector<Event>& events,
                           std::string_view recordId);

}  // namespace yeonpyo::io
