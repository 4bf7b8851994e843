// Syndication in the JSON export (additive keys): an article's copies, and the outlets of an
// event whose cited text ran in several; both read back by the importer.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/io/export.h"
#include "core/io/import.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::ordered_json;

std::vector<Article> articlesWithCopies() {
    std::vector<Article> articles = testing::sampleArticles();
    articles.front().copies = {{"사본 제목", "둘째신문", "https://example.org/2", "2024-02-29"},
                               {"", "셋째방송", "", ""}};
    return articles;
}

TEST(SyndicationFormat, ArticlesListTheirCopiesAndEventsTheirOutlets) {
    auto written = exportEvents(Format::Json, articlesWithCopies(), testing::sampleEvents());
    ASSERT_TRUE(written.ok()) << written.error().message;
    const Json document = Json::parse(*written);
    const Json& copies = document["articles"][0]["copies"];
    ASSERT_EQ(copies.size(), 2u);
    EXPECT_EQ(copies[0]["source"], "둘째신문");
    EXPECT_EQ(copies[0]["url"], "https://example.org/2");
    EXPECT_TRUE(copies[1]["published"].is_null());

    const std::int64_t syndicated = articlesWithCopies().front().id;
    for (const Json& event : document["events"]) {
        bool citesSyndicated = false;
        for (const Json& quote : event["quotes"])
            citesSyndicated = citesSyndicated || quote["article"] == syndicated;
        ASSERT_EQ(event.contains("sources"), citesSyndicated) << event["title"];
        if (!citesSyndicated)
            continue;
        std::vector<std::string> outlets;
        for (const Json& source : event["sources"])
            outlets.push_back(source["source"]);
        EXPECT_NE(std::find(outlets.begin(), outlets.end(), "둘째신문"), outlets.end());
        EXPECT_NE(std::find(outlets.begin(), outlets.end(), "셋째방송"), outlets.end());
    }
}

TEST(SyndicationFormat, WithoutCopiesTheExportHasNeitherKey) {
    auto written = exportEvents(Format::Json, testing::sampleArticles(), testing::sampleEvents());
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->find("\"copies\""), std::string::npos);
    EXPECT_EQ(written->find("\"sources\""), std::string::npos);
}

TEST(SyndicationFormat, TheImporterReadsTheCopiesBack) {
    auto written = exportEvents(Format::Json, articlesWithCopies(), testing::sampleEvents());
    ASSERT_TRUE(written.ok());
    auto imported = importEvents(*written);
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    EXPECT_EQ(imported->articles.front().copies, articlesWithCopies().front().copies);
}

}  // namespace
}  // namespace yeonpyo::io
