// `yeonpyo-cli search`: full-text search over a document's articles, events and quotes.
#include <cstdio>

#include "app/cli/command.h"
#include "app/cli/document_failure.h"
#include "core/store/document.h"

namespace yeonpyo::cli {

int runSearch(const QStringList& arguments) {
    CommandParser command("search",
                          "Search a timeline's articles, events, participants, places and quotes.");
    command.addDatabaseOption();
    command.parser.addOption({"limit", "Show at most N hits (default 50).", "N", "50"});
    command.parser.addPositionalArgument("QUERY", "Words that must all occur (Hangul or Latin).");
    int exitCode = kSuccess;
    QString db;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode))
        return exitCode;
    const QString query = command.parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return usageError("search", "give a QUERY to search for.");
    bool limitOk = false;
    const int limit = command.parser.value("limit").toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError("search", "the limit must be a positive number.");

    auto document = store::Document::open(db.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return fail(document.error().message);
    auto hits = document->search(query.toStdString(), limit);
    if (!hits)
        return fail(blameDamagedDocument(*document, hits.error()).message);
    for (const auto& hit : *hits) {
        const char* kind = hit.kind == store::SearchHit::Kind::Event ? "event" : "article";
        std::printf("%s %lld\t%s\n", kind, static_cast<long long>(hit.id), hit.snippet.c_str());
    }
    if (hits->empty())
        std::fprintf(stderr, "yeonpyo-cli: nothing matches '%s'.\n", qPrintable(query));
    return kSuccess;
}

}  // namespace yeonpyo::cli
