// Reads a whole timeline document (articles with their text, events) for the panels.
#pragma once

#include <QString>

#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::gui {

struct TimelineContent {
    std::vector<Article> articles;
    std::vector<Event> events;
};

/// The viewer edits what it shows, so a document of an older schema is upgraded when it opens
/// (in one transaction). Does nothing to a current document; a file that cannot be written
/// (read-only, damaged) is left alone for the read-only open to explain.
void upgradeForEditing(const QString& path);
/// Opens the document read-only and reads everything the panels show; one sentence on failure.
Result<TimelineContent> readTimeline(const QString& path);
/// Opens the document read-only and reads its articles with their texts.
Result<std::vector<Article>> readArticles(const QString& path);

}  // namespace yeonpyo::gui
