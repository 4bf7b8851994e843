// Adding a whole imported timeline: articles de-duplicated, equal events merged, ids remapped.
#include <unordered_map>

#include "core/store/document.h"

namespace yeonpyo::store {
namespace {

/// `event` with the article ids of its quotes and conflicts translated from the file's ids to
/// row ids.
Result<Event> withStoredArticles(
    const Event& event, const std::unordered_map<std::int64_t, std::int64_t>& articleRowOf) {
    Event remapped = event;
    for (Quote& quote : remapped.quotes) {
        const auto found = articleRowOf.find(quote.articleId);
        if (found == articleRowOf.end()) {
            return Error{"Event " + std::to_string(event.id) + " quotes article " +
                         std::to_string(quote.articleId) + ", which is not among the articles."};
        }
        quote.articleId = found->second;
    }
    for (SourceConflict& conflict : remapped.conflicts) {
        if (conflict.articleId == 0)
            continue;  // the source is not known
        const auto found = articleRowOf.find(conflict.articleId);
        if (found == articleRowOf.end()) {
            return Error{"Event " + std::to_string(event.id) + " cites article " +
                         std::to_string(conflict.articleId) +
                         " for a conflict, which is not among the articles."};
        }
        conflict.articleId = found->second;
    }
    return remapped;
}

}  // namespace

Result<std::optional<std::int64_t>> Document::findEqualEvent(const Event& event) {
    auto query = cached(
        "SELECT id FROM event WHERE begin_utc IS ?1 AND title = ?2 AND time_start = ?3 AND "
        "place_name = ?4 ORDER BY id LIMIT 1");
    if (!query)
        return query.error();
    (*query)->bindAll(event.time.beginUtc, event.title, event.time.start, event.place.name);
    auto row = (*query)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>{(*query)->int64At(0)};
}

Result<StoredTimeline> Document::addTimeline(const std::vector<Article>& articles,
                                             const std::vector<Event>& events) {
    StoredTimeline stored;
    auto status = transaction([&]() -> Status {
        ProvisionalIds articleRowOf;
        for (const Article& article : articles) {
            auto added = addArticle(article);
            if (!added)
                return added.error();
            articleRowOf[article.id] = added->id;
            stored.articleIds.push_back(added->id);
            stored.articlesAdded += added->added ? 1 : 0;
        }
        ProvisionalIds rowIdOf;
        std::vector<Event> fresh;
        std::vector<std::size_t> freshInputs;
        std::vector<std::pair<Event, std::int64_t>> merged;  // with the row id it merges into
        stored.eventIds.assign(events.size(), 0);
        for (std::size_t input = 0; input < events.size(); ++input) {
            auto remapped = withStoredArticles(events[input], articleRowOf);
            if (!remapped)
                return remapped.error();
            auto equal = findEqualEvent(*remapped);
            if (!equal)
                return equal.error();
            if (!*equal) {
                fresh.push_back(std::move(remapped).value());
                freshInputs.push_back(input);
                continue;
            }
            if (events[input].id != 0)
                rowIdOf[events[input].id] = **equal;
            stored.eventIds[input] = **equal;
            merged.emplace_back(std::move(remapped).value(), **equal);
        }
        std::vector<std::int64_t> freshIds;
        if (auto added = insertEvents(fresh, rowIdOf, freshIds); !added)
            return added;
        for (std::size_t k = 0; k < freshIds.size(); ++k)
            stored.eventIds[freshInputs[k]] = freshIds[k];
        for (auto& [event, rowId] : merged) {
            for (std::int64_t& after : event.after) {
                const auto found = rowIdOf.find(after);
                if (found == rowIdOf.end()) {
                    return Error{"Event " + std::to_string(event.id) + " follows event " +
                                 std::to_string(after) + ", which is not among the events."};
                }
                after = found->second;
            }
            event.id = rowId;
            if (auto done = updateEvent(event, EditOrigin::Import); !done)
                return done;
        }
        stored.eventsAdded = static_cast<int>(fresh.size());
        return success();
    });
    if (!status)
        return status.error();
    return stored;
}

}  // namespace yeonpyo::store
