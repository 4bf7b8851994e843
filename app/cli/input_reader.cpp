// Input reading for `yeonpyo-cli ingest`, with the size limit of core/text applied before reading.
#include "app/cli/input_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

#include "app/net/url_fetcher.h"
#include "core/text/loader.h"

namespace yeonpyo::cli {
namespace {

constexpr qint64 kMaxBytes = static_cast<qint64>(text::kMaxArticleBytes);

Error tooLarge(const QString& name) {
    return Error{QStringLiteral("%1 is larger than the limit of %2 MB for one article.")
                     .arg(name)
                     .arg(kMaxBytes >> 20)
                     .toStdString()};
}

Result<std::string> readStandardInput() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error{"Standard input could not be read."};
    const QByteArray bytes = in.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return tooLarge(QStringLiteral("Standard input"));
    return bytes.toStdString();
}

Result<std::string> readFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QStringLiteral("%1 does not exist.").arg(path).toStdString()};
    if (info.isDir())
        return Error{
            QStringLiteral("%1 is a folder, not an article file.").arg(path).toStdString()};
    if (info.size() > kMaxBytes)
        return tooLarge(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("%1 could not be read: %2.")
                         .arg(path, file.errorString())
                         .toStdString()};
    }
    return file.read(kMaxBytes + 1).toStdString();
}

Result<std::string> readOne(const QString& argument) {
    if (argument == QLatin1String("-"))
        return readStandardInput();
    if (argument.startsWith(QLatin1String("http://")) ||
        argument.startsWith(QLatin1String("https://"))) {
        auto body = net::fetchUrl(QUrl(argument));
        if (!body)
            return body.error();
        return body->toStdString();
    }
    return readFile(argument);
}

}  // namespace

Result<std::vector<pipeline::IngestInput>> readInputs(const QStringList& arguments) {
    std::vector<pipeline::IngestInput> inputs;
    for (const QString& argument : arguments) {
        auto bytes = readOne(argument);
        if (!bytes)
            return bytes.error();
        QString name = argument;
        if (argument == QLatin1String("-"))
            name = QStringLiteral("stdin");
        if (argument.contains(QLatin1String("://")))
            name = net::displayUrl(QUrl(argument));
        inputs.push_back({name.toStdString(), std::move(*bytes), std::nullopt});
    }
    return inputs;
}

}  // namespace yeonpyo::cli
