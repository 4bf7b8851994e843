// io::exportEvents(): format names and dispatch to the writer of each format.
#include <algorithm>
#include <array>
#include <cctype>

#include "core/io/writers_p.h"

namespace yeonpyo::io {
namespace {

struct FormatInfo {
    Format format;
    std::string_view name;
    std::string_view extension;
    std::string (*write)(const ExportInput&);
};

constexpr std::array kFormats{
    FormatInfo{Format::Json, "json", ".json", writeJson},
    FormatInfo{Format::Csv, "csv", ".csv", writeCsv},
    FormatInfo{Format::Ics, "ics", ".ics", writeIcs},
    FormatInfo{Format::GeoJson, "geojson", ".geojson", writeGeoJson},
    FormatInfo{Format::Kml, "kml", ".kml", writeKml},
    FormatInfo{Format::TimelineJs, "timelinejs", ".json", writeTimelineJs},
};

const FormatInfo& infoOf(Format format) {
    return *std::find_if(kFormats.begin(), kFormats.end(),
                         [format](const FormatInfo& info) { return info.format == format; });
}

bool sameIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

std::optional<Format> formatFromName(std::string_view name) {
    for (const FormatInfo& info : kFormats) {
        if (sameIgnoringCase(info.name, name))
            return info.format;
    }
    return std::nullopt;
}

std::string_view formatName(Format format) {
    return infoOf(format).name;
}

std::string_view fileExtension(Format format) {
    return infoOf(format).extension;
}

const std::vector<Format>& allFormats() {
    static const std::vector<Format> formats = [] {
        std::vector<Format> all;
        for (const FormatInfo& info : kFormats)
            all.push_back(info.format);
        return all;
    }();
    return formats;
}

Result<std::string> exportEvents(Format format, const std::vector<Article>& articles,
                                 const std::vector<Event>& events, const ExportOptions& options) {
    return infoOf(format).write(ExportInput{articles, events, options});
}

const Article* ExportInput::article(std::int64_t id) const {
    const auto found = std::find_if(articles.begin(), articles.end(),
                                    [id](const Article& article) { return article.id == id; });
    return found == articles.end() ? nullptr : &*found;
}

std::string ExportInput::title() const {
    if (!options.title.empty())
        return options.title;
    if (!articles.empty() && !articles.front().title.empty())
        return articles.front().title;
    return "Yeonpyo timeline";
}

std::string ExportInput::citation(std::int64_t articleId) const {
    const Article* source = article(articleId);
    if (source == nullptr)
        return "article " + std::to_string(articleId);
    std::string text =
        source->title.empty() ? "article " + std::to_string(articleId) : source->title;
    std::string where = source->source;
    if (!source->published.empty())
        where += (where.empty() ? "" : ", ") + source->published.substr(0, 10);
    if (!where.empty())
        text += " — " + where;
    return text;
}

std::string describeParticipant(const Participant& participant) {
    std::string roles = participant.title;
    if (!participant.org.empty())
        roles += (roles.empty() ? "" : ", ") + participant.org;
    return roles.empty() ? participant.name : participant.name + " (" + roles + ")";
}

std::string describeConflict(const ExportInput& input, const SourceConflict& conflict) {
    const std::string field = conflict.field == "start"         ? "date"
                              : conflict.field == "time_of_day" ? "time of day"
                                                                : conflict.field;
    const std::string source =
        conflict.articleId == 0 ? "another source" : input.citation(conflict.articleId);
    return field + " is " + conflict.kept + ", but " + conflict.other + " according to " + source;
}

std::string sourcesDisagree(const ExportInput& input, const Event& event) {
    std::string text;
    for (const SourceConflict& conflict : event.conflicts)
        text += (text.empty() ? "Sources disagree: " : "; ") + describeConflict(input, conflict);
    return text;
}

std::vector<const Event*> routeOf(const std::vector<Event>& events) {
    std::vector<const Event*> route;
    for (const Event& event : events) {
        if (event.place.hasCoordinates())
            route.push_back(&event);
    }
    std::stable_sort(route.begin(), route.end(),
                     [](const Event* a, const Event* b) { return a->sequence < b->sequence; });
    return route;
}

}  // namespace yeonpyo::io
