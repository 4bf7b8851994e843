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

/// Opens the document read-only and reads everything the panels show; one sentence on failure.
Result<TimelineContent> readTimeline(const QString& path);
/// Opens the document read-only and reads its articles with their texts.
Result<std::vector<Article>> readArticles(const QString& path);

}  // namespace yeonpyo::gui
