// Round trips of articles and events through a document, user edits versus imports, rollbacks.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "tests/core/store/sample_timeline.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

using testing::sampleArticle;
using testing::sampleEvents;
using testing::TempFolder;

class DocumentEvents : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Document::open(folder_.file("timeline.yeonpyo"), OpenMode::CreateOrOpen);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        document_.emplace(std::move(opened).value());
        auto article = document_->addArticle(sampleArticle());
        ASSERT_TRUE(article.ok()) << article.error().message;
        articleId_ = article->id;
    }

    /// The sample events as the document should return them, given the row ids they received.
    std::vector<Event> expectedEvents(const std::vector<std::int64_t>& ids) const {
        std::vector<Event> expected = sampleEvents(articleId_);
        expected[0].id = ids[0];
        expected[0].quotes[0].text = testing::kLunchSentence;
        expected[1].id = ids[1];
        expected[1].after = {ids[0]};
        return expected;
    }

    std::vector<std::int64_t> addSampleEvents() {
        auto ids = document_->addEvents(sampleEvents(articleId_));
        EXPECT_TRUE(ids.ok()) << ids.error().message;
        return ids.ok() ? *ids : std::vector<std::int64_t>{};
    }

    std::int64_t count() {
        auto n = document_->eventCount();
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }

    TempFolder folder_;
    std::optional<Document> document_;
    std::int64_t articleId_ = 0;
};

TEST_F(DocumentEvents, ArticleRoundTripKeepsEveryField) {
    auto stored = document_->article(articleId_);
    ASSERT_TRUE(stored.ok());
    Article expected = sampleArticle();
    expected.id = articleId_;
    EXPECT_EQ(*stored, expected);

    auto listed = document_->articles();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1u);
    expected.text.clear();
    EXPECT_EQ(listed->front(), expected) << "the list leaves the text out";
}

TEST_F(DocumentEvents, TheSameTextIsStoredOnce) {
    Article again = sampleArticle();
    again.title = "다른 제목";
    auto repeated = document_->addArticle(again);
    ASSERT_TRUE(repeated.ok());
    EXPECT_EQ(repeated->id, articleId_);
    EXPECT_FALSE(repeated->added);

    auto found = document_->findArticle(contentHash(sampleArticle()));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, articleId_);

    Article other = sampleArticle();
    other.text += " 추가 문장.";
    auto different = document_->addArticle(other);
    ASSERT_TRUE(different.ok());
    EXPECT_TRUE(different->added);
    EXPECT_NE(different->id, articleId_);
}

TEST_F(DocumentEvents, TextlessArticlesAreDeduplicatedByTheirMetadata) {
    Article imported;
    imported.title = "Imported";
    imported.source = "Agency";
    auto first = document_->addArticle(imported);
    auto second = document_->addArticle(imported);
    imported.title = "Another";
    auto third = document_->addArticle(imported);
    ASSERT_TRUE(first.ok() && second.ok() && third.ok());
    EXPECT_TRUE(first->added);
    EXPECT_FALSE(second->added);
    EXPECT_EQ(second->id, first->id);
    EXPECT_TRUE(third->added);
}

TEST_F(DocumentEvents, EventsRoundTripWithEveryFieldAndMappedIds) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    ASSERT_EQ(ids.size(), 2u);
    auto events = document_->events();
    ASSERT_TRUE(events.ok()) << events.error().message;
    EXPECT_EQ(*events, expectedEvents(ids));

    auto one = document_->event(ids[1]);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(*one, expectedEvents(ids)[1]);
}

TEST_F(DocumentEvents, RefusesBadBatchesWithoutStoringAnyOfThem) {
    struct Case {
        std::string name;
        void (*spoil)(std::vector<Event>&);
        std::string expected;
    };
    const std::vector<Case> cases{
        {"unknown article", [](auto& e) { e[1].quotes[0].articleId = 999; },
         "quotes article 999, which is not in the document."},
        {"quote past the end", [](auto& e) { e[0].quotes[0].end = 5000; }, "which has"},
        {"reversed quote", [](auto& e) { e[0].quotes[0].end = e[0].quotes[0].start - 1; },
         "quotes code points"},
        {"unknown after", [](auto& e) { e[1].after = {77}; },
         "follows event 77, which is not among those added."},
        {"same id twice", [](auto& e) { e[1].id = e[0].id; }, "have the same id 10."},
    };
    for (const Case& c : cases) {
        std::vector<Event> events = sampleEvents(articleId_);
        c.spoil(events);
        auto ids = document_->addEvents(events);
        ASSERT_FALSE(ids.ok()) << c.name;
        EXPECT_NE(ids.error().message.find(c.expected), std::string::npos)
            << c.name << ": " << ids.error().message;
        EXPECT_EQ(count(), 0) << c.name;
    }
}

TEST_F(DocumentEvents, AUserEditSurvivesALaterImport) {
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

TEST_F(DocumentEvents, AnImportOverwritesAnEventTheUserNeverEdited) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    Event reimported = expectedEvents(ids)[0];
    reimported.title = "오찬 회동";
    reimported.participants = {{"조주완", "사장", "LG전자"}};
    ASSERT_TRUE(document_->updateEvent(reimported, EditOrigin::Import).ok());
    auto stored = document_->event(ids[0]);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, reimported);
}

TEST_F(DocumentEvents, UpdatingAMissingEventFails) {
    Event ghost = sampleEvents(articleId_)[0];
    ghost.id = 4242;
    const Status updated = document_->updateEvent(ghost, EditOrigin::User);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().message, "There is no event 4242 in the document.");
}

TEST_F(DocumentEvents, DeletingAnEventRemovesItsDetailsAndLinks) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    const std::int64_t lunch = ids[0];
    ASSERT_TRUE(document_->deleteEvents(std::vector<std::int64_t>{lunch}).ok());
    auto events = document_->events();
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_TRUE(events->front().after.empty());
    auto hits = document_->search("권봉석");
    ASSERT_TRUE(hits.ok());
    EXPECT_TRUE(std::none_of(hits->begin(), hits->end(), [](const SearchHit& hit) {
        return hit.kind == SearchHit::Kind::Event;
    }));
}

TEST_F(DocumentEvents, SequencesFollowTheGivenOrder) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    ASSERT_TRUE(document_->setSequences(std::vector<std::int64_t>{ids[1], ids[0]}).ok());
    auto events = document_->events();
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2u);
    EXPECT_EQ((*events)[0].id, ids[1]);
    EXPECT_EQ((*events)[0].sequence, 1);
    EXPECT_EQ((*events)[1].id, ids[0]);
    EXPECT_EQ((*events)[1].sequence, 2);
}

TEST_F(DocumentEvents, AFailedTransactionLeavesNothingBehind) {
    Article article;
    article.text = "롤백될 기사";
    const Status failed = document_->transaction([&]() -> Status {
        if (auto added = document_->addArticle(article); !added)
            return added.error();
        if (auto added = document_->addEvents(sampleEvents(articleId_)); !added)
            return added.error();
        return Error{"Stopped on purpose."};
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, "Stopped on purpose.");
    EXPECT_EQ(count(), 0);
    auto articles = document_->articles();
    ASSERT_TRUE(articles.ok());
    EXPECT_EQ(articles->size(), 1u);
}

TEST_F(DocumentEvents, AFailedNestedStepRollsBackOnlyItself) {
    Article article;
    article.text = "남을 기사";
    const Status outer = document_->transaction([&]() -> Status {
        if (auto added = document_->addArticle(article); !added)
            return added.error();
        const Status inner = document_->transaction([&]() -> Status {
            if (auto added = document_->addEvents(sampleEvents(articleId_)); !added) {
                return added.error();
            }
            return Error{"Inner step failed."};
        });
        EXPECT_FALSE(inner.ok());
        return success();
    });
    ASSERT_TRUE(outer.ok());
    EXPECT_EQ(count(), 0);
    auto articles = document_->articles();
    ASSERT_TRUE(articles.ok());
    EXPECT_EQ(articles->size(), 2u);
}

TEST_F(DocumentEvents, ReimportingATimelineAddsNothingAndKeepsUserEdits) {
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

TEST_F(DocumentEvents, CountsAndSearchIndexStayInStepThroughEdits) {
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

TEST_F(DocumentEvents, IntegrityCheckNoticesTamperedCountsAndIndex) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    ASSERT_TRUE(document_->checkIntegrity().ok());
    const std::filesystem::path path = document_->path();
    struct Tamper {
        std::string sql;
        std::string expected;
    };
    const std::vector<Tamper> tampers{
        {"UPDATE event_hour_count SET count = count + 1", "hourly event counts"},
        {"UPDATE event SET title = 'changed behind the index' WHERE id = " + std::to_string(ids[0]),
         "search index"},
    };
    for (const Tamper& tamper : tampers) {
        auto other = Connection::open(path, Connection::Access::ReadWrite);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(other->execute(tamper.sql).ok());
        const Status integrity = document_->checkIntegrity();
        ASSERT_FALSE(integrity.ok()) << tamper.sql;
        EXPECT_NE(integrity.error().message.find(tamper.expected), std::string::npos)
            << integrity.error().message;
        ASSERT_TRUE(other
                        ->execute(tamper.sql == tampers[0].sql
                                      ? "UPDATE event_hour_count SET count = count - 1"
                                      : "SELECT 1")
                        .ok());
    }
}

TEST_F(DocumentEvents, UserPlacesRoundTrip) {
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
