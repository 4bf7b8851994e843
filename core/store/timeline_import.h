// TimelineImport: adds an imported timeline to a document part by part, for files too large to
// hold in memory at once.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::store {

class Document;

/// File article id → row id.
using ArticleRows = std::unordered_map<std::int64_t, std::int64_t>;

/// `event` with the article ids of its quotes and conflicts translated to row ids; fails naming
/// an article the map does not have.
Result<Event> withArticleRows(const Event& event, const ArticleRows& rowOf);

/// Adds the articles and events of one file (ids are the file's own) inside the caller's
/// transaction: articles are de-duplicated, an event equal in title, start and place name to a
/// stored one is merged into it as an import, and `after` links, which may point forward in the
/// file, are written by finish().
class TimelineImport {
public:
    explicit TimelineImport(Document& document) : document_(document) {}

    /// Adds articles; later events may quote them by their file ids.
    Status addArticles(const std::vector<Article>& articles);
    /// Adds events that quote articles added before; returns their row ids in input order.
    Result<std::vector<std::int64_t>> addEvents(const std::vector<Event>& events);
    /// Writes the ordering links; fails when one names an event the file did not have.
    Status finish();

    const std::vector<std::int64_t>& articleIds() const { return articleIds_; }
    int articlesAdded() const { return articlesAdded_; }
    std::int64_t eventsRead() const { return eventsRead_; }
    std::int64_t eventsAdded() const { return eventsAdded_; }

private:
    /// Notes the event's file id (refusing a repeated one) and the links it will need.
    Status remember(const Event& event, std::int64_t rowId);

    /// An ordering link to write once the event it points to has its row.
    struct PendingLink {
        std::int64_t rowId = 0;
        std::int64_t fileId = 0;
        std::int64_t afterFileId = 0;
    };

    Document& document_;
    ArticleRows articleRowOf_;
    std::unordered_map<std::int64_t, std::int64_t> eventRowOf_;
    std::vector<PendingLink> pendingLinks_;
    std::vector<std::int64_t> articleIds_;
    int articlesAdded_ = 0;
    std::int64_t eventsRead_ = 0;
    std::int64_t eventsAdded_ = 0;
};

}  // namespace yeonpyo::store
