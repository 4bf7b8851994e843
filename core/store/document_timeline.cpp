// Adding a whole imported timeline at once (TimelineImport adds one part by part).
#include "core/store/document.h"
#include "core/store/timeline_import.h"

namespace yeonpyo::store {

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
        TimelineImport import(*this);
        if (auto added = import.addArticles(articles); !added)
            return added;
        auto eventIds = import.addEvents(events);
        if (!eventIds)
            return eventIds.error();
        if (auto linked = import.finish(); !linked)
            return linked;
        stored.articleIds = import.articleIds();
        stored.eventIds = std::move(*eventIds);
        stored.articlesAdded = import.articlesAdded();
        stored.eventsAdded = static_cast<int>(import.eventsAdded());
        return success();
    });
    if (!status)
        return status.error();
    return stored;
}

}  // namespace yeonpyo::store
