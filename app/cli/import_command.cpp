// `yeonpyo-cli import`: adds the events of a JSON export or a TimelineJS-style CSV to a document.
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include "app/cli/command.h"
#include "app/cli/document_failure.h"
#include "app/cli/option_values.h"
#include "core/io/import.h"
#include "core/pipeline/sequence.h"
#include "core/store/document.h"

namespace yeonpyo::cli {
namespace {

Result<std::string> readWholeFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path.toStdString() + " does not exist."};
    if (info.isDir())
        return Error{path.toStdString() + " is a folder, not an events file."};
    if (static_cast<std::size_t>(info.size()) > io::kMaxImportBytes) {
        return Error{path.toStdString() + " is larger than the 64 MB an events file may have."};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{"Could not read " + path.toStdString() + ": " +
                     file.errorString().toStdString() + "."};
    }
    return file.readAll().toStdString();
}

}  // namespace

int runImport(const QStringList& arguments) {
    CommandParser command(
        "import", "Add the events of a JSON export or a TimelineJS-style CSV file to a timeline.");
    command.addDatabaseOption();
    command.parser.addOption(
        {"timezone", "IANA time zone of times that name none (default UTC).", "ZONE", "UTC"});
    command.parser.addPositionalArgument(
        "FILE", "EVENTS.json (from 'events --format json') or EVENTS.csv.");
    int exitCode = kSuccess;
    QString db;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode))
        return exitCode;
    const QStringList files = command.parser.positionalArguments();
    if (files.size() != 1)
        return usageError("import", "give exactly one FILE to import.");
    if (!isKnownTimeZone(command.parser.value("timezone"))) {
        return usageError(
            "import",
            QStringLiteral("'%1' is not a known time zone.").arg(command.parser.value("timezone")));
    }
    auto bytes = readWholeFile(files.front());
    if (!bytes)
        return fail(bytes.error().message);
    io::ImportOptions options;
    options.timeZone = command.parser.value("timezone").toStdString();
    auto timeline = io::importEvents(*bytes, options);
    if (!timeline)
        return fail(QFileInfo(files.front()).fileName().toStdString() + ": " +
                    timeline.error().message);

    auto document = store::Document::open(db.toStdString(), store::OpenMode::CreateOrOpen);
    if (!document)
        return fail(document.error().message);
    store::StoredTimeline stored;
    const Status written = document->transaction([&]() -> Status {
        auto added = document->addTimeline(timeline->articles, timeline->events);
        if (!added)
            return added.error();
        stored = std::move(*added);
        return pipeline::renumberTimeline(*document);
    });
    if (!written)
        return fail(blameDamagedDocument(*document, written.error()).message);
    std::printf("%s: %zu events read, %zu new.\n", qPrintable(QFileInfo(files.front()).fileName()),
                timeline->events.size(), static_cast<std::size_t>(stored.eventsAdded));
    return kSuccess;
}

}  // namespace yeonpyo::cli
