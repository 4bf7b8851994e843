// The subcommand interface of yeonpyo-cli and the shared way to report errors and parse options.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace yeonpyo::cli {

/// Exit codes: 0 success, 1 the operation failed, 2 the command line was wrong.
enum ExitCode { kSuccess = 0, kFailure = 1, kUsage = 2 };

/// Writes "yeonpyo-cli: <sentence>" to standard error and returns kFailure.
int fail(const QString& sentence);
int fail(const std::string& sentence);

/// Writes a usage error and the command's help hint to standard error; returns kUsage.
int usageError(const QString& command, const QString& sentence);

/// A parser set up for one subcommand: --help and the common --db option.
struct CommandParser {
    QCommandLineParser parser;
    QString command;

    explicit CommandParser(QString commandName, QString description);
    void addDatabaseOption();
    /// Parses arguments (without the program and command names). On --help prints help and
    /// returns kSuccess through exitCode; on an error reports it and returns kUsage.
    bool parse(const QStringList& arguments, int& exitCode);
    /// The value of a required option, or reports it missing.
    bool required(const QString& option, QString& value, int& exitCode) const;
};

/// Registered subcommands.
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList&)> run;
};

int runIngest(const QStringList& arguments);
int runEvents(const QStringList& arguments);
int runExtract(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runRender(const QStringList& arguments);
int runSearch(const QStringList& arguments);
int runTimex(const QStringList& arguments);
int runDates(const QStringList& arguments);
int runSetDate(const QStringList& arguments);

}  // namespace yeonpyo::cli
