// `yeonpyo-cli events`: writes a document's events in one of the data formats.
#include "app/cli/command.h"
#include "app/cli/output_file.h"
#include "app/cli/timeline_reader.h"
#include "core/io/export.h"

namespace yeonpyo::cli {

int runEvents(const QStringList& arguments) {
    CommandParser command(
        "events", "Write a timeline's events as json, csv, ics, geojson, kml or timelinejs.");
    command.addDatabaseOption();
    command.parser.addOption(
        {"format", "json (default), csv, ics, geojson, kml or timelinejs.", "FORMAT", "json"});
    command.parser.addOption(
        {{"o", "output"}, "Write to FILE instead of standard output.", "FILE"});
    command.parser.addOption(
        {"title", "Name of the timeline in the output (default: the first article's title).",
         "TITLE"});
    int exitCode = kSuccess;
    QString db;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode))
        return exitCode;
    const auto format = io::formatFromName(command.parser.value("format").toStdString());
    if (!format) {
        return usageError(
            "events",
            QStringLiteral("'%1' is not a format; use json, csv, ics, geojson, kml or timelinejs.")
                .arg(command.parser.value("format")));
    }
    auto timeline = readTimelineForExport(db);
    if (!timeline)
        return fail(timeline.error().message);
    auto& [articles, events] = *timeline;
    io::ExportOptions options;
    options.title = command.parser.value("title").toStdString();
    auto bytes = io::exportEvents(*format, articles, events, options);
    if (!bytes)
        return fail(bytes.error().message);
    auto written = writeOutput(command.parser.value("output"), *bytes);
    return written ? kSuccess : fail(written.error().message);
}

}  // namespace yeonpyo::cli
