// DocumentTest: a new document holding the sample article, for tests of events and edits.
#pragma once

#include <gtest/gtest.h>

#include <optional>

#include "core/store/document.h"
#include "tests/core/store/sample_timeline.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store::testing {

class DocumentTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Document::open(folder_.file("timeline.yeonpyo"), OpenMode::CreateOrOpen);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        document_.emplace(std::move(opened).value());
        auto article = document_->addArticle(testing::sampleArticle());
        ASSERT_TRUE(article.ok()) << article.error().message;
        articleId_ = article->id;
    }

    /// The sample events as the document should return them, given the row ids they received.
    std::vector<Event> expectedEvents(const std::vector<std::int64_t>& ids) const {
        std::vector<Event> expected = testing::sampleEvents(articleId_);
        expected[0].id = ids[0];
        expected[0].quotes[0].text = kLunchSentence;
        expected[1].id = ids[1];
        expected[1].after = {ids[0]};
        return expected;
    }

    std::vector<std::int64_t> addSampleEvents() {
        auto ids = document_->addEvents(testing::sampleEvents(articleId_));
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

}  // namespace yeonpyo::store::testing
