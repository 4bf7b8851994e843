// `yeonpyo-cli extract` and streamed `import`: extract's JSON Lines imported give what ingest
// gives; a bad line or record is one sentence naming its line, and the document stays as it was.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "tests/cli/cli_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string readSample(const std::string& name) {
    std::ifstream file(fs::path(YEONPYO_SOURCE_DIR) / "resources" / "samples" / name,
                       std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

/// The seed story republished: copy `index` has its own last line (an outlet's credit), as
/// syndicated copies do.
std::string seedCopy(int index) {
    return readSample("zuckerberg-seoul-2024-ko.txt") + "\n<재배포 " + std::to_string(index) +
           "호 ⓒ 시험통신>\n";
}

std::string articleLine(const Json& id, const std::string& text, const std::string& url) {
    Json line{{"id", id}, {"text", text}};
    if (!url.empty())
        line["url"] = url;
    return line.dump() + "\n";
}

/// A document's events as compared across documents: without ids, quotes counted.
std::vector<std::string> eventsWithoutIds(const std::string& eventsJson) {
    std::vector<std::string> events;
    for (const Json& event : Json::parse(eventsJson).at("events")) {
        std::string people;
        for (const Json& person : event.at("participants"))
            people += person.at("name").get<std::string>() + ",";
        events.push_back(std::to_string(event.at("sequence").get<int>()) + " " +
                         event.at("title").get<std::string>() + " " + event.at("start").dump() +
                         " " + event.at("place").at("name").dump() + " " + people + " " +
                         std::to_string(event.at("quotes").size()) + " quotes");
    }
    return events;
}

class ExtractTest : public CliTest {
protected:
    CliRun extract(const fs::path& input, const std::vector<std::string>& options = {}) const {
        ChildSetup withInput = setup();
        withInput.standardInput = input;
        std::vector<std::string> arguments{"extract"};
        arguments.insert(arguments.end(), options.begin(), options.end());
        return run(arguments, withInput);
    }
};

TEST_F(ExtractTest, TwoHundredCopiesOfTheSeedImportedGiveTheFiveEventsIngestGives) {
    constexpr int kCopies = 200;
    std::string lines;
    std::vector<std::string> ingestArguments{"ingest", "--db", file("ingested.yeonpyo").string()};
    for (int index = 1; index <= kCopies; ++index) {
        const std::string name = "copy-" + std::to_string(index) + ".txt";
        ingestArguments.push_back(write(name, seedCopy(index)).string());
        lines += articleLine(index, seedCopy(index), file(name).string());
    }
    const CliRun extracted = extract(write("articles.jsonl", lines));
    ASSERT_TRUE(succeededQuietly(extracted));
    const fs::path events = write("events.jsonl", extracted.out);
    const fs::path imported = file("imported.yeonpyo");
    const CliRun import = run({"import", "--db", imported.string(), events.string()});
    ASSERT_TRUE(succeededQuietly(import));
    EXPECT_NE(import.out.find("events read"), std::string::npos) << import.out;
    ASSERT_TRUE(succeededQuietly(run(ingestArguments)));

    const auto fromImport = eventsWithoutIds(eventsJson(imported));
    EXPECT_EQ(fromImport.size(), 5u);
    EXPECT_EQ(fromImport, eventsWithoutIds(eventsJson(file("ingested.yeonpyo"))));
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
