// Collecting articles from files, folders, feeds and URLs, with the article size limit applied
// before reading.
#include "app/sources/article_sources.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

#include "app/net/url_fetcher.h"
#include "app/sources/feed_reader.h"
#include "core/text/loader.h"

namespace yeonpyo::sources {
namespace {

constexpr qint64 kMaxBytes = static_cast<qint64>(text::kMaxArticleBytes);

const QStringList kArticleSuffixes = {QStringLiteral("txt"), QStringLiteral("html"),
                                      QStringLiteral("htm"), QStringLiteral("md")};
const QStringList kFeedSuffixes = {QStringLiteral("xml"), QStringLiteral("rss"),
                                   QStringLiteral("atom")};

Error sentence(const QString& text) {
    return Error{text.toStdString()};
}

Error tooLarge(const QString& name) {
    return sentence(QStringLiteral("%1 is larger than the limit of %2 MB for one article.")
                        .arg(name)
                        .arg(kMaxBytes >> 20));
}

bool isWebAddress(const QString& source) {
    return source.startsWith(QLatin1String("http://")) ||
           source.startsWith(QLatin1String("https://"));
}

bool hasSuffix(const QString& path, const QStringList& suffixes) {
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Result<QByteArray> readStandardInput() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return sentence(QStringLiteral("Standard input could not be read."));
    const QByteArray bytes = in.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return tooLarge(QStringLiteral("Standard input"));
    return bytes;
}

Result<QByteArray> readFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return sentence(QStringLiteral("%1 does not exist.").arg(path));
    if (info.size() > kMaxBytes)
        return tooLarge(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sentence(QStringLiteral("%1 could not be read: %2.").arg(path, file.errorString()));
    return file.read(kMaxBytes + 1);
}

/// An HTML page holding a feed item's own content, its title and date in the places the
/// article loader reads them from.
std::string itemPage(const FeedItem& item) {
    QString page = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") +
                   item.title.toHtmlEscaped() + QStringLiteral("</title>");
    if (item.published.isValid()) {
        page += QStringLiteral("<meta property=\"article:published_time\" content=\"%1\">")
                    .arg(item.published.toString(Qt::ISODate));
    }
    return (page + QStringLiteral("</head><body>") + item.content +
            QStringLiteral("</body></html>"))
        .toStdString();
}

class Collector {
public:
    explicit Collector(const CollectOptions& options) : options_(options) {}

    /// Whether to go on: false once the user cancelled (and then the result says so).
    bool proceed(const QString& name) {
        if (options_.cancel != nullptr && options_.cancel->load())
            collected_.cancelled = true;
        if (!collected_.cancelled && options_.reading)
            options_.reading(name);
        return !collected_.cancelled;
    }

    Status add(const QString& source) {
        if (!proceed(source))
            return success();
        if (source == QLatin1String("-")) {
            auto bytes = readStandardInput();
            if (!bytes)
                return bytes.error();
            return addArticle("stdin", *bytes, std::nullopt);
        }
        if (isWebAddress(source))
            return addAddress(source);
        if (QFileInfo(source).isDir())
            return addFolder(source);
        auto bytes = readFile(source);
        if (!bytes)
            return bytes.error();
        if (hasSuffix(source, kFeedSuffixes))
            return addFeed(source, *bytes);
        return addArticle(source.toStdString(), *bytes, std::nullopt);
    }

    CollectedArticles take() { return std::move(collected_); }

private:
    Status addArticle(std::string name, const QByteArray& bytes,
                      std::optional<temporal::CivilDate> date) {
        collected_.inputs.push_back({std::move(name), bytes.toStdString(), date});
        return success();
    }

    Status addAddress(const QString& address) {
        const QUrl url(address);
        auto body = net::fetchUrl(url);
        if (!body)
            return body.error();
        if (hasSuffix(url.path(), kFeedSuffixes) || looksLikeXml(*body))
            return addFeed(net::displayUrl(url), *body);
        return addArticle(net::displayUrl(url).toStdString(), *body, std::nullopt);
    }

    Status addFolder(const QString& folder) {
        QStringList files;
        QDirIterator walk(folder, QDir::AllEntries | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
        while (walk.hasNext()) {
            const QFileInfo info(walk.next());
            if (isHidden(folder, info.filePath()))
                continue;
            if (info.isDir() && !(info.isReadable() && info.isExecutable())) {
                return sentence(QStringLiteral("%1 could not be read: permission denied.")
                                    .arg(info.filePath()));
            }
            if (info.isFile() && hasSuffix(info.filePath(), kArticleSuffixes))
                files << info.filePath();
        }
        if (files.isEmpty()) {
            return sentence(QStringLiteral("%1 is a folder without .txt, .html, .htm or .md files.")
                                .arg(folder));
        }
        std::sort(files.begin(), files.end());
        for (const QString& path : files) {
            if (!proceed(path))
                return success();
            auto bytes = readFile(path);
            if (!bytes)
                return bytes.error();
            if (auto added = addArticle(path.toStdString(), *bytes, std::nullopt); !added)
                return added;
        }
        return success();
    }

    Status addFeed(const QString& name, const QByteArray& bytes) {
        auto items = readFeed(bytes);
        if (!items)
            return sentence(name + QStringLiteral(" could not be read: ") +
                            QString::fromStdString(items.error().message) + QLatin1Char('.'));
        for (std::size_t index = 0; index < items->size(); ++index) {
            if (auto added = addItem(name, (*items)[index], index + 1); !added)
                return added;
        }
        return success();
    }

    Status addItem(const QString& feed, const FeedItem& item, std::size_t number) {
        std::optional<temporal::CivilDate> date;
        if (item.published.isValid()) {
            const QDate day = item.published.date();
            date = temporal::CivilDate{day.year(), day.month(), day.day()};
        }
        const std::string link =
            isWebAddress(item.link) ? net::displayUrl(QUrl(item.link)).toStdString() : "";
        if (!item.fullContent && !link.empty()) {
            if (options_.storedLinks.contains(link)) {
                collected_.alreadyStored.push_back(link);
                return success();
            }
            if (!proceed(item.link))
                return success();
            auto body = net::fetchUrl(QUrl(item.link));
            if (!body)
                return body.error();
            return addArticle(link, *body, date);
        }
        if (item.content.trimmed().isEmpty()) {
            return sentence(QStringLiteral("Item %1 of %2 has neither content nor a link.")
                                .arg(number)
                                .arg(feed));
        }
        const std::string name =
            link.empty() ? feed.toStdString() + "#" + std::to_string(number) : link;
        return addArticle(name, QByteArray::fromStdString(itemPage(item)), date);
    }

    static bool isHidden(const QString& folder, const QString& path) {
        const QString relative = QDir(folder).relativeFilePath(path);
        return relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/."));
    }

    const CollectOptions& options_;
    CollectedArticles collected_;
};

}  // namespace

Result<CollectedArticles> collectArticles(const QStringList& sources,
                                          const CollectOptions& options) {
    Collector collector(options);
    for (const QString& source : sources) {
        if (auto added = collector.add(source); !added)
            return added.error();
    }
    return collector.take();
}

}  // namespace yeonpyo::sources
