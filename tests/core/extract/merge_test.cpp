// Tests of merging a new article's events into a document: pairing, filling, conflicts, user edits,
// links.
#include <gtest/gtest.h>

#include "core/extract/merge.h"

namespace yeonpyo::extract {
namespace {

Event lunch(std::int64_t id, std::string who, std::string timeOfDay, std::int64_t article) {
    Event event;
    event.id = id;
    event.kind = EventKind::Meal;
    event.time.start = "2024-02-28";
    event.time.timeOfDay = std::move(timeOfDay);
    event.place = {"LG트윈타워", "서울 영등포구",       37.5283,
                   126.9343,     PlacePrecision::Venue, "venue:lg-twin-towers"};
    event.participants = {{std::move(who), "", ""}};
    event.quotes = {{article, 10, 40, "…", ""}};
    return event;
}

const lexicon::Lexicon& lexicon() {
    return lexicon::builtinLexicon();
}

TEST(PlanMerge, JoinsAKoreanAndAnEnglishReportOfOneLunch) {
    Event korean = lunch(7, "이재용", "noon", 1);
    Event english = lunch(1, "Lee Jae-yong", "noon", 2);
    english.place = {"LG Twin Towers", "Seoul, Yeongdeungpo-gu", 37.5283,
                     126.9343,         PlacePrecision::Venue,    "venue:lg-twin-towers"};
    const auto plan = planMerge({korean}, {english}, lexicon());
    ASSERT_EQ(plan.updates.size(), 1u);
    EXPECT_TRUE(plan.inserts.empty());
    EXPECT_EQ(plan.mergedInto.at(1), 7);
    const auto& merged = plan.updates[0].merged;
    EXPECT_EQ(merged.id, 7);
    EXPECT_EQ(merged.quotes.size(), 2u) << "quotes from both articles";
    EXPECT_EQ(merged.participants.size(), 1u) << "이재용 and Lee Jae-yong are one person";
    EXPECT_TRUE(plan.updates[0].conflicts.empty());
}

TEST(PlanMerge, KeepsBothValuesWhenSourcesDisagree) {
    const auto plan =
        planMerge({lunch(3, "조주완", "noon", 1)}, {lunch(1, "조주완", "afternoon", 2)}, lexicon());
    ASSERT_EQ(plan.updates.size(), 1u);
    EXPECT_EQ(plan.updates[0].merged.time.timeOfDay, "noon");
    ASSERT_EQ(plan.updates[0].conflicts.size(), 1u);
    EXPECT_EQ(plan.updates[0].conflicts[0], (SourceConflict{"time_of_day", "noon", "afternoon", 2}))
        << "the other value with the article that states it";
}

TEST(PlanMerge, LeavesOtherDaysKindsAndPlacesApart) {
    Event otherDay = lunch(1, "조주완", "noon", 2);
    otherDay.time.start = "2024-02-29";
    Event departure = lunch(2, "조주완", "noon", 2);
    departure.kind = EventKind::Departure;
    Event dinner = lunch(3, "마크 저커버그", "evening", 2);
    dinner.place = {"승지원", "서울 용산구",         37.5383,
                    126.9985, PlacePrecision::Venue, "venue:seungjiwon"};
    const auto plan =
        planMerge({lunch(9, "마크 저커버그", "noon", 1)}, {otherDay, departure, dinner}, lexicon());
    EXPECT_TRUE(plan.updates.empty());
    EXPECT_EQ(plan.inserts.size(), 3u);
}

TEST(PlanMerge, UserEditsKeepTheirFieldsAndOnlyGainQuotes) {
    Event edited = lunch(4, "조주완", "", 1);
    edited.editedByUser = true;
    edited.place = {"LG트윈타워 동관", "", 37.5285, 126.9345, PlacePrecision::Venue, "user:1"};
    Event incoming = lunch(1, "조주완", "noon", 2);
    incoming.participants.push_back({"권봉석", "COO", "㈜LG"});
    const auto plan = planMerge({edited}, {incoming}, lexicon());
    ASSERT_EQ(plan.updates.size(), 1u);
    const auto& merged = plan.updates[0].merged;
    EXPECT_EQ(merged.place.name, "LG트윈타워 동관");
    EXPECT_EQ(merged.time.timeOfDay, "");
    EXPECT_EQ(merged.participants.size(), 1u);
    EXPECT_EQ(merged.quotes.size(), 2u);
}

TEST(PlanMerge, RewritesLinksToMergedAndInsertedEvents) {
    Event meeting = lunch(1, "마크 저커버그", "morning", 2);
    meeting.kind = EventKind::Meeting;
    meeting.place = {"메타코리아", "서울 강남구",         37.5000,
                     127.0365,     PlacePrecision::Venue, "venue:meta-korea"};
    Event incomingLunch = lunch(2, "조주완", "noon", 2);
    incomingLunch.after = {1};
    Event dinner = lunch(3, "이재용", "evening", 2);
    dinner.place = {"승지원", "서울 용산구",         37.5383,
                    126.9985, PlacePrecision::Venue, "venue:seungjiwon"};
    dinner.after = {2};
    auto plan =
        planMerge({lunch(20, "조주완", "noon", 1)}, {meeting, incomingLunch, dinner}, lexicon());
    ASSERT_EQ(plan.updates.size(), 1u);
    ASSERT_EQ(plan.inserts.size(), 2u);
    EXPECT_EQ(plan.updates[0].merged.after, (std::vector<std::int64_t>{-1}));
    EXPECT_EQ(plan.inserts[1].after, (std::vector<std::int64_t>{20}));
    resolveLinks(plan, {{1, 31}, {3, 32}});
    EXPECT_EQ(plan.updates[0].merged.after, (std::vector<std::int64_t>{31}));
    EXPECT_EQ(plan.inserts[1].after, (std::vector<std::int64_t>{20}));
}

}  // namespace
}  // namespace yeonpyo::extract
