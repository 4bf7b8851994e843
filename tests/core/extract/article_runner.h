// Loads an article file with the real loader and extracts its events, as the golden and evaluation
// tests do.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"
#include "gold.h"

namespace yeonpyo::testing {

struct ExtractedArticle {
    Article article;
    std::vector<Event> events;
};

/// Loads path with text::loadArticleFile and extracts with the gold's reference date and zone.
Result<ExtractedArticle> extractFile(const std::filesystem::path& path, const GoldFile& gold);

/// Every *.txt in dir that has a .gold.json beside it, sorted by name.
std::vector<std::filesystem::path> articlesWithGold(const std::filesystem::path& dir);

/// The gold file beside an article ("x.txt" → "x.gold.json").
std::filesystem::path goldPathOf(const std::filesystem::path& article);

/// Writes the events as JSON to <build dir>/extract-failures/<name>.fail.json; returns that path.
std::filesystem::path writeFailure(const std::filesystem::path& article,
                                   const std::vector<Event>& events);

/// Makes the process run under a French locale and a Los Angeles time zone, so that nothing
/// works only by luck of the machine's settings (falls back to C.UTF-8 when French is missing).
void useForeignEnvironment();

}  // namespace yeonpyo::testing
