// Reading JSON events files: values the writer never produced, and malformed files, each refused
// with one sentence naming the line or the key.
#include <gtest/gtest.h>

#include "core/io/import.h"

namespace yeonpyo::io {
namespace {

/// A minimal valid file with `event` as its only event's members.
std::string withEvent(const std::string& event) {
    return R"({"schema": "yeonpyo.events/1", "articles": [{"id": 1, "title": "t", "source": "s",
 "published": null, "lang": "ko"}], "events": [{)" +
           event + "}]}";
}

TEST(JsonImport, ReadsAHandWrittenFileWithOnlyTheContractKeys) {
    const std::string file = withEvent(R"("id": 4, "sequence": 1, "kind": "meal", "title": "오찬",
        "start": "2024-02-28T12:00+09:00", "end": null, "time_of_day": "noon", "status": "planned",
        "place": {"name": "LG트윈타워", "address": "서울", "lat": 37.528, "lon": 126.934,
                  "precision": "venue"},
        "participants": [{"name": "조주완", "title": "CEO", "org": "LG전자"}],
        "quotes": [{"article": 1, "start": 3, "end": 9, "text": "점심"}], "after": [])");
    auto imported = importJson(file);
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    ASSERT_EQ(imported->events.size(), 1u);
    const Event& event = imported->events.front();
    EXPECT_EQ(event.time.start, "2024-02-28T12:00");
    EXPECT_EQ(event.time.timeZone, "GMT+09:00") << "the offset stands in for the missing zone";
    ASSERT_TRUE(event.time.beginUtc.has_value());
    EXPECT_EQ(*event.time.beginUtc, 1709089200) << "noon in Seoul is 03:00 UTC";
    EXPECT_EQ(event.status, EventStatus::Planned);
    EXPECT_EQ(event.place.precision, PlacePrecision::Venue);
    EXPECT_EQ(event.quotes.front().text, "점심");
}

TEST(JsonImport, UsesTheOptionZoneForTimesWithoutOne) {
    auto imported = importJson(withEvent(R"("id": 1, "title": "x", "start": "2024-02-28")"),
                               ImportOptions{"Asia/Seoul"});
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    EXPECT_EQ(imported->events.front().time.timeZone, "Asia/Seoul");
    EXPECT_EQ(imported->events.front().time.beginUtc, 1709046000);
}

TEST(JsonImport, RefusesMalformedFilesNamingTheLineOrKey) {
    struct Row {
        std::string name;
        std::string file;
        std::string message;
    };
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    const std::vector<Row> rows{
        {"syntax", "{\"schema\": \"yeonpyo.events/1\",\n \"events\": [\n  {\"id\": 1,,}]}",
         "The JSON is not valid at line 3, column 12."},
        {"not an object", "[1, 2]", "The value (top) must be an object."},
        {"other schema", R"({"schema": "other/2", "events": []})",
         "The file's schema is \"other/2\", not yeonpyo.events/1."},
        {"no schema", R"({"events": []})", "The key (top).schema is missing."},
        {"no events", R"({"schema": "yeonpyo.events/1"})", "The key (top).events is missing."},
        {"title type", withEvent(R"("id": 1, "title": 5)"),
         "The key events[0].title must be a string."},
        {"no id", withEvent(R"("title": "x")"), "The key events[0].id is missing."},
        {"id type", withEvent(R"("id": 1.5, "title": "x")"),
         "The key events[0].id must be a whole number."},
        {"kind", withEvent(R"("id": 1, "title": "x", "kind": "party")"),
         "The key events[0].kind has the unknown value \"party\""},
        {"precision", withEvent(R"("id": 1, "title": "x", "place": {"precision": "street"})"),
         "The key events[0].place.precision has the unknown value \"street\""},
        {"lat type", withEvent(R"("id": 1, "title": "x", "place": {"lat": "37N"})"),
         "The key events[0].place.lat must be a number."},
        {"participant", withEvent(R"("id": 1, "title": "x", "participants": [{"title": "CEO"}])"),
         "The key events[0].participants[0].name is missing."},
        {"quote order",
         withEvent(R"("id": 1, "title": "x", "quotes": [{"article": 1, "start": 9, "end": 3}])"),
         "The key events[0].quotes[0].end must not come before start"},
        {"after type", withEvent(R"("id": 1, "title": "x", "after": ["one"])"),
         "The value events[0].after[0] must be an event id (a whole number)."},
        {"after target", withEvent(R"("id": 1, "title": "x", "after": [8])"),
         "Event 1 follows event 8, which is not in the file."},
        {"quote article",
         withEvent(R"("id": 1, "title": "x", "quotes": [{"article": 4, "start": 0, "end": 1}])"),
         "Event 1 quotes article 4, which is not in the file."},
        {"nesting", deep, "The JSON is nested too deeply to be a Yeonpyo events file."},
        {"huge number", withEvent(R"("id": 1, "title": "x", "place": {"lat": 1e908})"),
         "The JSON holds a number too large to read."},
        {"bad utf-8", "{\"schema\": \"yeonpyo.events/1\", \"events\": [], \"x\": \"\xC3\x28\"}",
         "The JSON is not valid at line 1"},
    };
    for (const Row& row : rows) {
        auto imported = importJson(row.file);
        ASSERT_FALSE(imported.ok()) << row.name;
        EXPECT_TRUE(imported.error().message.starts_with(row.message))
            << row.name << ": " << imported.error().message;
        EXPECT_EQ(imported.error().message.back(), '.') << row.name;
    }
}

TEST(JsonImport, RefusesTwoEventsWithOneId) {
    const std::string file = R"({"schema": "yeonpyo.events/1", "events": [
        {"id": 3, "title": "a"}, {"id": 3, "title": "b"}]})";
    auto imported = importJson(file);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().message, "Two events have the same id 3.");
}

TEST(Import, TellsJsonFromCsv) {
    EXPECT_TRUE(importEvents("\xEF\xBB\xBF  " + withEvent(R"("id": 1, "title": "x")")).ok());
    auto csv = importEvents("Year,Headline\n2024,Visit\n");
    ASSERT_TRUE(csv.ok()) << csv.error().message;
    EXPECT_EQ(csv->events.front().title, "Visit");
    auto empty = importEvents(" \n ");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message, "The file is empty.");
}

}  // namespace
}  // namespace yeonpyo::io
