// Tests of the timeline's total order: days, parts of day, `after` links and their conflicts.
#include <gtest/gtest.h>

#include "core/extract/ordering.h"

namespace yeonpyo::extract {
namespace {

Event event(std::int64_t id, std::string start, std::string part,
            std::vector<std::int64_t> after = {}) {
    Event result;
    result.id = id;
    result.time.start = std::move(start);
    result.time.timeOfDay = std::move(part);
    result.after = std::move(after);
    return result;
}

std::vector<int> sequences(std::vector<Event> events) {
    assignSequence(events);
    std::vector<int> result;
    for (const auto& e : events)
        result.push_back(e.sequence);
    return result;
}

TEST(AssignSequence, OrdersByDayThenPartOfDay) {
    EXPECT_EQ(sequences({event(1, "2024-02-29", ""), event(2, "2024-02-28", "evening"),
                         event(3, "2024-02-28", "morning"), event(4, "2024-02-28", "noon")}),
              (std::vector<int>{4, 3, 1, 2}));
}

TEST(AssignSequence, FollowsAfterLinksWithinADay) {
    EXPECT_EQ(sequences({event(1, "2024-02-29", "", {2}), event(2, "2024-02-29", "")}),
              (std::vector<int>{2, 1}));
    EXPECT_EQ(sequences({event(5, "2024-02-28", "", {7}), event(6, "2024-02-28", "", {5}),
                         event(7, "2024-02-28", "")}),
              (std::vector<int>{2, 3, 1}));
}

TEST(AssignSequence, IgnoresLinksThatContradictTheCalendar) {
    // Event 1 claims to follow a later day's event, and an evening event to precede a noon one.
    EXPECT_EQ(sequences({event(1, "2024-02-28", "", {2}), event(2, "2024-02-29", "")}),
              (std::vector<int>{1, 2}));
    EXPECT_EQ(sequences({event(1, "2024-02-28", "noon", {2}), event(2, "2024-02-28", "evening")}),
              (std::vector<int>{1, 2}));
}

TEST(AssignSequence, PutsUndatedEventsLastAndSurvivesCycles) {
    // A day known in part comes after the dated days and before an event without a day.
    EXPECT_EQ(sequences({event(1, "", ""), event(2, "XXXX-XX-28", ""), event(3, "2024-01-01", "")}),
              (std::vector<int>{3, 2, 1}));
    EXPECT_EQ(sequences({event(1, "2024-02-28", "", {2}), event(2, "2024-02-28", "", {1})}),
              (std::vector<int>{1, 2}));
}

TEST(AssignSequence, OrdersDaysKnownInPartByTheirKnownParts) {
    struct Row {
        std::vector<Event> events;
        std::vector<int> expected;
    };
    const Row rows[] = {
        // An article without a year: the 29th's two events after the 28th's morning, noon and
        // evening, the departure after the call it follows.
        {{event(1, "XXXX-XX-29", "", {}), event(2, "XXXX-XX-29", "", {1}),
          event(3, "XXXX-XX-28", "evening"), event(4, "XXXX-XX-28", "noon"),
          event(5, "XXXX-XX-28", "morning")},
         {4, 5, 3, 2, 1}},
        // A known month sorts before an unknown one on the same day; February before March.
        {{event(1, "XXXX-XX-28", ""), event(2, "XXXX-03-01", ""), event(3, "XXXX-02-28", "")},
         {3, 2, 1}},
        // Negative rows: a week or a month names no day, so they do not sort as one.
        {{event(1, "XXXX-WXX-3", ""), event(2, "XXXX-XX-28", "")}, {2, 1}},
        {{event(1, "2024-02", ""), event(2, "XXXX-XX-28", "")}, {2, 1}},
    };
    for (const Row& row : rows)
        EXPECT_EQ(sequences(row.events), row.expected) << row.events.front().time.start;
}

TEST(PartOfDayRank, RanksTheDay) {
    EXPECT_LT(partOfDayRank("morning"), partOfDayRank("noon"));
    EXPECT_LT(partOfDayRank("afternoon"), partOfDayRank("evening"));
    EXPECT_EQ(partOfDayRank(""), 0);
    EXPECT_EQ(partOfDayRank("teatime"), 0);
}

}  // namespace
}  // namespace yeonpyo::extract
