// Conflicts between sources in the document: round trips, who may change them (imports add, the
// user's list stands), and what happens when their article goes.
#include <gtest/gtest.h>

#include "tests/core/store/document_fixture.h"

namespace yeonpyo::store {
namespace {

using testing::DocumentTest;

class DocumentConflicts : public DocumentTest {
protected:
    /// A second article (an English report) that states other values for the lunch.
    std::int64_t addEnglishReport() {
        Article english = testing::sampleArticle();
        english.title = "Zuckerberg lunches with LG executives";
        english.lang = "en";
        english.text = "Zuckerberg had lunch with LG's chief executive in the afternoon.";
        auto stored = document_->addArticle(english);
        EXPECT_TRUE(stored.ok()) << stored.error().message;
        return stored.ok() ? stored->id : 0;
    }

    Event storedEvent(std::int64_t id) {
        auto stored = document_->event(id);
        EXPECT_TRUE(stored.ok()) << stored.error().message;
        return stored.ok() ? *stored : Event{};
    }
};

TEST_F(DocumentConflicts, RoundTripThroughAddEventsEventAndEvents) {
    const std::int64_t english = addEnglishReport();
    std::vector<Event> events = testing::sampleEvents(articleId_);
    events[0].conflicts = {{"time_of_day", "noon", "afternoon", english},
                           {"place", "LG트윈타워", "여의도 LG 사옥", 0}};
    auto ids = document_->addEvents(events);
    ASSERT_TRUE(ids.ok()) << ids.error().message;

    std::vector<Event> expected = expectedEvents(*ids);
    expected[0].conflicts = events[0].conflicts;
    EXPECT_EQ(storedEvent((*ids)[0]), expected[0]) << "the source stays unknown when it was";
    auto all = document_->events();
    ASSERT_TRUE(all.ok()) << all.error().message;
    EXPECT_EQ(*all, expected);
    EXPECT_TRUE(document_->checkIntegrity().ok());
}

/// One row: an event already holding `before` (edited by the user or not) is written with
/// `written` by `origin`; the document then holds `after`.
struct ConflictWrite {
    const char* name;
    EditOrigin origin;
    bool editedBefore;
    std::vector<SourceConflict> written;
    std::vector<SourceConflict> after;
};

class ConflictWrites : public DocumentTest, public ::testing::WithParamInterface<ConflictWrite> {};

const SourceConflict kAfternoon{"time_of_day", "noon", "afternoon", 1};
const SourceConflict kNextDay{"start", "2024-02-28T12:00", "2024-02-29T12:00", 1};

TEST_P(ConflictWrites, LeaveTheDocumentHoldingTheExpectedConflicts) {
    const ConflictWrite& row = GetParam();
    ASSERT_EQ(articleId_, 1) << "the rows cite the first article";
    std::vector<Event> events = testing::sampleEvents(articleId_);
    events[0].conflicts = {kAfternoon};
    events[0].editedByUser = row.editedBefore;
    auto ids = document_->addEvents(events);
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    auto event = document_->event((*ids)[0]);
    ASSERT_TRUE(event.ok());

    event->conflicts = row.written;
    ASSERT_TRUE(document_->updateEvent(*event, row.origin).ok());
    EXPECT_EQ(document_->event((*ids)[0])->conflicts, row.after);
}

INSTANTIATE_TEST_SUITE_P(
    Origins, ConflictWrites,
    ::testing::Values(
        ConflictWrite{"ImportAddsANewConflict",
                      EditOrigin::Import,
                      false,
                      {kNextDay},
                      {kAfternoon, kNextDay}},
        ConflictWrite{"ImportNeverDuplicates",
                      EditOrigin::Import,
                      false,
                      {kAfternoon, kAfternoon},
                      {kAfternoon}},
        ConflictWrite{"ImportDropsNothing", EditOrigin::Import, false, {}, {kAfternoon}},
        ConflictWrite{
            "ImportLeavesAnEditedEventAlone", EditOrigin::Import, true, {kNextDay}, {kAfternoon}},
        ConflictWrite{"UserResolvesByLeavingOneOut", EditOrigin::User, false, {}, {}},
        ConflictWrite{"UserKeepsWhatTheEditCarries",
                      EditOrigin::User,
                      true,
                      {kNextDay, kAfternoon},
                      {kNextDay, kAfternoon}}),
    [](const ::testing::TestParamInfo<ConflictWrite>& row) { return row.param.name; });

TEST_F(DocumentConflicts, AConflictTheUserResolvedStaysResolvedAcrossReimports) {
    std::vector<Event> events = testing::sampleEvents(articleId_);
    events[0].conflicts = {kAfternoon};
    auto ids = document_->addEvents(events);
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    Event resolved = storedEvent((*ids)[0]);
    resolved.conflicts.clear();
    ASSERT_TRUE(document_->updateEvent(resolved, EditOrigin::User).ok());

    Event reimported = resolved;
    reimported.conflicts = {kAfternoon};
    ASSERT_TRUE(document_->updateEvent(reimported, EditOrigin::Import).ok());
    EXPECT_TRUE(storedEvent((*ids)[0]).conflicts.empty());
}

TEST_F(DocumentConflicts, GoWithTheArticleThatStatesTheOtherValue) {
    const std::int64_t english = addEnglishReport();
    std::vector<Event> events = testing::sampleEvents(articleId_);
    const SourceConflict unknownSource{"place", "LG트윈타워", "여의도", 0};
    events[0].conflicts = {{"time_of_day", "noon", "afternoon", english}, unknownSource};
    auto ids = document_->addEvents(events);
    ASSERT_TRUE(ids.ok()) << ids.error().message;

    ASSERT_TRUE(document_->deleteArticle(english).ok());
    const Event after = storedEvent((*ids)[0]);
    EXPECT_EQ(after.conflicts, std::vector<SourceConflict>{unknownSource});
    EXPECT_EQ(after.quotes.size(), 1u) << "the event and its own quotes stay";
    EXPECT_TRUE(document_->checkIntegrity().ok());
}

TEST_F(DocumentConflicts, ThatCiteAMissingArticleOrNoFieldAreRefusedAndNothingIsWritten) {
    const std::vector<std::pair<SourceConflict, std::string>> rows{
        {{"time_of_day", "noon", "afternoon", 99},
         "A conflict of event 1 cites article 99, which is not in the document."},
        {{"", "noon", "afternoon", 0}, "A conflict of event 1 names no field."},
    };
    for (const auto& [conflict, message] : rows) {
        std::vector<Event> events = testing::sampleEvents(articleId_);
        events[0].conflicts = {conflict};
        auto ids = document_->addEvents(events);
        ASSERT_FALSE(ids.ok()) << message;
        EXPECT_EQ(ids.error().message, message);
        EXPECT_EQ(count(), 0) << "the whole batch is rolled back";
    }
}

TEST_F(DocumentConflicts, AreCheckedOnUpdateToo) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    Event event = storedEvent(ids[0]);
    const Event before = event;
    event.title = "바뀐 제목";
    event.conflicts = {{"start", "2024-02-28", "2024-02-29", 4242}};
    const Status updated = document_->updateEvent(event, EditOrigin::User);
    ASSERT_FALSE(updated.ok());
    EXPECT_NE(updated.error().message.find("article 4242"), std::string::npos);
    EXPECT_EQ(storedEvent(ids[0]), before) << "the failed update changed nothing";
}

}  // namespace
}  // namespace yeonpyo::store
