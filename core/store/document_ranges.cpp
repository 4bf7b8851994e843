// Aggregates over event times for a zoomed-out timeline: count, extent, density per time slice.
#include <algorithm>

#include "core/store/document.h"

namespace yeonpyo::store {
namespace {

constexpr std::int64_t kSecondsPerHour = 3600;

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
