// `yeonpyo-cli ingest`: reads articles and adds their events to a timeline document.
#include <QFileInfo>

#include <unistd.h>
#include <cstdio>

#include "app/cli/command.h"
#include "app/cli/document_failure.h"
#include "app/cli/input_reader.h"
#include "app/cli/option_values.h"
#include "core/pipeline/ingest.h"
#include "core/store/document.h"

namespace yeonpyo::cli {
namespace {

void printProgress(const pipeline::IngestProgress& step) {
    static const bool terminal = isatty(fileno(stderr)) != 0;
    if (step.current.empty()) {
        if (terminal)
            std::fputs("\r\033[K", stderr);
        return;
    }
    std::fprintf(stderr, terminal ? "\r\033[K[%d/%d] %s" : "[%d/%d] %s\n", step.done + 1,
                 step.total, step.current.c_str());
}

void printOutcome(const pipeline::ArticleOutcome& outcome) {
    if (outcome.duplicate) {
        std::printf("%s: already in the timeline, nothing changed.\n", outcome.name.c_str());
        return;
    }
    const std::string reference =
        outcome.referenceDate.empty()
            ? std::string("no reference date: relative dates left unresolved")
            : "reference date " + outcome.referenceDate + " (" + outcome.referenceSource + ")";
    std::printf("%s: %d events found, %d new, %d merged; %s.\n", outcome.name.c_str(),
                outcome.eventsFound, outcome.eventsAdded, outcome.eventsMerged, reference.c_str());
}

bool readOptions(const CommandParser& command, pipeline::IngestOptions& options, int& exitCode) {
    const QCommandLineParser& parser = command.parser;
    if (parser.isSet("reference-date")) {
        options.referenceDate = parseDate(parser.value("reference-date"));
        if (!options.referenceDate) {
            exitCode =
                usageError("ingest", QStringLiteral("'%1' is not a date in the form YYYY-MM-DD.")
                                         .arg(parser.value("reference-date")));
            return false;
        }
    }
    if (parser.isSet("timezone") && !isKnownTimeZone(parser.value("timezone"))) {
        exitCode = usageError(
            "ingest",
            QStringLiteral("'%1' is not a known time zone.").arg(parser.value("timezone")));
        return false;
    }
    options.timeZone = parser.value("timezone").toStdString();
    options.lang = parser.value("lang").toStdString();
    if (!isKnownLanguage(parser.value("lang"))) {
        exitCode =
            usageError("ingest", QStringLiteral("the language must be auto, ko or en, not '%1'.")
                                     .arg(parser.value("lang")));
        return false;
    }
    return true;
}

}  // namespace

int runIngest(const QStringList& arguments) {
    CommandParser command("ingest", "Read articles and add their events to a timeline document.");
    command.addDatabaseOption();
    command.parser.addOption(
        {"reference-date", "Resolve relative dates against this date (YYYY-MM-DD).", "DATE"});
    command.parser.addOption(
        {"timezone", "IANA time zone of the articles (default Asia/Seoul).", "ZONE"});
    command.parser.addOption({"lang", "Language of the articles: auto, ko or en.", "LANG", "auto"});
    command.parser.addPositionalArgument(
        "INPUT", "Article files (.txt, .html, .md), '-' for standard input, or http(s) URLs.",
        "INPUT...");
    int exitCode = kSuccess;
    QString db;
    pipeline::IngestOptions options;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode) ||
        !readOptions(command, options, exitCode)) {
        return exitCode;
    }
    const QStringList inputArguments = command.parser.positionalArguments();
    if (inputArguments.isEmpty())
        return usageError("ingest", "give at least one INPUT to read.");

    auto inputs = readInputs(inputArguments);
    if (!inputs)
        return fail(inputs.error().message);
    auto document = store::Document::open(db.toStdString(), store::OpenMode::CreateOrOpen);
    if (!document)
        return fail(document.error().message);
    auto report = pipeline::ingest(*document, *inputs, options, printProgress);
    if (!report)
        return fail(blameDamagedDocument(*document, report.error()).message);
    for (const auto& outcome : report->articles)
        printOutcome(outcome);
    return kSuccess;
}

}  // namespace yeonpyo::cli
