// Article sources from drops and the clipboard, folders walked for article files, and reading.
#include "app/gui/article_sources.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

#include "app/gui/import_controller.h"
#include "app/net/url_fetcher.h"
#include "core/text/loader.h"

namespace yeonpyo::gui {
namespace {

constexpr qint64 kMaxBytes = static_cast<qint64>(text::kMaxArticleBytes);

bool isArticleFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") ||
           suffix == QLatin1String("htm") || suffix == QLatin1String("md");
}

Result<std::string> readFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ImportController::tr("%1 does not exist.").arg(path).toStdString()};
    if (info.size() > kMaxBytes) {
        return Error{ImportController::tr("%1 is larger than the limit of %2 MB for one article.")
                         .arg(path)
                         .arg(kMaxBytes >> 20)
                         .toStdString()};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportController::tr("%1 could not be read: %2.")
                         .arg(path, file.errorString())
                         .toStdString()};
    return file.read(kMaxBytes + 1).toStdString();
}

/// The files a source stands for: itself, or a folder's article files.
Result<QStringList> filesOf(const QString& source) {
    if (!QFileInfo(source).isDir())
        return QStringList{source};
    QStringList files = articleFilesIn(source);
    if (files.isEmpty()) {
        return Error{ImportController::tr("%1 holds no article files (.txt, .html, .htm or .md).")
                         .arg(source)
                         .toStdString()};
    }
    return files;
}

Error cancelled() {
    return Error{ImportController::tr("Reading the articles was cancelled.").toStdString()};
}

}  // namespace

bool isArticleUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QStringList articleSourcesIn(const QMimeData& mime) {
    QStringList sources;
    for (const QUrl& url : mime.urls()) {
        if (url.isLocalFile())
            sources << url.toLocalFile();
        else if (isArticleUrl(url.toString()))
            sources << url.toString();
    }
    return sources;
}

QStringList articleFilesIn(const QString& folder) {
    QStringList files;
    QDirIterator walk(folder, QDir::Files | QDir::NoDotAndDotDot,
                      QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (walk.hasNext()) {
        const QString path = walk.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        const bool hidden =
            relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/."));
        if (isArticleFile(path) && !hidden)
            files << path;
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<PastedArticle> pastedArticle(const QString& text, const QString& name) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1Char('\n')) && isArticleUrl(trimmed))
        return PastedArticle{trimmed, std::nullopt};
    return PastedArticle{std::nullopt,
                         pipeline::IngestInput{name.toStdString(), text.toStdString(), {}}};
}

Result<std::vector<pipeline::IngestInput>> readArticleSources(const QStringList& sources,
                                                              const std::atomic<bool>* cancel) {
    std::vector<pipeline::IngestInput> inputs;
    for (const QString& source : sources) {
        if (isArticleUrl(source)) {
            if (cancel != nullptr && cancel->load())
                return cancelled();
            auto body = net::fetchUrl(QUrl(source));
            if (!body)
                return body.error();
            inputs.push_back(
                {net::displayUrl(QUrl(source)).toStdString(), body->toStdString(), {}});
            continue;
        }
        auto files = filesOf(source);
        if (!files)
            return files.error();
        for (const QString& path : *files) {
            if (cancel != nullptr && cancel->load())
                return cancelled();
            auto bytes = readFile(path);
            if (!bytes)
                return bytes.error();
            inputs.push_back({path.toStdString(), std::move(*bytes), {}});
        }
    }
    return inputs;
}

}  // namespace yeonpyo::gui
