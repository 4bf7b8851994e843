// yeonpyo-cli: ingest articles, export events and images, search and test time expressions.
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>
#include <cstdio>
#include <vector>

#include "app/cli/command.h"

namespace {

const std::vector<yeonpyo::cli::Command>& commands() {
    using namespace yeonpyo::cli;
    static const std::vector<Command> list{
        {"ingest", "Read articles and add their events to a timeline document.", runIngest},
        {"events", "Write a document's events as json, csv, ics, geojson, kml or timelinejs.",
         runEvents},
        {"import", "Add events from a JSON or JSON Lines export or a TimelineJS-style CSV file.",
         runImport},
        {"extract", "Turn JSON Lines articles (stdin) into JSON Lines of events (stdout).",
         runExtract},
        {"render", "Export the timeline (and optionally the map) as PNG, SVG or PDF.", runRender},
        {"search", "Full-text search over articles, events and quotes.", runSearch},
        {"timex", "Print the time expressions found in a text, resolved.", runTimex},
        {"dates", "List undated articles with candidate dates and their reasons.", runDates},
        {"set-date", "Date an article and resolve its events again, in place.", runSetDate},
    };
    return list;
}

int printUsage(std::FILE* stream) {
    std::fputs("usage: yeonpyo-cli COMMAND [OPTIONS] [ARGUMENTS]\n\ncommands:\n", stream);
    for (const auto& command : commands()) {
        std::fprintf(stream, "  %-8s %s\n", qPrintable(command.name), qPrintable(command.summary));
    }
    std::fputs("\n'yeonpyo-cli COMMAND --help' describes a command's options.\n", stream);
    return stream == stdout ? yeonpyo::cli::kSuccess : yeonpyo::cli::kUsage;
}

/// Qt warns on standard error when XDG_RUNTIME_DIR is unset (a cron job, a container, su), and
/// the CLI writes only its own sentences there: it names a folder of its own instead, which Qt
/// creates with mode 0700 and checks, as it does for the folder it would default to.
void setRuntimeFolderIfUnset() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString folder =
        QDir::tempPath() + QStringLiteral("/runtime-yeonpyo-%1").arg(::geteuid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    setRuntimeFolderIfUnset();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("yeonpyo-cli");
    QGuiApplication::setApplicationVersion(YEONPYO_VERSION);

    QStringList arguments = QGuiApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty())
        return printUsage(stderr);
    const QString name = arguments.takeFirst();
    if (name == "--help" || name == "-h" || name == "help")
        return printUsage(stdout);
    if (name == "--version") {
        std::printf("yeonpyo-cli %s\n", YEONPYO_VERSION);
        return yeonpyo::cli::kSuccess;
    }
    for (const auto& command : commands()) {
        if (command.name == name)
            return command.run(arguments);
    }
    std::fprintf(stderr, "yeonpyo-cli: '%s' is not a command.\n", qPrintable(name));
    return printUsage(stderr);
}
