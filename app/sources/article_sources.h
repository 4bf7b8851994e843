// Turning what a user names (files, folders, feeds, URLs, standard input) into the articles an
// ingest reads, all read before anything is stored.
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/model/result.h"
#include "core/pipeline/ingest.h"

namespace yeonpyo::sources {

/// What collecting found besides the articles to read.
struct CollectedArticles {
    std::vector<pipeline::IngestInput> inputs;
    /// Feed items not fetched because an article from their link is already stored.
    std::vector<std::string> alreadyStored;
    /// `cancel` was set: collecting stopped early and the list is incomplete.
    bool cancelled = false;
};

struct CollectOptions {
    /// Links of articles the document already holds: feed items linking there are not fetched.
    std::set<std::string> storedLinks;
    /// Told the name of each source before it is read (a file, a folder, a feed, a link).
    std::function<void(const QString&)> reading;
    /// When set by another thread, collecting stops before the next source, file or item.
    const std::atomic<bool>* cancel = nullptr;
};

/// Reads every source completely before anything is written:
/// - a file (.txt, .html, .htm, .md, or any other name, whose content then decides);
/// - `-`, standard input;
/// - a folder: every .txt, .html, .htm and .md file in it and its subfolders, in path order,
///   leaving out hidden files and folders;
/// - an RSS or Atom feed, a file (.xml, .rss, .atom) or an http(s) URL whose answer is XML:
///   each item becomes an article, from the content the feed carries or else fetched from its
///   link (unless storedLinks has it), with the item's date as its reference date;
/// - any other http(s) URL: the article it serves.
/// The first source that cannot be read is an error sentence naming it (a missing or unreadable
/// file, a folder without articles, a feed that is not XML, a failed download), and then no
/// article at all is returned.
Result<CollectedArticles> collectArticles(const QStringList& sources,
                                          const CollectOptions& options = {});

}  // namespace yeonpyo::sources
