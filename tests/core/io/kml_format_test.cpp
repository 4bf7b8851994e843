// KML export: well-formed XML, a Placemark an event with its time and lon,lat point, the route.
#include <gtest/gtest.h>

#include <regex>

#include "core/io/export.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

std::string exportedKml() {
    auto kml = exportEvents(Format::Kml, testing::sampleArticles(), testing::sampleEvents());
    EXPECT_TRUE(kml.ok());
    return kml.ok() ? *kml : std::string{};
}

/// Why `xml` is not well-formed (tags balanced, text without raw < or unknown &), or "".
std::string wellFormednessProblem(const std::string& xml) {
    std::vector<std::string> open;
    static const std::regex entity(R"(^&(amp|lt|gt|quot|apos|#[0-9]+);)");
    for (std::size_t at = 0; at < xml.size();) {
        if (xml[at] == '&') {
            if (!std::regex_search(xml.begin() + static_cast<long>(at), xml.end(), entity)) {
                return "a bare & at byte " + std::to_string(at);
            }
            ++at;
            continue;
        }
        if (xml[at] != '<') {
            if (xml[at] == '>')
                return "a bare > at byte " + std::to_string(at);
            ++at;
            continue;
        }
        const std::size_t close = xml.find('>', at);
        if (close == std::string::npos)
            return "an unclosed tag";
        const std::string tag = xml.substr(at + 1, close - at - 1);
        at = close + 1;
        if (tag.starts_with('?'))
            continue;
        if (tag.find('<') != std::string::npos)
            return "a < inside the tag " + tag;
        if (std::count(tag.begin(), tag.end(), '"') % 2 != 0)
            return "an unbalanced quote in " + tag;
        const std::string name =
            tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" /", 1) - (tag[0] == '/' ? 1 : 0));
        if (tag.starts_with('/')) {
            if (open.empty() || open.back() != name)
                return "</" + name + "> closes nothing open";
            open.pop_back();
        } else if (!tag.ends_with('/')) {
            open.push_back(name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

std::vector<std::string> allBetween(const std::string& xml, const std::string& open,
                                    const std::string& close) {
    std::vector<std::string> found;
    for (std::size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const std::size_t start = at + open.size();
        found.push_back(xml.substr(start, xml.find(close, start) - start));
    }
    return found;
}

TEST(KmlFormat, IsWellFormed) {
    const std::string kml = exportedKml();
    EXPECT_EQ(wellFormednessProblem(kml), "");
    EXPECT_TRUE(
        kml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml "
                        "xmlns=\"http://www.opengis.net/kml/2.2\">"));
}

TEST(KmlFormat, CheckerNoticesBrokenXml) {
    EXPECT_NE(wellFormednessProblem("<a><b></a></b>"), "");
    EXPECT_NE(wellFormednessProblem("<a>x & y</a>"), "");
    EXPECT_NE(wellFormednessProblem("<a><b>"), "");
    EXPECT_EQ(wellFormednessProblem("<a x=\"1\"><b/>&lt;&amp;</a>"), "");
}

TEST(KmlFormat, HasAPlacemarkPerEventWithTimeAndPoint) {
    const std::string kml = exportedKml();
    const std::vector<std::string> names = allBetween(kml, "<name>", "</name>");
    ASSERT_EQ(names.size(), 1 + 5 + 1u) << "document, events, route";
    EXPECT_EQ(names[1], "1. LG 경영진과 오찬");
    EXPECT_EQ(allBetween(kml, "<Placemark id=", ">").size(), 6u);
    EXPECT_EQ(allBetween(kml, "<begin>", "</begin>"),
              (std::vector<std::string>{"2024-02-28T12:00:00+09:00"}))
        << "only the lunch has an end";
    EXPECT_EQ(allBetween(kml, "<end>", "</end>"),
              (std::vector<std::string>{"2024-02-28T13:30:00+09:00"}));
    EXPECT_EQ(allBetween(kml, "<when>", "</when>"),
              (std::vector<std::string>{"2024-02-28T19:00:00+09:00", "2024-02-29", "2024-03"}))
        << "a day and a month are KML times of their own";
    const std::vector<std::string> points =
        allBetween(kml, "<Point><coordinates>", "</coordinates>");
    EXPECT_EQ(points, (std::vector<std::string>{"126.934000,37.528000", "126.998000,37.538000",
                                                "126.978000,37.566500"}));
    EXPECT_EQ(allBetween(kml, "<LineString>", "</LineString>").size(), 1u);
    EXPECT_NE(kml.find("126.934000,37.528000 126.998000,37.538000 126.978000,37.566500"),
              std::string::npos);
}

TEST(KmlFormat, EscapesUserText) {
    const std::string kml = exportedKml();
    EXPECT_EQ(kml.find("<script>"), std::string::npos);
    EXPECT_NE(kml.find("5. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(kml.find("O&#39;Brien, Jr. (&quot;CEO&quot;, A;B\\C)"), std::string::npos);
}

}  // namespace
}  // namespace yeonpyo::io
