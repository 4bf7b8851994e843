// Aggregates over event times for a zoomed-out timeline: count, extent, density per time slice.
#include <algorithm>

#include "core/store/document.h"

namespace yeonpyo::store {
namespace {

constexpr std::int64_t kSecondsPerHour = 3600;

/// floor(seconds / 3600): the hour (since the epoch) that holds an instant.
std::int64_t hourOf(std::int64_t seconds) {
    return seconds / kSecondsPerHour - (seconds % kSecondsPerHour < 0 ? 1 : 0);
}

/// The first hour number whose start (hour × 3600 s) is at or after `seconds`.
std::int64_t firstHourStartingAtOrAfter(std::int64_t seconds) {
    const std::int64_t floorHour =
        seconds / kSecondsPerHour - (seconds % kSecondsPerHour < 0 ? 1 : 0);
    return floorHour * kSecondsPerHour == seconds ? floorHour : floorHour + 1;
}

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

Status Document::tallyHour(std::optional<std::int64_t> beginUtc, std::int64_t delta) {
    if (!beginUtc)
        return success();
    const std::int64_t hour = hourOf(*beginUtc);
    auto counted =
        run("INSERT INTO event_hour_count(hour, count) VALUES (?1, ?2) "
            "ON CONFLICT(hour) DO UPDATE SET count = count + ?2",
            hour, delta);
    if (!counted || delta > 0)
        return counted;
    return run("DELETE FROM event_hour_count WHERE hour = ?1 AND count <= 0", hour);
}

Status Document::untallyStoredEvent(std::int64_t id) {
    auto begin =
        queryInt("SELECT begin_utc FROM event WHERE id = ?1 AND begin_utc IS NOT NULL", id);
    if (!begin)
        return begin.error();
    return tallyHour(*begin, -1);
}

Result<std::int64_t> Document::eventCount() {
    auto query = cached("SELECT count(*) FROM event");
    if (!query)
        return query.error();
    auto row = (*query)->step();
    if (!row)
        return row.error();
    return (*query)->int64At(0);
}

Result<std::optional<TimeRange>> Document::timeExtent() {
    auto first = cached("SELECT min(begin_utc) FROM event");
    if (!first)
        return first.error();
    auto firstRow = (*first)->step();
    if (!firstRow)
        return firstRow.error();
    if ((*first)->isNullAt(0))
        return std::optional<TimeRange>{};
    auto last = cached("SELECT max(end_utc) FROM event");
    if (!last)
        return last.error();
    auto lastRow = (*last)->step();
    if (!lastRow)
        return lastRow.error();
    const std::int64_t begin = (*first)->int64At(0);
    const std::int64_t end = (*last)->isNullAt(0) ? begin : (*last)->int64At(0);
    return std::optional<TimeRange>{TimeRange{begin, std::max(begin, end)}};
}

Result<std::vector<std::int64_t>> Document::eventDensity(TimeRange range, int buckets) {
    if (buckets <= 0)
        return Error{"A density needs at least one time slice."};
    if (range.end <= range.begin)
        return Error{"A density needs a time range that is not empty."};
    const double sliceSeconds =
        (static_cast<double>(range.end) - static_cast<double>(range.begin)) / buckets;
    if (sliceSeconds >= kSecondsPerHour)
        return densityFromHours(range, buckets);
    return densityFromEvents(range, buckets);
}

Result<std::vector<std::int64_t>> Document::densityFromHours(TimeRange range, int buckets) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(buckets), 0);
    auto query = cached("SELECT hour, count FROM event_hour_count WHERE hour >= ?1 AND hour < ?2");
    if (!query)
        return query.error();
    (*query)->bindAll(firstHourStartingAtOrAfter(range.begin),
                      firstHourStartingAtOrAfter(range.end));
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            return counts;
        counts[bucketOf((*query)->int64At(0) * kSecondsPerHour, range, buckets)] +=
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
