// `yeonpyo-cli extract` and streamed `import`: extract's JSON Lines imported give what ingest
// gives; a bad line or record is one sentence naming its line, and the document stays as it was.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "tests/cli/extract_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

TEST_F(ExtractTest, TwentyCopiesOfTheSeedImportedGiveTheFiveEventsIngestGives) {
    expectCopiesImportedAsIngested(20);  // 200 copies: cli_slow (syndicated_copies_test.cpp)
}

TEST_F(ExtractTest, WritesOneLinePerArticleInInputOrderWithItsId) {
    const std::string text = readSample("zuckerberg-seoul-2024-en.txt");
    const std::string lines = articleLine("b-2", text, "https://example.org/news/2") + "\n" +
                              articleLine(7, readSample("zuckerberg-seoul-2024-ko.txt"), "") +
                              articleLine("a-1", text + "\nMore.", "");
    const CliRun extracted = extract(write("articles.jsonl", lines), {"--timezone", "Asia/Seoul"});
    ASSERT_TRUE(succeededQuietly(extracted));
    std::istringstream out(extracted.out);
    std::vector<Json> records;
    for (std::string line; std::getline(out, line);)
        records.push_back(Json::parse(line));
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].at("id"), "b-2");
    EXPECT_EQ(records[1].at("id"), 7);
    EXPECT_EQ(records[2].at("id"), "a-1");
    for (const Json& record : records) {
        EXPECT_EQ(record.at("schema"), "yeonpyo.events/1");
        EXPECT_EQ(record.at("articles").size(), 1u);
        EXPECT_FALSE(record.at("events").empty());
    }
    EXPECT_EQ(records[0].at("articles")[0].at("url"), "https://example.org/news/2");
    EXPECT_EQ(records[0].at("articles")[0].at("source"), "example.org");
    EXPECT_EQ(records[1].at("articles")[0].at("lang"), "ko");
}

TEST_F(ExtractTest, ABadLineIsOneSentenceNamingIt) {
    const std::string good = articleLine(1, readSample("zuckerberg-seoul-2024-en.txt"), "");
    struct Row {
        const char* name;
        std::string line;
        const char* error;
    };
    const std::vector<Row> rows{
        {"not_json", "{\"id\": 2, \"text\": ", "line 2: The line is not valid JSON."},
        {"no_text", R"({"id": 2})", "line 2: The article needs a \"text\""},
        {"no_id", R"({"text": "Mayor visits harbour."})", "line 2: The article needs an \"id\""},
        {"bad_date", R"({"id": 2, "text": "x", "reference_date": "2024-02-30"})",
         "line 2: \"reference_date\" must be a date"},
        {"bad_lang", R"({"id": 2, "text": "x", "lang": "fr"})", "line 2: \"lang\" must be"},
        {"empty_text", R"({"id": 2, "text": ""})", "line 2: "},
        {"array", "[1, 2]", "line 2: The line must hold a JSON object."},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.name);
        const CliRun extracted =
            extract(write(std::string(row.name) + ".jsonl", good + row.line + "\n" + good));
        EXPECT_TRUE(failedWithOneSentence(extracted, row.error));
        EXPECT_EQ(std::count(extracted.out.begin(), extracted.out.end(), '\n'), 1)
            << "the lines before the bad one are written";
    }
}

TEST_F(ExtractTest, ImportOfARecordWithABadDateInTheMiddleChangesNothing) {
    const fs::path db = makeSampleDocument("bad-middle.yeonpyo");
    const std::string before = eventsJson(db);
    std::string lines;
    for (int index = 1; index <= 3; ++index) {
        lines += articleLine(index,
                             "Mayor Kim visited the port of Busan on 14 May 2024 " +
                                 std::string(index == 2 ? "and" : "then") + " left.",
                             "");
    }
    const CliRun extracted = extract(write("articles.jsonl", lines));
    ASSERT_TRUE(succeededQuietly(extracted));
    std::string events = extracted.out;
    const std::size_t second = events.find('\n') + 1;
    const std::size_t start = events.find("\"start\":\"2024-05-14", second);
    ASSERT_NE(start, std::string::npos) << events;
    events.replace(start, 19, "\"start\":\"2024-05-32");
    const CliRun import =
        run({"import", "--db", db.string(), write("events.jsonl", events).string()});
    EXPECT_TRUE(failedWithOneSentence(import, "events.jsonl: line 2: The key events[0].start"));
    EXPECT_EQ(eventsJson(db), before);
}

TEST_F(ExtractTest, StreamedJsonImportNamesTheLineOfABadEvent) {
    const fs::path db = makeSampleDocument("bad-json.yeonpyo");
    const std::string before = eventsJson(db);
    std::string json = before;
    const std::size_t start = json.find("\"start\": \"2024-");
    ASSERT_NE(start, std::string::npos);
    json.replace(start, 15, "\"start\": \"2024-99");
    const CliRun import = run({"import", "--db", db.string(), write("e.json", json).string()});
    EXPECT_TRUE(failedWithOneSentence(import, "e.json: line "));
    EXPECT_NE(import.err.find("start has the value \"2024-99"), std::string::npos) << import.err;
    EXPECT_EQ(eventsJson(db), before);
}

}  // namespace
}  // namespace yeonpyo::cli::testing
