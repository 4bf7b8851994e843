// Aggregates over event times for a zoomed-out timeline: count, extent, density per time slice,
// and the per-day and per-hour tallies that make density strips cheap at any zoom.
#include <algorithm>

#include "core/store/document.h"
#include "core/store/event_tally.h"

namespace yeonpyo::store {
namespace {

__extension__ using Wide = unsigned __int128;  // exact products of offsets and slice counts

/// The slice of `range` (cut into `buckets`) that holds `seconds`, which lies in the range.
std::size_t bucketOf(std::int64_t seconds, TimeRange range, int buckets) {
    const auto offset =
        static_cast<std::uint64_t>(seconds) - static_cast<std::uint64_t>(range.begin);
    const auto span =
        static_cast<std::uint64_t>(range.end) - static_cast<std::uint64_t>(range.begin);
    const Wide bucket = Wide{offset} * static_cast<unsigned>(buckets) / span;
    return static_cast<std::size_t>(std::min<Wide>(bucket, static_cast<unsigned>(buckets - 1)));
}

}  // namespace

std::string Tally::mismatchQuery() const {
    const std::string table(this->table);
    const std::string width = std::to_string(seconds);
    return "WITH actual(slot, count) AS (SELECT (begin_utc - (begin_utc % " + width + " + " +
           width + ") % " + width + ") / " + width +
           ", count(*) FROM event WHERE begin_utc IS NOT NULL GROUP BY 1) "
           "SELECT (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM " +
           table + ")) + (SELECT count(*) FROM (SELECT * FROM " + table +
           " EXCEPT SELECT * FROM actual))";
}

Status Document::tallyEvent(std::optional<std::int64_t> beginUtc, std::int64_t delta) {
    if (!beginUtc)
        return success();
    for (const Tally& tally : kTallies) {
        const std::string table(tally.table);
        const std::int64_t slot = tally.slotOf(*beginUtc);
        auto counted = run("INSERT INTO " + table + "(slot, count) VALUES (?1, ?2) " +
                               "ON CONFLICT(slot) DO UPDATE SET count = count + ?2",
                           slot, delta);
        if (!counted)
            return counted;
        if (delta > 0)
            continue;
        auto emptied = run("DELETE FROM " + table + " WHERE slot = ?1 AND count <= 0", slot);
        if (!emptied)
            return emptied;
    }
    return success();
}

Status Document::untallyStoredEvent(std::int64_t id) {
    auto begin =
        queryInt("SELECT begin_utc FROM event WHERE id = ?1 AND begin_utc IS NOT NULL", id);
    if (!begin)
        return begin.error();
    return tallyEvent(*begin, -1);
}

Result<std::int64_t> Document::eventCount() {
    auto count = queryInt("SELECT count(*) FROM event");
    if (!count)
        return count.error();
    return count->value_or(0);
}

Result<std::optional<TimeRange>> Document::timeExtent() {
    auto first = queryInt("SELECT min(begin_utc) FROM event WHERE begin_utc IS NOT NULL");
    if (!first)
        return first.error();
    auto last = queryInt("SELECT max(end_utc) FROM event WHERE end_utc IS NOT NULL");
    if (!last)
        return last.error();
    if (!*first)
        return std::optional<TimeRange>{};
    const std::int64_t begin = **first;
    return std::optional<TimeRange>{TimeRange{begin, std::max(begin, last->value_or(begin))}};
}

Result<std::vector<std::int64_t>> Document::eventDensity(TimeRange range, int buckets) {
    if (buckets <= 0)
        return Error{"A density needs at least one time slice."};
    if (range.end <= range.begin)
        return Error{"A density needs a time range that is not empty."};
    const Wide span =
        static_cast<std::uint64_t>(range.end) - static_cast<std::uint64_t>(range.begin);
    for (const Tally& tally : kTallies) {
        if (span >=
            Wide{static_cast<std::uint64_t>(tally.seconds)} * static_cast<unsigned>(buckets)) {
            return densityFromTally(tally, range, buckets);
        }
    }
    return densityFromEvents(range, buckets);
}

Result<std::vector<std::int64_t>> Document::densityFromTally(const Tally& tally, TimeRange range,
                                                             int buckets) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(buckets), 0);
    auto query = cached("SELECT slot, count FROM " + std::string(tally.table) +
                        " WHERE slot >= ?1 AND slot < ?2");
    if (!query)
        return query.error();
    (*query)->bindAll(tally.firstSlotFrom(range.begin), tally.firstSlotFrom(range.end));
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            return counts;
        counts[bucketOf((*query)->int64At(0) * tally.seconds, range, buckets)] +=
            (*query)->int64At(1);
    }
}

Result<std::vector<std::int64_t>> Document::densityFromEvents(TimeRange range, int buckets) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(buckets), 0);
    auto query = cached("SELECT begin_utc FROM event WHERE begin_utc >= ?1 AND begin_utc < ?2");
    if (!query)
        return query.error();
    (*query)->bindAll(range.begin, range.end);
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            return counts;
        ++counts[bucketOf((*query)->int64At(0), range, buckets)];
    }
}

}  // namespace yeonpyo::store
