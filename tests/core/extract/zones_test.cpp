// Tests of place time zones: the zone table, countries with one zone, and an event whose time is
// stated in local time (현지시간) abroad.
#include <gtest/gtest.h>

#include "core/extract/extractor.h"
#include "core/extract/place_zone_p.h"
#include "core/lexicon/lexicon.h"
#include "core/lexicon/tsv.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::embedded {
std::string_view lexiconData(std::string_view name);
}  // namespace yeonpyo::embedded

namespace yeonpyo::extract {
namespace {

TEST(PlaceZone, ReadsTheTableThenEnclosingPlacesThenTheCountry) {
    const auto& lexicon = lexicon::builtinLexicon();
    struct Row {
        std::string id;
        std::string zone;
    };
    const std::vector<Row> rows{
        {"city:us:los-angeles", "America/Los_Angeles"},  // its own row
        {"city:us:new-york-city", "America/New_York"},
        {"country:us", "America/New_York"},     // a country of several zones: its row
        {"kr:seoul:yongsan", "Asia/Seoul"},     // enclosing places up to a one-zone country
        {"country:fr", "Europe/Paris"},         // one zone, from ICU
        {"city:cn:shanghai", "Asia/Shanghai"},  // the country's row
        {"", ""},
        {"no:such:place", ""},
    };
    for (const auto& row : rows)
        EXPECT_EQ(placeZone(lexicon, row.id), row.zone) << row.id;
}

TEST(PlaceZone, EveryRowNamesAKnownPlaceAndZone) {
    const auto& lexicon = lexicon::builtinLexicon();
    const auto rows = lexicon::parseTsv(embedded::lexiconData("gazetteer/zones.tsv"));
    ASSERT_EQ(rows.size(), lexicon.zones.size());
    for (const auto& row : rows) {
        EXPECT_NE(lexicon.gazetteer.find(row.field(0)), nullptr) << row.field(0);
        EXPECT_TRUE(temporal::isKnownTimeZone(row.field(1))) << row.field(1);
    }
}

std::vector<Event> eventsOf(const std::string& text, const std::string& lang) {
    Article article;
    article.id = 1;
    article.text = text;
    article.lang = lang;
    temporal::Reference reference;
    reference.date = temporal::CivilDate{2024, 5, 15};
    reference.timeZone = "Asia/Seoul";
    return extract(article, reference, lexicon::builtinLexicon());
}

TEST(LocalTime, IsTheZoneOfTheEventsPlaceAbroad) {
    // Written for this test: a summit in Washington on the 14th, local time.
    const auto events = eventsOf(
        "윤석열 대통령은 14일(현지시간) 워싱턴에서 바이든 대통령과 정상회담을 했다.", "ko");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].time.start, "2024-05-14");
    EXPECT_EQ(events[0].time.timeZone, "America/New_York");
    ASSERT_TRUE(events[0].time.beginUtc.has_value());
    EXPECT_EQ(*events[0].time.beginUtc, 1715659200);  // 2024-05-14T00:00-04:00
}

TEST(LocalTime, WithoutItOrWithoutAKnownPlaceTheArticleZoneStays) {
    const auto stated =
        eventsOf("윤석열 대통령은 14일 워싱턴에서 바이든 대통령과 정상회담을 했다.", "ko");
    ASSERT_EQ(stated.size(), 1u);
    EXPECT_EQ(stated[0].time.timeZone, "Asia/Seoul");
    const auto nowhere =
        eventsOf("윤석열 대통령은 14일(현지시간) 바이든 대통령과 정상회담을 했다.", "ko");
    ASSERT_EQ(nowhere.size(), 1u);
    EXPECT_EQ(nowhere[0].time.timeZone, "Asia/Seoul");
}

}  // namespace
}  // namespace yeonpyo::extract
