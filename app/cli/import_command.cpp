// `yeonpyo-cli import`: adds the events of a JSON export, JSON Lines from `extract`, or a
// TimelineJS-style CSV to a document, read as a stream in one transaction.
#include <QFile>
#include <QFileInfo>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>

#include "app/cli/command.h"
#include "app/cli/document_failure.h"
#include "app/cli/option_values.h"
#include "core/io/import.h"
#include "core/pipeline/event_import.h"
#include "core/store/document.h"

namespace yeonpyo::cli {
namespace {

/// A progress line on standard error: "[37%] name", rewritten in place on a terminal, a new
/// line every tenth otherwise.
class ImportProgress {
public:
    ImportProgress(std::string name, std::uint64_t totalBytes)
        : name_(std::move(name)), total_(totalBytes), terminal_(isatty(fileno(stderr)) != 0) {}
    ~ImportProgress() {
        if (terminal_ && shown_ >= 0)
            std::fputs("\r\033[K", stderr);
    }
    ImportProgress(const ImportProgress&) = delete;
    ImportProgress& operator=(const ImportProgress&) = delete;

    void operator()(std::uint64_t bytesRead) {
        if (total_ == 0)
            return;
        const int percent = static_cast<int>(100 * std::min(bytesRead, total_) / total_);
        const int step = terminal_ ? 1 : 10;
        if (percent / step == shown_ / step && shown_ >= 0)
            return;
        shown_ = percent;
        std::fprintf(stderr, terminal_ ? "\r\033[K[%d%%] %s" : "[%d%%] %s\n", percent,
                     name_.c_str());
    }

private:
    std::string name_;
    std::uint64_t total_;
    bool terminal_;
    int shown_ = -1;
};

Result<io::ImportFormat> formatOf(const QString& path, std::ifstream& in) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path.toStdString() + " does not exist."};
    if (info.isDir())
        return Error{path.toStdString() + " is a folder, not an events file."};
    if (!in) {
        return Error{"Could not read " + path.toStdString() + ": " +
                     (info.isReadable() ? "it is not a file" : "permission denied") + "."};
    }
    std::string start(4096, '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    if (start.find_first_not_of(" \t\r\n") == std::string::npos)
        return Error{path.toStdString() + " is empty."};
    return io::importFormatOf(info.fileName().toStdString(), start);
}

}  // namespace

int runImport(const QStringList& arguments) {
    CommandParser command("import",
                          "Add the events of a JSON export, JSON Lines from 'extract', or a "
                          "TimelineJS-style CSV file to a timeline.");
    command.addDatabaseOption();
    command.parser.addOption(
        {"timezone", "IANA time zone of times that name none (default UTC).", "ZONE", "UTC"});
    command.parser.addPositionalArgument(
        "FILE",
        "EVENTS.json (from 'events --format json'), EVENTS.jsonl (from 'extract') or "
        "EVENTS.csv.");
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
    const QString path = files.front();
    std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
    auto format = formatOf(path, in);
    if (!format)
        return fail(format.error().message);
    io::ImportOptions options;
    options.timeZone = command.parser.value("timezone").toStdString();

    auto document = store::Document::open(db.toStdString(), store::OpenMode::CreateOrOpen);
    if (!document)
        return fail(document.error().message);
    const std::string name = QFileInfo(path).fileName().toStdString();
    Result<pipeline::EventImportReport> report = Error{""};
    {
        ImportProgress progress(name, static_cast<std::uint64_t>(QFileInfo(path).size()));
        report = pipeline::importEventsFile(*document, in, *format, options, std::ref(progress));
    }
    if (!report) {
        // A damaged document is the document's fault; anything else is the file's, by line.
        const Error blamed = blameDamagedDocument(*document, report.error());
        if (blamed.message != report.error().message)
            return fail(blamed.message);
        return fail(name + ": " + report.error().message);
    }
    std::printf("%s: %lld events read, %lld new.\n", name.c_str(),
                static_cast<long long>(report->eventsRead),
                static_cast<long long>(report->eventsAdded));
    return kSuccess;
}

}  // namespace yeonpyo::cli
