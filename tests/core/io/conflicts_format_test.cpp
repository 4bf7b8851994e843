// Conflicts between sources in every export format: the JSON key only where there are some (read
// back by the importer, which refuses broken ones), and "Sources disagree" in words elsewhere.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/csv_p.h"
#include "core/io/export.h"
#include "core/io/import.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::ordered_json;

// The lunch's conflict in words: the English report (article 2) gives another part of day.
constexpr const char* kLunchConflict =
    "time of day is noon, but afternoon according to Zuckerberg meets LG and Samsung leaders in "
    "Seoul — Yeonpyo Times, 2024-02-28";

std::string exported(Format format) {
    ExportOptions options;
    options.now = 1709251200;
    auto text = exportEvents(format, testing::sampleArticles(), testing::sampleEvents(), options);
    EXPECT_TRUE(text.ok());
    return text.ok() ? *text : std::string{};
}

TEST(ConflictsFormat, JsonWritesThemOnlyOnEventsThatHaveSome) {
    const Json document = Json::parse(exported(Format::Json));
    const Json& lunch = document["events"][0];
    ASSERT_TRUE(lunch.contains("conflicts"));
    EXPECT_EQ(lunch["conflicts"], Json::parse(R"([{"field": "time_of_day", "kept": "noon",
                                                    "other": "afternoon", "article": 2}])"));
    EXPECT_FALSE(document["events"][1].contains("conflicts")) << "the dinner has none";
    EXPECT_TRUE(document["events"][4]["conflicts"][0]["article"].is_null())
        << "a source that is not known is null";
}

TEST(ConflictsFormat, JsonImportReadsThemBack) {
    auto imported = importJson(exported(Format::Json));
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    EXPECT_EQ(imported->events[0].conflicts, testing::sampleEvents()[0].conflicts);
    EXPECT_EQ(imported->events[4].conflicts, testing::sampleEvents()[4].conflicts);
    EXPECT_TRUE(imported->events[1].conflicts.empty());
}

TEST(ConflictsFormat, JsonImportRefusesBrokenOnes) {
    const auto withConflict = [](const std::string& conflict) {
        return R"({"schema": "yeonpyo.events/1", "articles": [{"id": 1}], "events": [{"id": 1,
                   "title": "x", "conflicts": [)" +
               conflict + "]}]}";
    };
    const std::vector<std::pair<std::string, std::string>> rows{
        {R"({"kept": "noon", "other": "evening"})",
         "The key events[0].conflicts[0].field is missing."},
        {R"({"field": "", "kept": "noon"})",
         "The key events[0].conflicts[0].field must name the field the sources disagree on."},
        {R"({"field": 3})", "The key events[0].conflicts[0].field must be a string."},
        {R"({"field": "place", "article": "one"})",
         "The key events[0].conflicts[0].article must be a whole number."},
        {R"({"field": "place", "article": 7})",
         "Event 1 cites article 7 for a conflict, which is not in the file."},
        {R"("noon")", "The value events[0].conflicts[0] must be an object."},
    };
    for (const auto& [conflict, message] : rows) {
        auto imported = importJson(withConflict(conflict));
        ASSERT_FALSE(imported.ok()) << conflict;
        EXPECT_EQ(imported.error().message, message) << conflict;
    }
    const std::vector<std::string> accepted{R"({"field": "start"})",
                                            R"({"field": "place", "article": null})",
                                            R"({"field": "place", "article": 1})"};
    for (const std::string& conflict : accepted)
        EXPECT_TRUE(importJson(withConflict(conflict)).ok()) << conflict;
}

TEST(ConflictsFormat, CsvHasAConflictsColumnInWords) {
    auto records = parseCsv(exported(Format::Csv));
    ASSERT_TRUE(records.ok());
    const std::vector<std::string>& header = records->front().fields;
    ASSERT_EQ(header.back(), "conflicts") << "a new column goes last, so old sheets keep theirs";
    EXPECT_EQ((*records)[1].fields.back(), kLunchConflict);
    EXPECT_EQ((*records)[2].fields.back(), "") << "the dinner has none";
    EXPECT_TRUE((*records)[5].fields.back().starts_with("place is Café <b>&</b>"));
    EXPECT_NE((*records)[5].fields.back().find("according to another source"), std::string::npos);
}

TEST(ConflictsFormat, IcsDescriptionSaysSourcesDisagree) {
    std::string ics = exported(Format::Ics);
    for (std::size_t fold; (fold = ics.find("\r\n ")) != std::string::npos;)
        ics.erase(fold, 3);  // undo RFC 5545 line folding
    EXPECT_NE(ics.find("\\nSources disagree: time of day is noon\\, but afternoon according to "
                       "Zuckerberg meets LG and Samsung leaders in Seoul — Yeonpyo Times\\, "
                       "2024-02-28\\n"),
              std::string::npos);
}

TEST(ConflictsFormat, MarkupFormatsSayItEscaped) {
    const std::string kml = exported(Format::Kml);
    EXPECT_NE(kml.find(std::string("\nSources disagree: ") + kLunchConflict), std::string::npos);
    EXPECT_NE(kml.find("but &lt;script&gt;x&lt;/script&gt; &amp; &quot;=Busan&quot; according"),
              std::string::npos);
    const Json timeline = Json::parse(exported(Format::TimelineJs));
    const std::string lunchText = timeline["events"][0]["text"]["text"];
    EXPECT_NE(lunchText.find(std::string("<p>Sources disagree: ") + kLunchConflict + "</p>"),
              std::string::npos)
        << lunchText;
    EXPECT_EQ(timeline.dump().find("<script>x"), std::string::npos);
}

TEST(ConflictsFormat, GeoJsonPropertiesCiteTheSource) {
    const Json collection = Json::parse(exported(Format::GeoJson));
    const Json& lunch = collection["features"][0]["properties"];
    EXPECT_EQ(lunch["conflicts"],
              Json::parse(R"([{"field": "time_of_day", "kept": "noon", "other": "afternoon",
                  "source": "Zuckerberg meets LG and Samsung leaders in Seoul — Yeonpyo Times, 2024-02-28"}])"));
    EXPECT_FALSE(collection["features"][1]["properties"].contains("conflicts"));
    EXPECT_TRUE(collection["features"][4]["properties"]["conflicts"][0]["source"].is_null());
}

}  // namespace
}  // namespace yeonpyo::io
