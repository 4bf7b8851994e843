// TimelineImport: articles de-duplicated, equal events merged, file ids mapped to row ids, and
// ordering links written once every event of the file has its row.
#include "core/store/timeline_import.h"

#include <string>

#include "core/store/document.h"

namespace yeonpyo::store {

Status TimelineImport::addArticles(const std::vector<Article>& articles) {
    for (const Article& article : articles) {
        auto added = document_.addArticle(article);
        if (!added)
            return added.error();
        articleRowOf_[article.id] = added->id;
        articleIds_.push_back(added->id);
        articlesAdded_ += added->added ? 1 : 0;
    }
    return success();
}

Result<Event> withArticleRows(const Event& event, const ArticleRows& rowOf) {
    Event remapped = event;
    for (Quote& quote : remapped.quotes) {
        const auto found = rowOf.find(quote.articleId);
        if (found == rowOf.end()) {
            return Error{"Event " + std::to_string(event.id) + " quotes article " +
                         std::to_string(quote.articleId) + ", which is not among the articles."};
        }
        quote.articleId = found->second;
    }
    for (SourceConflict& conflict : remapped.conflicts) {
        if (conflict.articleId == 0)
            continue;  // the source is not known
        const auto found = rowOf.find(conflict.articleId);
        if (found == rowOf.end()) {
            return Error{"Event " + std::to_string(event.id) + " cites article " +
                         std::to_string(conflict.articleId) +
                         " for a conflict, which is not among the articles."};
        }
        conflict.articleId = found->second;
    }
    return remapped;
}

Status TimelineImport::remember(const Event& event, std::int64_t rowId) {
    if (event.id != 0 && !eventRowOf_.emplace(event.id, rowId).second)
        return Error{"Two events have the same id " + std::to_string(event.id) + "."};
    for (std::int64_t after : event.after)
        pendingLinks_.push_back({rowId, event.id, after});
    return success();
}

Result<std::vector<std::int64_t>> TimelineImport::addEvents(const std::vector<Event>& events) {
    std::vector<Event> fresh;
    std::vector<std::size_t> freshInputs;
    std::vector<std::int64_t> ids(events.size(), 0);
    for (std::size_t input = 0; input < events.size(); ++input) {
        auto remapped = withArticleRows(events[input], articleRowOf_);
        if (!remapped)
            return remapped.error();
        remapped->after.clear();  // written by finish(), once every event has its row
        auto equal = document_.findEqualEvent(*remapped);
        if (!equal)
            return equal.error();
        if (!*equal) {
            fresh.push_back(std::move(remapped).value());
            freshInputs.push_back(input);
            continue;
        }
        ids[input] = **equal;
        remapped->id = **equal;
        if (auto done = document_.updateEvent(*remapped, EditOrigin::Import); !done)
            return done.error();
        if (auto done = remember(events[input], **equal); !done)
            return done.error();
    }
    Document::ProvisionalIds unused;
    std::vector<std::int64_t> freshIds;
    if (auto added = document_.insertEvents(fresh, unused, freshIds); !added)
        return added.error();
    for (std::size_t k = 0; k < freshIds.size(); ++k) {
        ids[freshInputs[k]] = freshIds[k];
        if (auto done = remember(events[freshInputs[k]], freshIds[k]); !done)
            return done.error();
    }
    eventsRead_ += static_cast<std::int64_t>(events.size());
    eventsAdded_ += static_cast<std::int64_t>(fresh.size());
    return ids;
}

Status TimelineImport::finish() {
    for (const PendingLink& link : pendingLinks_) {
        const auto found = eventRowOf_.find(link.afterFileId);
        if (found == eventRowOf_.end()) {
            return Error{"Event " + std::to_string(link.fileId) + " follows event " +
                         std::to_string(link.afterFileId) + ", which is not in the file."};
        }
        auto done =
            document_.writeAfterLinks(link.rowId, {found->second}, Document::DetailWrite::Fresh);
        if (!done)
            return done;
    }
    pendingLinks_.clear();
    return success();
}

}  // namespace yeonpyo::store
