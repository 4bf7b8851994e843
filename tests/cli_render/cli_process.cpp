// CliRun and SampleDocument: yeonpyo-cli as a child process.
#include "cli_process.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace yeonpyo::cli::testing {
namespace {

constexpr int kTimeoutMs = 120000;  // Debug builds on a shared machine

/// A private runtime folder, so that Qt has nothing to warn about on standard error when the
/// test runner's session has none.
const QTemporaryDir& runtimeDir() {
    static const QTemporaryDir dir;
    return dir;
}

}  // namespace

QStringList CliRun::errorLines() const {
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& extra) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir().path());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(YEONPYO_CLI_PATH), arguments);
    CliRun run;
    QDeadlineTimer deadline(kTimeoutMs);
    if (QCoreApplication::instance()) {
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            process.waitForFinished(10);
        }
    }
    if (process.state() != QProcess::NotRunning &&
        !process.waitForFinished(static_cast<int>(deadline.remainingTime()))) {
        process.kill();
        process.waitForFinished();
        run.err = "yeonpyo-cli did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    } else {
        run.err += "yeonpyo-cli did not exit normally: " + process.errorString().toUtf8();
    }
    return run;
}

SampleDocument::SampleDocument() {
    const QDir samples(QStringLiteral(YEONPYO_SOURCE_DIR "/resources/samples"));
    QStringList arguments{QStringLiteral("ingest"), QStringLiteral("--db"), path()};
    for (const QString& name : samples.entryList({QStringLiteral("*.txt")}, QDir::Files))
        arguments << samples.filePath(name);
    const CliRun run = runCli(arguments);
    ok_ = run.exitCode == 0;
    if (!ok_)
        error_ = QStringLiteral("ingest exited with %1: %2")
                     .arg(run.exitCode)
                     .arg(QString::fromUtf8(run.err));
}

}  // namespace yeonpyo::cli::testing
