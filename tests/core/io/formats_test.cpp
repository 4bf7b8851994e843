// Format names, and the escaping promise every exporter makes about hostile user text.
#include <gtest/gtest.h>

#include "core/io/export.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

TEST(Formats, NamesMapBothWays) {
    struct Row {
        std::string name;
        std::optional<Format> format;
    };
    const std::vector<Row> rows{
        {"json", Format::Json},       {"CSV", Format::Csv}, {"ics", Format::Ics},
        {"GeoJSON", Format::GeoJson}, {"kml", Format::Kml}, {"timelinejs", Format::TimelineJs},
        {"xml", std::nullopt},        {"", std::nullopt},   {"json ", std::nullopt}};
    for (const Row& row : rows)
        EXPECT_EQ(formatFromName(row.name), row.format) << row.name;
    for (Format format : allFormats())
        EXPECT_EQ(formatFromName(formatName(format)), format);
    EXPECT_EQ(fileExtension(Format::GeoJson), ".geojson");
}

TEST(Formats, MarkupFormatsNeverCarryARawScriptTag) {
    for (Format format : {Format::Kml, Format::TimelineJs}) {
        auto written = exportEvents(format, testing::sampleArticles(), testing::sampleEvents());
        ASSERT_TRUE(written.ok());
        EXPECT_EQ(written->find("<script>"), std::string::npos) << formatName(format);
        EXPECT_EQ(written->find("<b>&</b>"), std::string::npos) << formatName(format);
    }
}

TEST(Formats, EveryFormatWritesAnEmptyTimeline) {
    for (Format format : allFormats()) {
        auto written = exportEvents(format, {}, {});
        ASSERT_TRUE(written.ok()) << formatName(format);
        EXPECT_FALSE(written->empty()) << formatName(format);
    }
}

}  // namespace
}  // namespace yeonpyo::io
