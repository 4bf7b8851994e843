// Streaming import: a JSON document read part by part gives what the whole-file reader gives;
// JSON Lines records come one by one; every malformed record's error names its line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "core/io/export.h"
#include "core/io/import.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

/// Everything a stream handed on, in order.
struct Collected {
    std::vector<ImportPart> parts;
    Status status = success();
};

Collected collect(const std::string& bytes, ImportFormat format) {
    std::istringstream in(bytes);
    Collected collected;
    collected.status = streamEvents(in, format, {}, [&](ImportPart&& part) {
        collected.parts.push_back(std::move(part));
        return success();
    });
    return collected;
}

std::string sampleJson() {
    auto json = exportEvents(Format::Json, testing::sampleArticles(), testing::sampleEvents());
    EXPECT_TRUE(json.ok());
    return json.ok() ? *json : std::string{};
}

/// A document of `count` events quoting no article, each following the one before.
std::string manyEvents(int count) {
    std::string json = R"({"schema": "yeonpyo.events/1", "articles": [], "events": [)";
    for (int id = 1; id <= count; ++id) {
        json += (id > 1 ? ",\n" : "\n") + std::string(R"({"id": )") + std::to_string(id) +
                R"(, "title": "Event )" + std::to_string(id) +
                R"(", "start": "2024-02-28", "after": [)" + (id > 1 ? std::to_string(id - 1) : "") +
                "]}";
    }
    return json + "]}\n";
}

TEST(StreamImport, JsonDocumentGivesWhatTheWholeFileReaderGives) {
    const std::string json = sampleJson();
    auto whole = importJson(json);
    ASSERT_TRUE(whole.ok()) << whole.error().message;
    const Collected streamed = collect(json, ImportFormat::Json);
    ASSERT_TRUE(streamed.status.ok()) << streamed.status.error().message;

    std::vector<Article> articles;
    std::vector<Event> events;
    for (const ImportPart& part : streamed.parts) {
        EXPECT_FALSE(part.wholeRecord);
        articles.insert(articles.end(), part.timeline.articles.begin(),
                        part.timeline.articles.end());
        events.insert(events.end(), part.timeline.events.begin(), part.timeline.events.end());
    }
    EXPECT_EQ(articles, whole->articles);
    EXPECT_EQ(events, whole->events);
    ASSERT_FALSE(streamed.parts.empty());
    EXPECT_FALSE(streamed.parts.front().timeline.articles.empty()) << "articles come first";
    EXPECT_EQ(streamed.parts.back().bytesRead, json.size());
}

TEST(StreamImport, LargeDocumentComesInBoundedBatches) {
    const Collected streamed = collect(manyEvents(4500), ImportFormat::Json);
    ASSERT_TRUE(streamed.status.ok()) << streamed.status.error().message;
    ASSERT_EQ(streamed.parts.size(), 3u);
    std::size_t total = 0;
    std::int64_t previousLine = 0;
    for (const ImportPart& part : streamed.parts) {
        EXPECT_LE(part.timeline.events.size(), 2000u);
        EXPECT_GT(part.line, previousLine);
        previousLine = part.line;
        total += part.timeline.events.size();
    }
    EXPECT_EQ(total, 4500u);
    EXPECT_EQ(streamed.parts[2].timeline.events.back().after, std::vector<std::int64_t>{4499});
}

TEST(StreamImport, JsonLinesRecordsComeOneByOneWithTheirLines) {
    std::string json = sampleJson();
    auto whole = importJson(json);
    ASSERT_TRUE(whole.ok());
    std::string line = nlohmann::json::parse(json).dump();
    const Collected streamed =
        collect(line + "\n\n" + line + "\r\n" + line, ImportFormat::JsonLines);
    ASSERT_TRUE(streamed.status.ok()) << streamed.status.error().message;
    ASSERT_EQ(streamed.parts.size(), 3u);
    EXPECT_EQ(streamed.parts[0].line, 1);
    EXPECT_EQ(streamed.parts[1].line, 3);
    EXPECT_EQ(streamed.parts[2].line, 4);
    for (const ImportPart& part : streamed.parts) {
        EXPECT_TRUE(part.wholeRecord);
        EXPECT_EQ(part.timeline.events, whole->events);
    }
}

TEST(StreamImport, SinkErrorsStopTheStreamAndNameTheLine) {
    std::istringstream in(manyEvents(10));
    int calls = 0;
    const Status status = streamEvents(in, ImportFormat::Json, {}, [&](ImportPart&&) {
        ++calls;
        return Status{Error{"The disk is full."}};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(status.error().message, "line 1: The disk is full.");
}

struct BadStream {
    const char* name;
    ImportFormat format;
    std::string bytes;
    std::string error;
};

const std::string kGoodRecord =
    R"({"schema": "yeonpyo.events/1", "articles": [], "events": [{"id": 1, "title": "Good", "start": "2024-02-28"}]})";

std::vector<BadStream> badStreams() {
    const std::string badDate =
        R"({"schema": "yeonpyo.events/1", "articles": [], "events": [{"id": 1, "title": "Bad", "start": "2024-02-31"}]})";
    return {
        {"empty", ImportFormat::Json, "", "The file is empty."},
        {"not_json", ImportFormat::Json, "{\n\"schema\": nope}",
         "The JSON is not valid at line 2."},
        {"truncated", ImportFormat::Json, manyEvents(3).substr(0, 150),
         "The JSON is not valid at line"},
        {"array_at_top", ImportFormat::Json, "[1, 2]", "must hold one JSON object."},
        {"wrong_schema", ImportFormat::Json, R"({"schema": "other/2", "events": []})",
         "not yeonpyo.events/1."},
        {"no_schema", ImportFormat::Json, R"({"events": []})", "(top).schema is missing."},
        {"no_events", ImportFormat::Json, R"({"schema": "yeonpyo.events/1"})",
         "(top).events is missing."},
        {"events_not_array", ImportFormat::Json, R"({"schema": "yeonpyo.events/1", "events": 3})",
         "(top).events must be an array."},
        {"event_not_object", ImportFormat::Json,
         "{\"schema\": \"yeonpyo.events/1\",\n\"events\": [\n7]}",
         "line 3: The value events[0] must be an object."},
        {"bad_date_in_the_middle", ImportFormat::Json,
         "{\"schema\": \"yeonpyo.events/1\", \"events\": [\n"
         R"({"id": 1, "title": "A", "start": "2024-02-28"},)"
         "\n"
         R"({"id": 2, "title": "B", "start": "2024-13-01"},)"
         "\n"
         R"({"id": 3, "title": "C", "start": "2024-02-29"}]})",
         "line 3: The key events[1].start has the value \"2024-13-01\""},
        {"missing_title", ImportFormat::Json,
         "{\"schema\": \"yeonpyo.events/1\", \"events\": [\n\n{\"id\": 1}]}",
         "line 3: The key events[0].title"},
        {"too_deep", ImportFormat::Json,
         R"({"schema": "yeonpyo.events/1", "x": )" + std::string(40, '[') + std::string(40, ']') +
             "}",
         "nested too deeply"},
        {"jsonl_bad_date_in_the_middle", ImportFormat::JsonLines,
         kGoodRecord + "\n" + kGoodRecord + "\n" + badDate + "\n" + kGoodRecord + "\n",
         "line 3: The key events[0].start has the value \"2024-02-31\""},
        {"jsonl_not_json", ImportFormat::JsonLines, kGoodRecord + "\n{oops\n",
         "line 2: The JSON is not valid"},
        {"jsonl_nothing", ImportFormat::JsonLines, "\n \n", "The file holds no records."},
    };
}

void PrintTo(const BadStream& row, std::ostream* out) {
    *out << row.name;
}

class BadStreams : public ::testing::TestWithParam<BadStream> {};

TEST_P(BadStreams, FailWithOneSentenceNamingTheLine) {
    const BadStream& bad = GetParam();
    const Collected streamed = collect(bad.bytes, bad.format);
    ASSERT_FALSE(streamed.status.ok());
    EXPECT_NE(streamed.status.error().message.find(bad.error), std::string::npos)
        << streamed.status.error().message;
}

INSTANTIATE_TEST_SUITE_P(Rows, BadStreams, ::testing::ValuesIn(badStreams()),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(StreamImport, FormatComesFromTheNameThenTheFirstCharacter) {
    EXPECT_EQ(importFormatOf("events.jsonl", "{"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatOf("events.ndjson", ""), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatOf("events.json", "\xEF\xBB\xBF  \n{"), ImportFormat::Json);
    EXPECT_EQ(importFormatOf("events.txt", "{\"schema\""), ImportFormat::Json);
    EXPECT_EQ(importFormatOf("sheet.csv", "Year,Month"), ImportFormat::TimelineCsv);
    EXPECT_EQ(importFormatOf("events.json", "Year,Month"), ImportFormat::TimelineCsv);
}

}  // namespace
}  // namespace yeonpyo::io
