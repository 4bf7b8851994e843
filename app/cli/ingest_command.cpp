// `yeonpyo-cli ingest`: reads articles and adds their events to a timeline document.
#include <QFileInfo>

#include <unistd.h>
#include <cstdio>
#include <set>
#include <string>

#include "app/cli/command.h"
#include "app/cli/document_failure.h"
#include "app/cli/option_values.h"
#include "app/sources/article_sources.h"
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
    if (outcome.copy) {
        std::printf("%s: a copy of article %lld, kept as one more outlet of its text.\n",
                    outcome.name.c_str(), static_cast<long long>(outcome.articleId));
        return;
    }
    const std::string reference =
        outcome.referenceDate.empty()
            ? std::string(
                  "no reference date: relative dates left unresolved (see 'yeonpyo-cli "
                  "dates')")
            : "reference date " + outcome.referenceDate + " (" + outcome.referenceSource + ")";
    std::printf("%s: %d events found, %d new, %d merged; %s.\n", outcome.name.c_str(),
                outcome.eventsFound, outcome.eventsAdded, outcome.eventsMerged, reference.c_str());
}

/// The links of the articles an existing document holds, so that feed items linking there are
/// not fetched again; none when the document does not exist yet or cannot be read (opening it
/// for writing later says why).
std::set<std::string> storedLinks(const QString& db) {
    std::set<std::string> links;
    if (!QFileInfo::exists(db))
        return links;
    auto document = store::Document::open(db.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return links;
    auto articles = document->articles();
    if (!articles)
        return links;
    for (const Article& article : *articles) {
        if (!article.url.empty())
            links.insert(article.url);
        for (const ArticleCopy& copy : article.copies) {
            if (!copy.url.empty())
                links.insert(copy.url);
        }
    }
    return links;
}

}  // namespace

int runIngest(const QStringList& arguments) {
    CommandParser command("ingest", "Read articles and add their events to a timeline document.");
    command.addDatabaseOption();
    addArticleOptions(command);
    command.parser.addPositionalArgument(
        "INPUT",
        "Article files (.txt, .html, .md), folders of them, RSS/Atom feeds (a file or URL), "
        "'-' for standard input, or http(s) URLs.",
        "INPUT...");
    int exitCode = kSuccess;
    QString db;
    pipeline::IngestOptions options;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode) ||
        !readArticleOptions(command, options, exitCode)) {
        return exitCode;
    }
    const QStringList inputArguments = command.parser.positionalArguments();
    if (inputArguments.isEmpty())
        return usageError("ingest", "give at least one INPUT to read.");

    auto collected = sources::collectArticles(inputArguments, {storedLinks(db), {}});
    if (!collected)
        return fail(collected.error().message);
    auto document = store::Document::open(db.toStdString(), store::OpenMode::CreateOrOpen);
    if (!document)
        return fail(document.error().message);
    auto report = pipeline::ingest(*document, collected->inputs, options, printProgress);
    if (!report)
        return fail(blameDamagedDocument(*document, report.error()).message);
    for (const std::string& link : collected->alreadyStored)
        std::printf("%s: already in the timeline, not fetched again.\n", link.c_str());
    for (const auto& outcome : report->articles)
        printOutcome(outcome);
    return kSuccess;
}

}  // namespace yeonpyo::cli
