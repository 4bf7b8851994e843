// Reading events back fully populated: one, all (by sequence), those of some days, or those
// overlapping a time range.
#include <iterator>
#include <set>
#include <string>
#include <unordered_map>

#include "core/model/order_day.h"
#include "core/store/document.h"
#include "core/store/event_row.h"
#include "core/store/transaction.h"

namespace yeonpyo::store {
namespace {

using EventIndex = std::unordered_map<std::int64_t, Event*>;

std::string idsAsJson(const std::vector<Event>& events) {
    std::string json = "[";
    for (const Event& event : events) {
        if (json.size() > 1)
            json += ',';
        json += std::to_string(event.id);
    }
    return json + "]";
}

/// The SQL of a child-table query, for all events or for those whose ids are bound to ?1.
std::string detailQuery(std::string_view columnsAndTable, std::string_view order, bool allEvents) {
    std::string sql = "SELECT event_id, ";
    sql += columnsAndTable;
    if (!allEvents)
        sql += " WHERE event_id IN (SELECT value FROM json_each(?1))";
    sql += " ORDER BY event_id, ";
    sql += order;
    return sql;
}

}  // namespace

Status Document::fillDetails(std::vector<Event>& events, bool allEvents, Details details) {
    if (events.empty())
        return success();
    EventIndex byId;
    byId.reserve(events.size());
    for (Event& event : events)
        byId.emplace(event.id, &event);
    const std::string ids = allEvents ? std::string{} : idsAsJson(events);

    // Each reader appends the columns after event_id of one row to its event.
    auto readRows = [&](std::string_view columnsAndTable, std::string_view order,
                        auto&& appendTo) -> Status {
        auto query = cached(detailQuery(columnsAndTable, order, allEvents));
        if (!query)
            return query.error();
        if (!allEvents)
            (*query)->bind(1, ids);
        for (;;) {
            auto row = (*query)->step();
            if (!row)
                return row.error();
            if (!*row)
                return success();
            const auto found = byId.find((*query)->int64At(0));
            if (found != byId.end())
                appendTo(*found->second, **query);
        }
    };
    const auto appendAfter = [](Event& event, const Statement& row) {
        event.after.push_back(row.int64At(1));
    };
    if (details == Details::OrderingOnly)
        return readRows("after_id FROM event_after", "after_id", appendAfter);
    auto participants = readRows(
        "name, title, org FROM participant", "position", [](Event& event, const Statement& row) {
            event.participants.push_back({row.textAt(1), row.textAt(2), row.textAt(3)});
        });
    if (!participants)
        return participants;
    auto quotes =
        readRows("article_id, quote_start, quote_end, text, speaker FROM quote", "position",
                 [](Event& event, const Statement& row) {
                     event.quotes.push_back({row.int64At(1), static_cast<int>(row.int64At(2)),
                                             static_cast<int>(row.int64At(3)), row.textAt(4),
                                             row.textAt(5)});
                 });
    if (!quotes)
        return quotes;
    const auto appendConflict = [](Event& event, const Statement& row) {
        event.conflicts.push_back({row.textAt(1), row.textAt(2), row.textAt(3), row.int64At(4)});
    };
    auto conflicts = readRows("field, kept, other, coalesce(article_id, 0) FROM event_conflict",
                              "position", appendConflict);
    if (!conflicts)
        return conflicts;
    return readRows("after_id FROM event_after", "after_id", appendAfter);
}

Result<std::vector<Event>> Document::queryEvents(std::string_view sql,
                                                 const std::function<void(Statement&)>& bind,
                                                 bool allEvents, Details details) {
    std::vector<Event> events;
    auto snapshot = Transaction::begin(connection_.handle(), Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    {
        auto query = cached(sql);
        if (!query)
            return query.error();
        bind(**query);
        for (;;) {
            auto row = (*query)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            events.push_back(readEventRow(**query));
        }
    }
    if (auto filled = fillDetails(events, allEvents, details); !filled)
        return filled.error();
    if (auto done = snapshot->commit(); !done)
        return done.error();
    return events;
}

Result<Event> Document::event(std::int64_t id) {
    const std::string sql =
        "SELECT " + std::string(kEventColumns) + " FROM event e WHERE e.id = ?1";
    auto found = queryEvents(
        sql, [id](Statement& query) { query.bind(1, id); }, false);
    if (!found)
        return found.error();
    if (found->empty())
        return Error{"There is no event " + std::to_string(id) + " in the document."};
    return std::move(found->front());
}

Result<std::vector<Event>> Document::events() {
    const std::string sql = "SELECT " + std::string(kEventColumns) +
                            " FROM event e ORDER BY e.order_day, e.sequence, e.id";
    return queryEvents(
        sql, [](Statement&) {}, true);
}

Result<std::vector<Event>> Document::eventsForOrdering() {
    const std::string sql = "SELECT " + std::string(kEventColumns) +
                            " FROM event e ORDER BY e.order_day, e.sequence, e.id";
    return queryEvents(
        sql, [](Statement&) {}, true, Details::OrderingOnly);
}

Result<std::vector<Event>> Document::eventsOnDays(std::span<const std::string> days) {
    const std::string sql = "SELECT " + std::string(kEventColumns) +
                            " FROM event e WHERE e.order_day = ?1 ORDER BY e.sequence, e.id";
    const std::set<std::string_view> distinct(days.begin(), days.end());
    std::vector<Event> found;
    for (const std::string_view day : distinct) {
        if (day == kNoDay)
            continue;
        auto events = queryEvents(
            sql, [day](Statement& query) { query.bind(1, day); }, false);
        if (!events)
            return events.error();
        found.insert(found.end(), std::make_move_iterator(events->begin()),
                     std::make_move_iterator(events->end()));
    }
    return found;
}

Result<std::vector<Event>> Document::eventsOverlapping(TimeRange range) {
    // One index probe of event_span per span class c: an event no longer than 2^c that overlaps
    // the range begins at most 2^c before it.
    const std::string sql =
        "WITH RECURSIVE class(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM class WHERE c < " +
        std::to_string(kMaxSpanClass) + ") SELECT " + std::string(kEventColumns) +
        " FROM class JOIN event e ON e.span_class = class.c AND e.begin_utc >= ?1 - (1 << class.c)"
        " AND e.begin_utc < ?2 WHERE e.end_utc > ?1 OR e.begin_utc >= ?1"
        " ORDER BY e.begin_utc, 2, e.id";
    return queryEvents(
        sql, [range](Statement& query) { query.bindAll(range.begin, range.end); }, false);
}

}  // namespace yeonpyo::store
