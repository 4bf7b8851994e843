// Hostile text (SQL, markup, quotes, separators, line breaks, formulas) through import, search
// and every export: stored and given back exactly, never run, and escaped in each format.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "tests/cli/cli_fixture.h"
#include "tests/cli/export_readers.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::string>& hostileTexts() {
    static const std::vector<std::string> texts{
        "'); DROP TABLE event;--",
        "Robert\"; DELETE FROM article WHERE 1=1; --",
        "<script>alert(\"x\")</script>",
        "comma, \"quote\" and\nnew line; semicolon",
        "=HYPERLINK(\"http://example.invalid\",\"click\")",
        "]]></name><script>x</script><![CDATA[",
        "back\\slash \\n stays; \\, too",
        "Lunch\nATTENDEE:mailto:intruder@example.invalid\nEND:VEVENT",
        "한글 ' 작은따옴표 \" 큰따옴표 ; 세미콜론",
    };
    return texts;
}

const std::string& hostile(std::size_t index) {
    return hostileTexts()[index % hostileTexts().size()];
}

/// A JSON export whose titles, participants, places and article metadata are all hostile.
std::string hostileEventsJson() {
    json articles = json::array();
    articles.push_back({{"id", 1},
                        {"title", hostile(0)},
                        {"source", hostile(3)},
                        {"published", "2024-05-14"},
                        {"lang", "ko"}});
    json events = json::array();
    for (std::size_t i = 0; i < hostileTexts().size(); ++i) {
        json place = {{"name", hostile(i + 1)},
                      {"address", hostile(i + 2)},
                      {"lat", 35.0 + static_cast<double>(i) / 100},
                      {"lon", 129.0},
                      {"precision", "venue"}};
        json participant = {{"name", hostile(i + 3)}, {"title", hostile(i + 4)}, {"org", ""}};
        json quote = {{"article", 1}, {"start", 0}, {"end", 3}, {"text", hostile(i + 5)}};
        events.push_back({{"id", i + 1},
                          {"sequence", i + 1},
                          {"kind", "meeting"},
                          {"title", hostile(i)},
                          {"start", "2024-05-" + std::to_string(10 + i) + "T10:00+09:00"},
                          {"status", "happened"},
                          {"place", place},
                          {"participants", json::array({participant})},
                          {"quotes", json::array({quote})},
                          {"after", json::array()}});
    }
    return json{{"schema", "yeonpyo.events/1"}, {"articles", articles}, {"events", events}}.dump(2);
}

class InjectionTest : public CliTest {
protected:
    void SetUp() override {
        db_ = file("hostile.yeonpyo").string();
        source_ = write("hostile.json", hostileEventsJson()).string();
        ASSERT_TRUE(succeededQuietly(run({"import", "--db", db_, source_})));
    }

    std::string exported(const std::string& format) {
        const CliRun events = run({"events", "--db", db_, "--format", format});
        EXPECT_TRUE(succeededQuietly(events));
        return events.out;
    }

    /// The titles the exporters should show, in sequence order.
    static std::vector<std::string> titles() { return hostileTexts(); }

    std::string db_;
    std::string source_;
};

TEST_F(InjectionTest, HostileTextIsStoredAndGivenBackExactly) {
    const json events = json::parse(exported("json"))["events"];
    ASSERT_EQ(events.size(), hostileTexts().size()) << "a statement ran instead of being stored";
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i]["title"], hostile(i));
        EXPECT_EQ(events[i]["place"]["name"], hostile(i + 1));
        EXPECT_EQ(events[i]["place"]["address"], hostile(i + 2));
        EXPECT_EQ(events[i]["participants"][0]["name"], hostile(i + 3));
        EXPECT_EQ(events[i]["participants"][0]["title"], hostile(i + 4));
        EXPECT_EQ(events[i]["quotes"][0]["text"], hostile(i + 5));
    }
    const json articles = json::parse(exported("json"))["articles"];
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0]["title"], hostile(0));
    EXPECT_EQ(articles[0]["source"], hostile(3));
}

TEST_F(InjectionTest, ImportingTheSameHostileFileAgainAddsNothing) {
    const std::string before = exported("json");
    const CliRun again = run({"import", "--db", db_, source_});
    EXPECT_TRUE(succeededQuietly(again));
    EXPECT_NE(again.out.find(", 0 new."), std::string::npos) << again.out;
    EXPECT_EQ(exported("json"), before);
}

TEST_F(InjectionTest, HostileSearchQueriesAreWordsNotSyntax) {
    const std::string before = exported("json");
    std::vector<std::string> queries = hostileTexts();
    for (const char* syntax : {"\"", "*", "NEAR(a b)", "title:x", "-x", "^x", "a OR b", "a AND",
                               "NOT", "(", "')", "%", "_", "\\"}) {
        queries.emplace_back(syntax);
    }
    for (const std::string& query : queries) {
        const CliRun search = run({"search", "--db", db_, "--", query});
        EXPECT_EQ(search.exitCode, 0) << query << ": " << oneLine(search.err);
    }
    const CliRun found = run({"search", "--db", db_, "DROP TABLE event"});
    EXPECT_NE(found.out.find("'); [DROP] [TABLE] [event];--"), std::string::npos) << found.out;
    EXPECT_EQ(exported("json"), before);
}

TEST_F(InjectionTest, CsvQuotesEveryFieldThatNeedsItAndDisarmsFormulas) {
    const auto rows = readCsv(exported("csv"));
    ASSERT_TRUE(rows.has_value()) << "the CSV export does not parse";
    ASSERT_EQ(rows->size(), hostileTexts().size() + 1);
    const auto& header = rows->front();
    const auto title = std::find(header.begin(), header.end(), "title") - header.begin();
    const auto place = std::find(header.begin(), header.end(), "place") - header.begin();
    ASSERT_LT(static_cast<std::size_t>(title), header.size());
    for (std::size_t i = 0; i < hostileTexts().size(); ++i) {
        const auto& row = (*rows)[i + 1];
        ASSERT_EQ(row.size(), header.size()) << "row " << i << " has a stray separator";
        const std::string& expected = hostile(i);
        EXPECT_EQ(row[title], expected.starts_with('=') ? "'" + expected : expected);
        EXPECT_EQ(row[place],
                  hostile(i + 1).starts_with('=') ? "'" + hostile(i + 1) : hostile(i + 1));
    }
}

TEST_F(InjectionTest, IcsEscapesTextAndNoTitleAddsAProperty) {
    const std::string ics = exported("ics");
    const std::vector<std::string> lines = unfoldIcs(ics);
    for (const std::string& line : lines) {
        EXPECT_FALSE(line.starts_with("ATTENDEE")) << "a title's line break became a property";
        EXPECT_EQ(line.find('\n'), std::string::npos) << "a bare line break inside: " << line;
    }
    const auto summaries = icsTextValues(lines, "SUMMARY");
    ASSERT_EQ(summaries.size(), hostileTexts().size());
    for (const std::string& title : titles())
        EXPECT_NE(std::find(summaries.begin(), summaries.end(), title), summaries.end()) << title;
    const auto ends = std::count(lines.begin(), lines.end(), "END:VEVENT");
    EXPECT_EQ(static_cast<std::size_t>(ends), hostileTexts().size());
}

TEST_F(InjectionTest, KmlIsWellFormedAndNamesArePlainText) {
    const XmlContent kml = readXml(exported("kml"), "name");
    ASSERT_TRUE(kml.wellFormed) << kml.error;
    EXPECT_EQ(std::count(kml.elementNames.begin(), kml.elementNames.end(), "script"), 0);
    for (std::size_t i = 0; i < hostileTexts().size(); ++i) {
        const std::string name = std::to_string(i + 1) + ". " + hostile(i);
        EXPECT_NE(std::find(kml.texts.begin(), kml.texts.end(), name), kml.texts.end()) << name;
    }
}

TEST_F(InjectionTest, RenderedSvgIsWellFormedAndShowsMarkupAsText) {
    const std::string svg = file("timeline.svg").string();
    ASSERT_TRUE(succeededQuietly(run({"render", "--db", db_, "-o", svg, "--map"})));
    const XmlContent content = readXml(store::testing::readBytes(svg), "text");
    ASSERT_TRUE(content.wellFormed) << content.error;
    EXPECT_EQ(std::count(content.elementNames.begin(), content.elementNames.end(), "script"), 0);
    const bool shown = std::any_of(content.texts.begin(), content.texts.end(),
                                   [](const std::string& t) { return t.starts_with("<scr"); });
    EXPECT_TRUE(shown) << "the <script> title is not drawn as text";
}

TEST_F(InjectionTest, JsonFormatsParseBack) {
    for (const char* format : {"json", "geojson", "timelinejs"}) {
        const std::string text = exported(format);
        EXPECT_TRUE(json::accept(text)) << format;
    }
    const json geo = json::parse(exported("geojson"));
    std::vector<std::string> names;
    for (const auto& feature : geo["features"]) {
        if (feature["properties"].contains("title"))
            names.push_back(feature["properties"]["title"]);
    }
    for (const std::string& title : titles())
        EXPECT_NE(std::find(names.begin(), names.end(), title), names.end()) << title;
}

}  // namespace
}  // namespace yeonpyo::cli::testing
