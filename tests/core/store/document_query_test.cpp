// Time-range queries, density strips, extent and count, checked against brute force.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "core/store/document.h"
#include "core/store/synthetic.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

using testing::TempFolder;

Document openNew(const TempFolder& folder) {
    auto document = Document::open(folder.file("query.yeonpyo"), OpenMode::CreateOrOpen);
    EXPECT_TRUE(document.ok());
    return std::move(document).value();
}

Event spanning(std::string title, std::optional<std::int64_t> begin,
               std::optional<std::int64_t> end) {
    Event event;
    event.title = std::move(title);
    event.time.beginUtc = begin;
    event.time.endUtc = end;
    return event;
}

std::vector<std::string> titlesOverlapping(Document& document, TimeRange range) {
    auto events = document.eventsOverlapping(range);
    EXPECT_TRUE(events.ok()) << events.error().message;
    std::vector<std::string> titles;
    for (const Event& event : events.ok() ? *events : std::vector<Event>{})
        titles.push_back(event.title);
    return titles;
}

TEST(DocumentQuery, RangesFindEveryOverlappingEventAndNoOther) {
    TempFolder folder;
    Document document = openNew(folder);
    ASSERT_TRUE(
        document
            .addEvents({spanning("A", 100, 200), spanning("B", 150, 150), spanning("C", 0, 10000),
                        spanning("D", 5000, 5100), spanning("E", std::nullopt, std::nullopt)})
            .ok());
    struct Row {
        TimeRange range;
        std::vector<std::string> expected;  // in begin order
    };
    const std::vector<Row> rows{
        {{0, 100}, {"C"}},
        {{100, 101}, {"C", "A"}},
        {{140, 150}, {"C", "A"}},
        {{150, 151}, {"C", "A", "B"}},
        {{200, 300}, {"C"}},
        {{5050, 5060}, {"C", "D"}},
        {{-50, 0}, {}},
        {{10000, 20000}, {}},
        {{-1000000, 1000000}, {"C", "A", "B", "D"}},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(titlesOverlapping(document, row.range), row.expected)
            << "[" << row.range.begin << ", " << row.range.end << ")";
    }
}

TEST(DocumentQuery, IndexedRangesAgreeWithBruteForceOnASyntheticTimeline) {
    TempFolder folder;
    Document document = openNew(folder);
    SyntheticSpec spec;
    spec.eventCount = 20000;
    ASSERT_TRUE(writeSyntheticTimeline(document, spec).ok());
    auto all = document.events();
    ASSERT_TRUE(all.ok());
    const std::int64_t start = spec.firstBeginUtc;
    const std::vector<TimeRange> windows{{start - 86400, start + 3600},
                                         {start + 5000 * 3600, start + 5003 * 3600},
                                         {start + 9999 * 3600 + 1800, start + 10000 * 3600},
                                         {start + 19990 * 3600, start + 30000 * 3600}};
    for (const TimeRange& window : windows) {
        std::vector<std::int64_t> expected;
        for (const Event& event : *all) {
            if (*event.time.beginUtc<window.end&& * event.time.endUtc> window.begin) {
                expected.push_back(event.id);
            }
        }
        auto found = document.eventsOverlapping(window);
        ASSERT_TRUE(found.ok());
        std::vector<std::int64_t> ids;
        for (const Event& event : *found)
            ids.push_back(event.id);
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_FALSE(expected.empty());
        EXPECT_EQ(ids, expected) << "window at " << window.begin - start;
        for (const Event& event : *found)
            ASSERT_EQ(event.quotes.size(), 1u) << "fully populated";
    }
}

TEST(DocumentQuery, DensityCountsEveryEventOnceInTheRightSlice) {
    TempFolder folder;
    Document document = openNew(folder);
    SyntheticSpec spec;
    spec.eventCount = 5000;
    ASSERT_TRUE(writeSyntheticTimeline(document, spec).ok());
    auto all = document.events();
    ASSERT_TRUE(all.ok());
    const std::int64_t start = spec.firstBeginUtc;  // on a whole hour
    struct Row {
        TimeRange range;
        int buckets;
    };
    // Hour-aligned slices of an hour or more use the hourly tally; the last rows use begin times.
    const std::vector<Row> rows{{{start, start + 5000 * 3600}, 50},
                                {{start - 100 * 3600, start + 6000 * 3600}, 61},
                                {{start + 10 * 3600, start + 20 * 3600}, 10},
                                {{start + 10 * 3600, start + 20 * 3600}, 100},
                                {{start + 123, start + 7 * 3600 + 5}, 7 * 60}};
    for (const Row& row : rows) {
        auto counts = document.eventDensity(row.range, row.buckets);
        ASSERT_TRUE(counts.ok()) << counts.error().message;
        ASSERT_EQ(counts->size(), static_cast<std::size_t>(row.buckets));
        std::vector<std::int64_t> expected(static_cast<std::size_t>(row.buckets), 0);
        const std::int64_t width = (row.range.end - row.range.begin);
        for (const Event& event : *all) {
            const std::int64_t begin = *event.time.beginUtc;
            if (begin < row.range.begin || begin >= row.range.end)
                continue;
            ++expected[static_cast<std::size_t>((begin - row.range.begin) * row.buckets / width)];
        }
        EXPECT_EQ(*counts, expected) << row.buckets << " slices";
    }
}

TEST(DocumentQuery, DensityRefusesEmptyRangesAndSlices) {
    TempFolder folder;
    Document document = openNew(folder);
    EXPECT_FALSE(document.eventDensity({10, 10}, 5).ok());
    EXPECT_FALSE(document.eventDensity({0, 100}, 0).ok());
}

TEST(DocumentQuery, ExtentAndCountCoverAllTimedEvents) {
    TempFolder folder;
    Document document = openNew(folder);
    auto empty = document.timeExtent();
    ASSERT_TRUE(empty.ok());
    EXPECT_FALSE(empty->has_value());
    ASSERT_TRUE(document
                    .addEvents({spanning("early", -500, -100), spanning("late", 300, 9000),
                                spanning("untimed", std::nullopt, std::nullopt)})
                    .ok());
    auto extent = document.timeExtent();
    ASSERT_TRUE(extent.ok() && extent->has_value());
    EXPECT_EQ(**extent, (TimeRange{-500, 9000}));
    EXPECT_EQ(*document.eventCount(), 3);
}

}  // namespace
}  // namespace yeonpyo::store
