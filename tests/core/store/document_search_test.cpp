// Full-text search in Korean and English, short words, snippets, and hostile query and title text.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/store/document.h"
#include "tests/core/store/sample_timeline.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

using testing::sampleArticle;
using testing::sampleEvents;
using testing::TempFolder;

constexpr std::string_view kInjection = "'); DROP TABLE event; --";

class DocumentSearch : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Document::open(folder_.file("search.yeonpyo"), OpenMode::CreateOrOpen);
        ASSERT_TRUE(opened.ok());
        document_.emplace(std::move(opened).value());
        auto article = document_->addArticle(sampleArticle());
        ASSERT_TRUE(article.ok());
        articleId_ = article->id;
        std::vector<Event> events = sampleEvents(articleId_);
        Event hostile;
        hostile.id = 30;
        hostile.title = std::string(kInjection) + " \"quoted\", semi;colon";
        hostile.participants = {{"O'Brien; --", "\"CEO\"", "Robert'); DROP TABLE article;--"}};
        hostile.place.name = "Café \"Seoul\"; 1=1";
        events.push_back(hostile);
        auto ids = document_->addEvents(events);
        ASSERT_TRUE(ids.ok()) << ids.error().message;
        ids_ = *ids;
    }

    /// Ids of the events a query finds, in hit order.
    std::vector<std::int64_t> eventHits(std::string_view query) {
        std::vector<std::int64_t> ids;
        for (const SearchHit& hit : hits(query)) {
            if (hit.kind == SearchHit::Kind::Event)
                ids.push_back(hit.id);
        }
        return ids;
    }

    std::vector<SearchHit> hits(std::string_view query) {
        auto found = document_->search(query);
        EXPECT_TRUE(found.ok()) << query << ": " << found.error().message;
        return found.ok() ? *found : std::vector<SearchHit>{};
    }

    bool findsArticle(std::string_view query) {
        const auto all = hits(query);
        return std::any_of(all.begin(), all.end(), [&](const SearchHit& hit) {
            return hit.kind == SearchHit::Kind::Article && hit.id == articleId_;
        });
    }

    TempFolder folder_;
    std::optional<Document> document_;
    std::int64_t articleId_ = 0;
    std::vector<std::int64_t> ids_;  // lunch, dinner, hostile
};

TEST_F(DocumentSearch, FindsEventsByTitleParticipantPlaceAndQuote) {
    struct Row {
        std::string query;
        std::vector<int> events;  // indexes into ids_
        bool article;
    };
    const std::vector<Row> rows{
        {"조주완", {0}, true},          // participant, three syllables
        {"권봉석 COO", {0}, false},     // participant name and title
        {"오찬", {0}, false},           // two syllables: substring test
        {"회장", {1}, true},            // two syllables, in a quote and the article
        {"승지원에서", {1}, true},      // quote text
        {"용산구", {1}, false},         // place address
        {"ai", {1}, false},             // short English word, any case
        {"AI 반도체", {1}, false},      // two words, both required
        {"이재용 오찬", {}, false},     // words in different events match nothing
        {"저커버그", {}, true},         // only in the article
        {"LG·삼성", {}, true},          // article title
        {"만찬 회담 취소", {}, false},  // absent
    };
    for (const Row& row : rows) {
        std::vector<std::int64_t> expected;
        for (int index : row.events)
            expected.push_back(ids_[static_cast<std::size_t>(index)]);
        EXPECT_EQ(eventHits(row.query), expected) << row.query;
        EXPECT_EQ(findsArticle(row.query), row.article) << row.query;
    }
}

TEST_F(DocumentSearch, SnippetsMarkTheMatches) {
    const auto found = hits("조주완");
    ASSERT_FALSE(found.empty());
    EXPECT_NE(found.front().snippet.find("[조주완]"), std::string::npos) << found.front().snippet;
}

TEST_F(DocumentSearch, HostileQueriesAreOnlyText) {
    const std::vector<std::string> queries{std::string(kInjection),
                                           "\"",
                                           "a\" OR \"b",
                                           "*",
                                           "NEAR(조주완 이재용)",
                                           "title:조주완",
                                           "조주완\"",
                                           "%",
                                           "_",
                                           "'",
                                           ";"};
    for (const std::string& query : queries) {
        auto found = document_->search(query);
        EXPECT_TRUE(found.ok()) << query << ": " << found.error().message;
    }
    EXPECT_EQ(*document_->eventCount(), 3);
    EXPECT_EQ(document_->articles()->size(), 1u);
    EXPECT_TRUE(eventHits("%").empty()) << "% is a character, not a wildcard";
}

TEST_F(DocumentSearch, HostileTitlesAndNamesAreStoredAndFoundAsWritten) {
    auto stored = document_->event(ids_[2]);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->title, std::string(kInjection) + " \"quoted\", semi;colon");
    EXPECT_EQ(stored->participants.front().org, "Robert'); DROP TABLE article;--");
    EXPECT_EQ(stored->place.name, "Café \"Seoul\"; 1=1");
    EXPECT_EQ(eventHits("DROP TABLE"), std::vector<std::int64_t>{ids_[2]});
    EXPECT_EQ(eventHits("O'Brien;"), std::vector<std::int64_t>{ids_[2]});
    EXPECT_EQ(eventHits("\"Seoul\";"), std::vector<std::int64_t>{ids_[2]});
}

TEST_F(DocumentSearch, EditsAreSearchableAtOnce) {
    auto lunch = document_->event(ids_[0]);
    ASSERT_TRUE(lunch.ok());
    lunch->title = "비빔밥 점심";
    ASSERT_TRUE(document_->updateEvent(*lunch, EditOrigin::User).ok());
    EXPECT_EQ(eventHits("비빔밥"), std::vector<std::int64_t>{ids_[0]});
    EXPECT_TRUE(eventHits("경영진과").empty());
}

TEST_F(DocumentSearch, OneLetterWordsWorkWhenTheyBeginManyTrigrams) {
    Event crowded;
    crowded.title = "가나다";
    for (char32_t next = U'\uAC01'; next < U'\uAC01' + 300; ++next) {
        crowded.title += "가";
        crowded.title += static_cast<char>(0xE0 | (next >> 12));
        crowded.title += static_cast<char>(0x80 | ((next >> 6) & 0x3F));
        crowded.title += static_cast<char>(0x80 | (next & 0x3F));
    }
    auto ids = document_->addEvents({crowded});
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(eventHits("가"), *ids) << "too many trigrams to list: found by a substring test";
    EXPECT_EQ(eventHits("가나"), *ids) << "few trigrams: found through them";
}

TEST_F(DocumentSearch, BlankQueriesFindNothing) {
    EXPECT_TRUE(hits("").empty());
    EXPECT_TRUE(hits("   \t ").empty());
}

}  // namespace
}  // namespace yeonpyo::store
