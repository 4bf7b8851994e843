// TimelineJS3 export parsed back: slides with date objects, HTML-escaped text, the title slide.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/export.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::json;

Json exportedTimeline() {
    ExportOptions options;
    options.title = "Zuckerberg in <Seoul>";
    auto timeline = exportEvents(Format::TimelineJs, testing::sampleArticles(),
                                 testing::sampleEvents(), options);
    EXPECT_TRUE(timeline.ok());
    return Json::parse(timeline.ok() ? *timeline : std::string("{}"));
}

TEST(TimelineJsFormat, HasATitleSlideAndASlidePerPlaceableEvent) {
    const Json timeline = exportedTimeline();
    EXPECT_EQ(timeline["title"]["text"]["headline"], "Zuckerberg in &lt;Seoul&gt;");
    const Json& slides = timeline["events"];
    ASSERT_EQ(slides.size(), 4u) << "XXXX-XX-29 has no year TimelineJS could show";
    EXPECT_EQ(slides[0]["start_date"],
              (Json{{"year", 2024}, {"month", 2}, {"day", 28}, {"hour", 12}, {"minute", 0}}));
    EXPECT_EQ(slides[0]["end_date"],
              (Json{{"year", 2024}, {"month", 2}, {"day", 28}, {"hour", 13}, {"minute", 30}}));
    EXPECT_EQ(slides[2]["start_date"], (Json{{"year", 2024}, {"month", 2}, {"day", 29}}));
    EXPECT_EQ(slides[3]["start_date"], (Json{{"year", 2024}, {"month", 3}}));
    EXPECT_EQ(slides[0]["group"], "meal");
    EXPECT_EQ(slides[0]["unique_id"], "event-2");
    EXPECT_DOUBLE_EQ(slides[0]["location"]["lat"].get<double>(), 37.528);
    EXPECT_NE(slides[0]["text"]["text"].get<std::string>().find(
                  "<blockquote>LG트윈타워에서 조주완 사장과 점심을 함께했다.</blockquote>"),
              std::string::npos);
}

TEST(TimelineJsFormat, EscapesHtmlInUserText) {
    const Json slides = exportedTimeline()["events"];
    const std::string headline = slides[3]["text"]["headline"];
    EXPECT_EQ(
        headline,
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, &quot;quoted&quot;; a\\b\nsecond line");
    EXPECT_EQ(slides[3]["text"]["text"].get<std::string>().find("<b>"), std::string::npos);
}

}  // namespace
}  // namespace yeonpyo::io
