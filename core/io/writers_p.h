// One writer per data format, behind io::exportEvents(); and what several of them share.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/io/export.h"

namespace yeonpyo::io {

/// What every writer is given.
struct ExportInput {
    const std::vector<Article>& articles;
    const std::vector<Event>& events;
    const ExportOptions& options;

    /// The article with that id, or null.
    const Article* article(std::int64_t id) const;
    /// options.title, else the first article's title, else "Yeonpyo timeline".
    std::string title() const;
    /// "Title — Source, 2024-02-28" for citing the article a quote comes from.
    std::string citation(std::int64_t articleId) const;
};

std::string writeJson(const ExportInput& input);
std::string writeCsv(const ExportInput& input);
std::string writeIcs(const ExportInput& input);
std::string writeGeoJson(const ExportInput& input);
std::string writeKml(const ExportInput& input);
std::string writeTimelineJs(const ExportInput& input);

/// "조주완 (CEO, LG전자)": a participant with the parts that are known.
std::string describeParticipant(const Participant& participant);
/// One conflict in words: "time of day is noon, but afternoon according to Title — Source,
/// 2024-02-28" ("… according to another source" when its article is not known).
std::string describeConflict(const ExportInput& input, const SourceConflict& conflict);
/// "Sources disagree: " and the event's conflicts in words, joined by "; "; empty when none.
std::string sourcesDisagree(const ExportInput& input, const Event& event);
/// The events that have coordinates, in sequence order: the itinerary's route.
std::vector<const Event*> routeOf(const std::vector<Event>& events);

}  // namespace yeonpyo::io
