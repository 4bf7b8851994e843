// Runs the real yeonpyo-cli executable for end-to-end tests, and a document ingested from the
// bundled sample articles through it.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace yeonpyo::cli::testing {

/// What a run of yeonpyo-cli left behind.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /// Standard error's lines, without the trailing empty one.
    QStringList errorLines() const;
};

/// Runs yeonpyo-cli with arguments (offscreen, C.UTF-8, plus the given environment variables)
/// and waits for it to end, running this thread's event loop meanwhile when there is an
/// application object (so that a test's local server can answer it).
CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {});

/// A temporary folder with sample.yeonpyo made by `yeonpyo-cli ingest` from
/// resources/samples/*.txt; ok() is false (and error() says why) when that failed.
class SampleDocument {
public:
    SampleDocument();
    bool ok() const { return ok_; }
    const QString& error() const { return error_; }
    QString path() const { return dir_.filePath(QStringLiteral("sample.yeonpyo")); }
    /// A path for an output file in the same folder.
    QString file(const QString& name) const { return dir_.filePath(name); }

private:
    QTemporaryDir dir_;
    bool ok_ = false;
    QString error_;
};

}  // namespace yeonpyo::cli::testing
