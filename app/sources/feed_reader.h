// Reading RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item's title, link, content and date.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

#include "core/model/result.h"

namespace yeonpyo::sources {

/// One item (RSS) or entry (Atom) of a feed.
struct FeedItem {
    QString title;
    QString link;     ///< The article's address (RSS <link>, Atom <link rel="alternate">).
    QString content;  ///< The article as HTML, when the feed carries it (content:encoded, Atom
                      ///< <content>); else the summary (<description>, <summary>); may be empty.
    bool fullContent = false;  ///< `content` is the article itself, not only a summary.
    QDateTime published;       ///< pubDate, dc:date, Atom published or updated; may be invalid.
};

/// True when the bytes start (after white space and a byte order mark) like XML, which is how a
/// feed fetched from a URL is told from a web page.
bool looksLikeXml(const QByteArray& bytes);

/// Reads a feed's items in document order. Fails with one sentence, naming the line, when the
/// bytes are not well-formed XML or the root element is not <rss>, <rdf:RDF> or <feed>.
Result<std::vector<FeedItem>> readFeed(const QByteArray& bytes);

}  // namespace yeonpyo::sources
