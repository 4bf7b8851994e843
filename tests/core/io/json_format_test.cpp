// The `events --format json` contract key by key, a golden file, and the full round trip
// through the importer.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/io/export.h"
#include "core/io/import.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::ordered_json;

std::string exportedJson() {
    auto json = exportEvents(Format::Json, testing::sampleArticles(), testing::sampleEvents());
    EXPECT_TRUE(json.ok());
    return json.ok() ? *json : std::string{};
}

std::vector<std::string> keysOf(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

TEST(JsonFormat, FollowsTheContractKeyByKey) {
    const Json document = Json::parse(exportedJson());
    EXPECT_EQ(keysOf(document), (std::vector<std::string>{"schema", "articles", "events"}));
    EXPECT_EQ(document["schema"], "yeonpyo.events/1");
    EXPECT_EQ(keysOf(document["articles"][0]),
              (std::vector<std::string>{"id", "title", "source", "published", "lang"}));
    EXPECT_EQ(document["articles"][0]["published"], "2024-02-28T17:32+09:00");

    const Json& lunch = document["events"][0];
    const std::vector<std::string> contract{"id",    "sequence",     "kind",        "title",
                                            "start", "end",          "time_of_day", "status",
                                            "place", "participants", "quotes",      "after"};
    const std::vector<std::string> keys = keysOf(lunch);
    ASSERT_GE(keys.size(), contract.size());
    EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 12), contract)
        << "contract keys first, in order; extra keys after them";
    EXPECT_EQ(lunch["start"], "2024-02-28T12:00+09:00");
    EXPECT_EQ(lunch["end"], "2024-02-28T13:30+09:00");
    EXPECT_EQ(lunch["time_of_day"], "noon");
    EXPECT_EQ(lunch["status"], "happened");
    EXPECT_EQ(keysOf(lunch["place"]), (std::vector<std::string>{"name", "address", "lat", "lon",
                                                                "precision", "gazetteer_id"}));
    EXPECT_DOUBLE_EQ(lunch["place"]["lat"].get<double>(), 37.528);
    EXPECT_EQ(keysOf(lunch["participants"][0]), (std::vector<std::string>{"name", "title", "org"}));
    EXPECT_EQ(keysOf(lunch["quotes"][0]),
              (std::vector<std::string>{"article", "start", "end", "text"}));
    EXPECT_EQ(lunch["quotes"][1]["speaker"], "Cho Joo-wan") << "speaker only when set";
    EXPECT_EQ(lunch["derivation"], "28일 → 2024-02-28 (기사 날짜)");
    EXPECT_EQ(lunch["edited"], false);

    const Json& dinner = document["events"][1];
    EXPECT_TRUE(dinner["end"].is_null());
    EXPECT_EQ(dinner["after"], Json::array({2}));
    const Json& call = document["events"][2];
    EXPECT_EQ(call["start"], "2024-02-29") << "a date has no clock time and so no offset";
    EXPECT_TRUE(call["time_of_day"].is_null());
    EXPECT_EQ(call["place"]["precision"], "city");
    const Json& hostile = document["events"][4];
    EXPECT_TRUE(hostile["place"]["lat"].is_null());
    EXPECT_TRUE(hostile["place"]["precision"].is_null());
    EXPECT_EQ(hostile["title"], testing::kHostileTitle);
}

TEST(JsonFormat, IsPrettyPrintedUtf8) {
    const std::string json = exportedJson();
    EXPECT_TRUE(
        json.starts_with("{\n  \"schema\": \"yeonpyo.events/1\",\n  \"articles\": [\n    {"));
    EXPECT_NE(json.find("\"LG트윈타워\""), std::string::npos)
        << "Hangul is written as UTF-8, not \\u escapes";
}

TEST(JsonFormat, MatchesTheGoldenFile) {
    const std::string path = std::string(YEONPYO_SOURCE_DIR) + "/tests/core/io/golden/sample.json";
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::stringstream golden;
    golden << in.rdbuf();
    EXPECT_EQ(exportedJson(), golden.str())
        << "if the change is intended, regenerate " << path << " and review the diff";
}

TEST(JsonFormat, RoundTripsEveryField) {
    auto imported = importJson(exportedJson());
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    EXPECT_EQ(imported->events, testing::sampleEvents());
    std::vector<Article> articles = testing::sampleArticles();
    for (Article& article : articles)
        article.url.clear();  // the contract carries no URL or text
    EXPECT_EQ(imported->articles, articles);
}

TEST(JsonFormat, InvalidUtf8IsReplacedNotFatal) {
    std::vector<Event> events = testing::sampleEvents();
    events[0].title = "broken \xC3\x28 text";
    auto json = exportEvents(Format::Json, {}, events);
    ASSERT_TRUE(json.ok());
    EXPECT_NE(json->find("broken \xEF\xBF\xBD( text"), std::string::npos);
}

}  // namespace
}  // namespace yeonpyo::io
