// The timeline's order kept day by day: renumbering only the days whose events changed.
#include <string>

#include "core/store/document.h"
#include "core/store/event_row.h"

namespace yeonpyo::store {

Result<std::optional<std::int64_t>> Document::noteStoredDay(std::int64_t id) {
    auto query = cached("SELECT order_day, sequence FROM event WHERE id = ?1");
    if (!query)
        return query.error();
    auto row = (*query)->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::int64_t>{};
    changedDays_.insert((*query)->textAt(0));
    return std::optional<std::int64_t>{(*query)->int64At(1)};
}

Status Document::renumberDay(const std::string& day, const DayOrdering& order) {
    const std::string sql = "SELECT " + std::string(kEventColumns) +
                            " FROM event e WHERE e.order_day = ?1 ORDER BY e.sequence, e.id";
    auto events = queryEvents(
        sql, [&day](Statement& query) { query.bind(1, day); }, false, Details::OrderingOnly);
    if (!events)
        return events.error();
    if (events->empty())
        return run("DELETE FROM sequence_day WHERE day = ?1", day);
    order(*events);
    for (const Event& event : *events) {
        auto ranked = run("UPDATE event SET sequence = ?1 WHERE id = ?2 AND sequence <> ?1",
                          std::int64_t{event.sequence}, event.id);
        if (!ranked)
            return ranked;
    }
    return run(
        "INSERT INTO sequence_day(day, events, earlier) VALUES (?1, ?2, 0) "
        "ON CONFLICT(day) DO UPDATE SET events = excluded.events",
        day, static_cast<std::int64_t>(events->size()));
}

Status Document::shiftDaysFrom(const std::string& from) {
    return run(
        "UPDATE sequence_day SET earlier = shifted.earlier FROM (SELECT day, sum(events) OVER "
        "(ORDER BY day ROWS UNBOUNDED PRECEDING) - events AS earlier FROM sequence_day) AS shifted "
        "WHERE shifted.day = sequence_day.day AND sequence_day.day >= ?1 "
        "AND sequence_day.earlier <> shifted.earlier",
        from);
}

Status Document::renumberChangedDays(const DayOrdering& order) {
    if (changedDays_.empty())
        return success();
    Status renumbered = transaction([&]() -> Status {
        for (const std::string& day : changedDays_) {
            if (auto done = renumberDay(day, order); !done)
                return done;
        }
        return shiftDaysFrom(*changedDays_.begin());
    });
    if (renumbered)
        changedDays_.clear();
    return renumbered;
}

Status Document::markAllDaysChanged() {
    for (std::string_view sql :
         {"SELECT DISTINCT order_day FROM event", "SELECT day FROM sequence_day"}) {
        auto days = queryTexts(sql);
        if (!days)
            return days.error();
        changedDays_.insert(days->begin(), days->end());
    }
    return success();
}

}  // namespace yeonpyo::store
