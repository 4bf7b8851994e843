// Feed reading with QXmlStreamReader: one pass, items by their local element names, so that RSS
// 2.0, RSS 1.0 and Atom share one loop.
#include "app/sources/feed_reader.h"

#include <QXmlStreamReader>

namespace yeonpyo::sources {
namespace {

const QString kContentNamespace = QStringLiteral("http://purl.org/rss/1.0/modules/content/");

QDateTime parseDate(const QString& text) {
    const QString trimmed = text.trimmed();
    QDateTime date = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!date.isValid())
        date = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(trimmed, Qt::ISODate);
    return date;
}

bool isItem(const QXmlStreamReader& xml) {
    return xml.name() == QLatin1String("item") || xml.name() == QLatin1String("entry");
}

/// Reads the child elements of one item up to its end tag.
void readItem(QXmlStreamReader& xml, FeedItem& item) {
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("title")) {
            item.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (name == QLatin1String("link")) {
            const QString href = xml.attributes().value(QLatin1String("href")).toString();
            const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (item.link.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")))
                item.link = href.isEmpty() ? text.trimmed() : href.trimmed();
        } else if ((name == QLatin1String("encoded") && xml.namespaceUri() == kContentNamespace) ||
                   name == QLatin1String("content")) {
            item.content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            item.fullContent = !item.content.trimmed().isEmpty();
        } else if (name == QLatin1String("description") || name == QLatin1String("summary")) {
            const QString summary = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!item.fullContent)
                item.content = summary;
        } else if (name == QLatin1String("pubDate") || name == QLatin1String("date") ||
                   name == QLatin1String("published") ||
                   (name == QLatin1String("updated") && !item.published.isValid())) {
            const QDateTime date = parseDate(xml.readElementText());
            if (date.isValid())
                item.published = date;
        } else {
            xml.skipCurrentElement();
        }
    }
}

QString notAFeed(const QString& why) {
    return QStringLiteral("it is not an RSS or Atom feed: %1").arg(why);
}

}  // namespace

bool looksLikeXml(const QByteArray& bytes) {
    QByteArray start = bytes.left(512);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed();
    return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed") ||
           start.startsWith("<rdf:RDF");
}

Result<std::vector<FeedItem>> readFeed(const QByteArray& bytes) {
    QXmlStreamReader xml(bytes);
    std::vector<FeedItem> items;
    bool rootChecked = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (!rootChecked) {
            const auto root = xml.name();
            if (root != QLatin1String("rss") && root != QLatin1String("RDF") &&
                root != QLatin1String("feed")) {
                return Error{notAFeed(QStringLiteral("its root element is <%1>")
                                          .arg(xml.qualifiedName().toString()))
                                 .toStdString()};
            }
            rootChecked = true;
            continue;
        }
        if (isItem(xml)) {
            FeedItem item;
            readItem(xml, item);
            items.push_back(std::move(item));
        }
    }
    if (xml.hasError()) {
        return Error{notAFeed(QStringLiteral("the XML is not well-formed at line %1 (%2)")
                                  .arg(xml.lineNumber())
                                  .arg(xml.errorString()))
                         .toStdString()};
    }
    if (!rootChecked)
        return Error{notAFeed(QStringLiteral("it holds no XML element")).toStdString()};
    return items;
}

}  // namespace yeonpyo::sources
