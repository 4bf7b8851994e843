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

/// The documented rule, written out: with slices of a day (or an hour) or more, each event
/// counts where its UTC day (or hour) starts; with narrower slices, where it begins.
std::vector<std::int64_t> expectedDensity(const std::vector<Event>& events, TimeRange range,
                                          int buckets) {
    const std::int64_t span = range.end - range.begin;
    const std::int64_t slot = span >= 86400 * buckets ? 86400 : span >= 3600 * buckets ? 3600 : 1;
    std::vector<std::int64_t> counts(static_cast<std::size_t>(buckets), 0);
    for (const Event& event : events) {
        const std::int64_t begin = *event.time.beginUtc;
        const std::int64_t slotStart = (begin / slot - (begin % slot < 0 ? 1 : 0)) * slot;
        if (slotStart < range.begin || slotStart >= range.end)
            continue;
        ++counts[static_cast<std::size_t>((slotStart - range.begin) * buckets / span)];
    }
    return counts;
}

TEST(DocumentQuery, DensityCountsEveryEventOnceInTheRightSlice) {
    TempFolder folder;
    Document document = openNew(folder);
    SyntheticSpec spec;
    spec.eventCount = 5000;
    ASSERT_TRUE(writeSyntheticTimeline(document, spec).ok());
    auto all = document.events();
    ASSERT_TRUE(all.ok());
    const std::int64_t start = spec.firstBeginUtc;  // midnight UTC
    struct Row {
        TimeRange range;
        int buckets;
    };
    const std::vector<Row> rows{
        {{start, start + 5000 * 3600}, 50},                   // 100-hour slices: day tally
        {{start - 100 * 3600 + 7, start + 6000 * 3600}, 61},  // unaligned: day tally
        {{start + 10 * 3600, start + 20 * 3600}, 10},         // hour slices: hour tally
        {{start + 10 * 3600 + 5, start + 70 * 3600}, 7},      // unaligned hours
        {{start + 123, start + 7 * 3600 + 5}, 7 * 60},        // minute slices: begin times
    };
    std::int64_t counted = 0;
    for (const Row& row : rows) {
        auto counts = document.eventDensity(row.range, row.buckets);
        ASSERT_TRUE(counts.ok()) << counts.error().message;
        EXPECT_EQ(*counts, expectedDensity(*all, row.range, row.buckets))
            << row.buckets << " slices";
        for (std::int64_t count : *counts)
            counted += count;
    }
    EXPECT_GT(counted, 5000) << "the rows do count events";
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
