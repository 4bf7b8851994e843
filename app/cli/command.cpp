// Error reporting and option parsing shared by the yeonpyo-cli subcommands.
#include "app/cli/command.h"

#include <cstdio>

namespace yeonpyo::cli {

int fail(const QString& sentence) {
    std::fprintf(stderr, "yeonpyo-cli: %s\n", qPrintable(sentence));
    return kFailure;
}

int fail(const std::string& sentence) {
    return fail(QString::fromStdString(sentence));
}

int usageError(const QString& command, const QString& sentence) {
    std::fprintf(stderr, "yeonpyo-cli %s: %s\nTry 'yeonpyo-cli %s --help'.\n", qPrintable(command),
                 qPrintable(sentence), qPrintable(command));
    return kUsage;
}

CommandParser::CommandParser(QString commandName, QString description)
    : command(std::move(commandName)) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
}

void CommandParser::addDatabaseOption() {
    parser.addOption({"db", "The timeline document (a SQLite file).", "FILE"});
}

bool CommandParser::parse(const QStringList& arguments, int& exitCode) {
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("yeonpyo-cli ") + command);
    if (!parser.parse(withProgram)) {
        exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = kSuccess;
        return false;
    }
    return true;
}

bool CommandParser::required(const QString& option, QString& value, int& exitCode) const {
    value = parser.value(option);
    if (value.isEmpty()) {
        exitCode = usageError(command, QStringLiteral("the option --%1 is required.").arg(option));
        return false;
    }
    return true;
}

}  // namespace yeonpyo::cli
