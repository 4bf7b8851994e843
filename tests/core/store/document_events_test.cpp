// Round trips of articles and events through a document, deletions, sequences, rollbacks.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/core/store/document_fixture.h"

namespace yeonpyo::store {
namespace {

using testing::sampleArticle;
using testing::sampleEvents;
using DocumentEvents = testing::DocumentTest;

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

TEST_F(DocumentEvents, OrderingReadsKeepTimesAndLinksButNotDetails) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    auto light = document_->eventsForOrdering();
    ASSERT_TRUE(light.ok()) << light.error().message;
    const std::vector<Event> full = expectedEvents(ids);
    ASSERT_EQ(light->size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        EXPECT_EQ((*light)[i].id, full[i].id);
        EXPECT_EQ((*light)[i].time, full[i].time);
        EXPECT_EQ((*light)[i].after, full[i].after);
        EXPECT_TRUE((*light)[i].quotes.empty());
        EXPECT_TRUE((*light)[i].participants.empty());
    }
}

TEST_F(DocumentEvents, PeopleAndPlacesAreListedOnceEachInOrder) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    std::set<std::string> people;
    std::set<std::string> places;
    for (const Event& event : expectedEvents(ids)) {
        for (const Participant& person : event.participants)
            people.insert(person.name);
        if (!event.place.name.empty())
            places.insert(event.place.name);
    }
    ASSERT_FALSE(people.empty());
    auto names = document_->participantNames();
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(*names, std::vector<std::string>(people.begin(), people.end()));
    auto placeNames = document_->placeNames();
    ASSERT_TRUE(placeNames.ok()) << placeNames.error().message;
    EXPECT_EQ(*placeNames, std::vector<std::string>(places.begin(), places.end()));
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

TEST_F(DocumentEvents, SequencesFollowTheOrderGivenToEachChangedDay) {
    const std::vector<std::int64_t> ids = addSampleEvents();
    const auto reversed = [](std::vector<Event>& day) {
        int rank = static_cast<int>(day.size());
        for (Event& event : day)
            event.sequence = rank--;
    };
    ASSERT_TRUE(document_->renumberChangedDays(reversed).ok());
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

}  // namespace
}  // namespace yeonpyo::store
