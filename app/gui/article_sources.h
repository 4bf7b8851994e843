// Where articles to import come from: dropped or pasted files, folders and URLs, and reading them.
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

#include "core/model/result.h"
#include "core/pipeline/ingest.h"

class QMimeData;

namespace yeonpyo::gui {

/// The local files and folders and the http(s) URLs that dragged or copied data carries, in
/// order; empty when it carries none (text alone, or other schemes such as ftp: or mailto:).
QStringList articleSourcesIn(const QMimeData& mime);

/// An http or https URL with a host: something to download as an article.
bool isArticleUrl(const QString& text);

/// The article files (.txt, .html, .htm, .md, any case) under a folder, recursively, sorted by
/// path; hidden files and folders are skipped.
QStringList articleFilesIn(const QString& folder);

/// What pasted text is: one http(s) URL alone (surrounding blanks allowed) to download, or an
/// article's own text.
struct PastedArticle {
    std::optional<QString> url;
    std::optional<pipeline::IngestInput> text;
};
/// std::nullopt when the text holds nothing but blanks.
std::optional<PastedArticle> pastedArticle(const QString& text, const QString& name);

/// Reads every source completely: files (at most text::kMaxArticleBytes each), the article files
/// of folders (see articleFilesIn), and URLs (downloaded; blocks, so call it off the GUI thread).
/// The first source that cannot be read is an error sentence naming it, as is a folder without
/// any article file. Stops with an error when `cancel` becomes true between two sources.
Result<std::vector<pipeline::IngestInput>> readArticleSources(
    const QStringList& sources, const std::atomic<bool>* cancel = nullptr);

}  // namespace yeonpyo::gui
