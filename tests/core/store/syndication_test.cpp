// Syndicated copies: near-duplicate texts are recognised (MinHash), folded into the stored
// article as its copies (one text, every outlet), found again, and signed when an older
// document upgrades.
#include <gtest/gtest.h>

#include <string>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/near_duplicates.h"
#include "core/store/schema.h"
#include "tests/core/store/sample_timeline.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

using testing::TempFolder;

/// A wire story of a few paragraphs (our own words), as outlets run it.
std::string wireStory() {
    std::string text;
    for (int paragraph = 1; paragraph <= 12; ++paragraph) {
        text += "부산시는 " + std::to_string(paragraph) + "일 북항 재개발 " +
                std::to_string(paragraph * 7) +
                "구역의 공사 현장을 시민에게 공개하고 앞으로의 일정을 설명했다.\n";
    }
    return text;
}

Article outletCopy(const std::string& outlet, const std::string& credit) {
    Article article;
    article.title = outlet + ": 북항 재개발 현장 공개";
    article.source = outlet;
    article.url = "https://example.org/" + outlet;
    article.published = "2024-05-14";
    article.text = wireStory() + credit + "\n";
    return article;
}

TEST(NearDuplicates, ACopyWithAnotherCreditLineIsAlikeAndAnotherStoryIsNot) {
    const Signature original = minHashSignature(wireStory());
    EXPECT_GE(similarity(original, minHashSignature(wireStory() + "ⓒ 시험통신 재배포 금지\n")),
              kCopySimilarity);
    EXPECT_LT(similarity(original, minHashSignature(testing::sampleArticle().text)), 0.2);
    EXPECT_DOUBLE_EQ(similarity(original, original), 1.0);
    Signature back{};
    ASSERT_TRUE(signatureFromBytes(signatureBytes(original), back));
    EXPECT_EQ(back, original);
    EXPECT_FALSE(signatureFromBytes("short", back));
}

class Syndication : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Document::open(folder_.file("wire.yeonpyo"), OpenMode::CreateOrOpen);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        document_.emplace(std::move(*opened));
    }
    TempFolder folder_;
    std::optional<Document> document_;
};

TEST_F(Syndication, CopiesFoldIntoTheFirstTextWithEveryOutlet) {
    auto first = document_->addArticle(outletCopy("첫째일보", "첫째일보 기자"), Copies::Fold);
    ASSERT_TRUE(first.ok() && first->added);
    for (const std::string outlet : {"둘째신문", "셋째방송"}) {
        auto copy = document_->addArticle(outletCopy(outlet, outlet + " 제공"), Copies::Fold);
        ASSERT_TRUE(copy.ok()) << copy.error().message;
        EXPECT_FALSE(copy->added);
        EXPECT_TRUE(copy->copy);
        EXPECT_EQ(copy->id, first->id);
    }
    auto again = document_->addArticle(outletCopy("둘째신문", "둘째신문 제공"), Copies::Fold);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->copy) << "the same copy again is known as that copy";

    auto articles = document_->articles();
    ASSERT_TRUE(articles.ok());
    ASSERT_EQ(articles->size(), 1u);
    ASSERT_EQ(articles->front().copies.size(), 2u);
    EXPECT_EQ(articles->front().copies[0].source, "둘째신문");
    EXPECT_EQ(articles->front().copies[1].url, "https://example.org/셋째방송");
    auto one = document_->article(first->id);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->copies, articles->front().copies);
}

TEST_F(Syndication, KeepStoresACopyAsAnArticleOfItsOwnAndDistinctTextsNeverFold) {
    ASSERT_TRUE(document_->addArticle(outletCopy("첫째일보", "첫째일보 기자")).ok());
    auto kept = document_->addArticle(outletCopy("둘째신문", "둘째신문 제공"), Copies::Keep);
    ASSERT_TRUE(kept.ok());
    EXPECT_TRUE(kept->added);
    auto other = document_->addArticle(testing::sampleArticle(), Copies::Fold);
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other->added);
    EXPECT_FALSE(other->copy);
}

TEST(SyndicationMigration, ArticlesOfAVersion3DocumentAreSignedSoTheirCopiesFold) {
    TempFolder folder;
    const auto path = folder.file("old.yeonpyo");
    {
        auto connection = Connection::open(path, Connection::Access::ReadWriteCreate);
        ASSERT_TRUE(connection.ok());
        ASSERT_TRUE(migrate(*connection, 0, 3).ok());
        const Article article = outletCopy("첫째일보", "첫째일보 기자");
        auto insert = connection->prepare(
            "INSERT INTO article(id, title, source, text, content_hash, imported_at) "
            "VALUES (4, ?1, ?2, ?3, ?4, 0)");
        ASSERT_TRUE(insert.ok());
        ASSERT_TRUE(
            insert->bindAll(article.title, article.source, article.text, contentHash(article))
                .run()
                .ok());
    }
    auto document = Document::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    auto copy = document->addArticle(outletCopy("둘째신문", "둘째신문 제공"), Copies::Fold);
    ASSERT_TRUE(copy.ok()) << copy.error().message;
    EXPECT_TRUE(copy->copy);
    EXPECT_EQ(copy->id, 4);
}

}  // namespace
}  // namespace yeonpyo::store
