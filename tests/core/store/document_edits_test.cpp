// Edits: the user's changes win over imports, re-imports add nothing, derived tables (event
// counts, search index) stay in step, and the user's gazetteer entries round-trip.
#include <gtest/gtest.h>

#include "core/store/connection.h"
#include "tests/core/store/document_fixture.h"

namespace yeonpyo::store {
namespace {

using testing::sampleArticle;
using testing::sampleEvents;
using DocumentEdits = testing::DocumentTest;

TEST_F(DocumentEdits, AUserEditSurvivesALaterImport) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    Event edited = expectedEvents(ids)[0];
    edited.title = "LG 경영진과 오찬 (확인함)";
    edited.time.timeOfDay = "afternoon";
    ASSERT_TRUE(document_->updateEvent(edited, EditOrigin::User).ok());

    Event reimported = expectedEvents(ids)[0];
    reimported.title = "오찬";
    reimported.participants.clear();
    reimported.quotes.push_back({articleId_, 0, 5, "", ""});
    ASSERT_TRUE(document_->updateEvent(reimported, EditOrigin::Import).ok());

    auto stored = document_->event(ids[0]);
    ASSERT_TRUE(stored.ok());
    Event expected = edited;
    expected.editedByUser = true;
    expected.quotes.push_back({articleId_, 0, 5, "메타의 마", ""});
    EXPECT_EQ(*stored, expected);
}

TEST_F(DocumentEdits, AnImportIntoAnEditedEventAddsEachNewQuoteOnceAfterTheOldOnes) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    Event edited = expectedEvents(ids)[0];
    ASSERT_TRUE(document_->updateEvent(edited, EditOrigin::User).ok());

    Event reimported = edited;  // its quote is already stored
    for (int round = 0; round < 2; ++round) {
        for (int start = 0; start < 20; ++start)
            reimported.quotes.push_back({articleId_, start, start + 2, "", ""});
    }
    ASSERT_TRUE(document_->updateEvent(reimported, EditOrigin::Import).ok());

    auto stored = document_->event(ids[0]);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->quotes.size(), 21u);
    EXPECT_EQ(stored->quotes[0], edited.quotes[0]);
    for (int start = 0; start < 20; ++start) {
        const Quote& quote = stored->quotes[static_cast<std::size_t>(start) + 1];
        EXPECT_EQ(quote.start, start);
        EXPECT_EQ(quote.end, start + 2);
    }
}

TEST_F(DocumentEdits, AnImportOverwritesAnEventTheUserNeverEdited) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    Event reimported = expectedEvents(ids)[0];
    reimported.title = "오찬 회동";
    reimported.participants = {{"조주완", "사장", "LG전자"}};
    ASSERT_TRUE(document_->updateEvent(reimported, EditOrigin::Import).ok());
    auto stored = document_->event(ids[0]);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, reimported);
}

TEST_F(DocumentEdits, UndoingAUserEditRestoresTheEventAsItWasAndLetsImportsRefreshItAgain) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    const Event original = expectedEvents(ids)[0];
    Event edited = original;
    edited.title = "LG 경영진과 오찬 (확인함)";
    edited.participants.clear();
    ASSERT_TRUE(document_->updateEvent(edited, EditOrigin::User).ok());
    ASSERT_TRUE(document_->updateEvent(original, EditOrigin::Restore).ok());
    auto restored = document_->event(ids[0]);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(*restored, original);

    Event reimported = original;
    reimported.title = "오찬 회동";
    ASSERT_TRUE(document_->updateEvent(reimported, EditOrigin::Import).ok());
    EXPECT_EQ(document_->event(ids[0])->title, "오찬 회동");
}

TEST_F(DocumentEdits, UpdatingAMissingEventFails) {
    Event ghost = sampleEvents(articleId_)[0];
    ghost.id = 4242;
    const Status updated = document_->updateEvent(ghost, EditOrigin::User);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().message, "There is no event 4242 in the document.");
}

TEST_F(DocumentEdits, ReimportingATimelineAddsNothingAndKeepsUserEdits) {
    Article sameArticle = sampleArticle();
    sameArticle.id = 1;
    std::vector<Event> events = sampleEvents(1);
    auto first = document_->addTimeline({sameArticle}, events);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(first->articlesAdded, 0) << "the article was already stored";
    EXPECT_EQ(first->eventsAdded, 2);

    auto edited = document_->event(first->eventIds[0]);
    ASSERT_TRUE(edited.ok());
    edited->participants.pop_back();
    ASSERT_TRUE(document_->updateEvent(*edited, EditOrigin::User).ok());

    auto second = document_->addTimeline({sameArticle}, events);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ(second->eventsAdded, 0);
    EXPECT_EQ(second->eventIds, first->eventIds);
    EXPECT_EQ(count(), 2);
    auto kept = document_->event(first->eventIds[0]);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->participants.size(), 1u);
}

TEST_F(DocumentEdits, CountsAndSearchIndexStayInStepThroughEdits) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    Event moved = expectedEvents(ids)[0];
    moved.time.beginUtc = *moved.time.beginUtc + 3 * 86400;
    moved.time.endUtc = *moved.time.endUtc + 3 * 86400;
    moved.participants.pop_back();
    ASSERT_TRUE(document_->updateEvent(moved, EditOrigin::User).ok());
    Event untimed = expectedEvents(ids)[1];
    untimed.time.beginUtc.reset();
    untimed.time.endUtc.reset();
    ASSERT_TRUE(document_->updateEvent(untimed, EditOrigin::Import).ok());
    ASSERT_TRUE(document_->addEvents(sampleEvents(articleId_)).ok());
    ASSERT_TRUE(document_->deleteEvents(std::vector<std::int64_t>{ids[1], 999}).ok());
    ASSERT_TRUE(document_->deleteArticle(articleId_).ok());
    const Status integrity = document_->checkIntegrity();
    EXPECT_TRUE(integrity.ok()) << integrity.error().message;
}

TEST_F(DocumentEdits, IntegrityCheckNoticesTamperedCountsAndIndex) {
    struct Tamper {
        std::string sql;
        std::string expected;
    };
    const std::vector<Tamper> tampers{
        {"UPDATE event_hour_count SET count = count + 1", "counts of events in event_hour_count"},
        {"DELETE FROM event_day_count", "counts of events in event_day_count"},
        {"UPDATE event SET title = 'changed behind the index'", "search index"},
    };
    int copy = 0;
    for (const Tamper& tamper : tampers) {
        const auto path = folder_.file("tampered-" + std::to_string(++copy) + ".yeonpyo");
        auto document = Document::open(path, OpenMode::CreateOrOpen);
        ASSERT_TRUE(document.ok());
        auto article = document->addArticle(sampleArticle());
        ASSERT_TRUE(article.ok());
        ASSERT_TRUE(document->addEvents(sampleEvents(article->id)).ok());
        ASSERT_TRUE(document->checkIntegrity().ok());
        auto other = Connection::open(path, Connection::Access::ReadWrite);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(other->execute(tamper.sql).ok());
        const Status integrity = document->checkIntegrity();
        ASSERT_FALSE(integrity.ok()) << tamper.sql;
        EXPECT_NE(integrity.error().message.find(tamper.expected), std::string::npos)
            << integrity.error().message;
    }
}

TEST_F(DocumentEdits, UserPlacesRoundTrip) {
    UserPlace place{0,      "승지원", {"Seungjiwon", "承志園"}, "서울 용산구",
                    37.538, 126.998,  PlacePrecision::Venue,    "kr-seoul-yongsan"};
    auto id = document_->addUserPlace(place);
    ASSERT_TRUE(id.ok());
    place.id = *id;
    place.aliases = {"承志園", "Seungjiwon"};
    ASSERT_TRUE(document_->updateUserPlace(place).ok());
    auto places = document_->userPlaces();
    ASSERT_TRUE(places.ok());
    ASSERT_EQ(places->size(), 1u);
    EXPECT_EQ(places->front(), place);
    EXPECT_EQ(places->front().gazetteerId(), "user:" + std::to_string(*id));
    ASSERT_TRUE(document_->deleteUserPlace(*id).ok());
    EXPECT_TRUE(document_->userPlaces()->empty());
}

}  // namespace
}  // namespace yeonpyo::store
