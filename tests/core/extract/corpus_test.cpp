// The real article of the first story (outside the project, in ../shared/corpus): its five
// itinerary events.
#include <gtest/gtest.h>

#include <filesystem>

#include "article_runner.h"
#include "core/geo/distance.h"

namespace yeonpyo::testing {
namespace {

namespace fs = std::filesystem;

struct Expected {
    std::string kind;
    std::string day;
    std::string timeOfDay;
    std::string status;
    std::optional<geo::GeoPoint> place;  ///< Within 2 km; none when the article names no place.
    std::vector<std::string> participants;
};

// The first story's facts (design.md), not text of the article.
const std::vector<Expected> kItinerary{
    {"meeting",
     "2024-02-28",
     "morning",
     "happened",
     geo::GeoPoint{37.500, 127.036},
     {"마크 저커버그"}},
    {"meal",
     "2024-02-28",
     "noon",
     "happened",
     geo::GeoPoint{37.528, 126.934},
     {"마크 저커버그", "조주완", "권봉석"}},
    {"meal",
     "2024-02-28",
     "evening",
     "happened",
     geo::GeoPoint{37.538, 126.998},
     {"마크 저커버그", "이재용"}},
    {"meeting", "2024-02-29", "", "planned", std::nullopt, {"마크 저커버그", "윤석열"}},
    {"departure", "2024-02-29", "", "planned", geo::GeoPoint{20.0, 77.0}, {"마크 저커버그"}},
};

TEST(Corpus, ZuckerbergSeoulVisitGivesTheFiveItineraryEvents) {
    const fs::path article =
        fs::path(YEONPYO_SOURCE_DIR) / "../shared/corpus/zuckerberg-seoul-2024-ko.txt";
    if (!fs::exists(article))
        GTEST_SKIP() << "no ../shared/corpus beside the project";
    useForeignEnvironment();
    GoldFile reference;
    reference.referenceDate = "2024-02-28";
    reference.lang = "ko";
    const auto extracted = extractFile(article, reference);
    ASSERT_TRUE(extracted.ok()) << extracted.error().message;
    const auto& events = extracted->events;
    ASSERT_EQ(events.size(), kItinerary.size()) << eventsJson(events);
    for (std::size_t i = 0; i < kItinerary.size(); ++i) {
        const auto& want = kItinerary[i];
        const auto& event = events[i];
        SCOPED_TRACE("event " + std::to_string(i + 1) + ": " + event.title);
        EXPECT_EQ(event.sequence, static_cast<int>(i + 1));
        EXPECT_EQ(toString(event.kind), want.kind);
        EXPECT_EQ(event.time.start.substr(0, 10), want.day);
        EXPECT_EQ(event.time.timeOfDay, want.timeOfDay);
        EXPECT_EQ(toString(event.status), want.status);
        if (want.place) {
            ASSERT_TRUE(event.place.hasCoordinates());
            EXPECT_LE(geo::haversineMetres(*want.place, {*event.place.lat, *event.place.lon}),
                      2000.0);
        } else {
            EXPECT_FALSE(event.place.hasCoordinates());
        }
        std::vector<std::string> names;
        for (const auto& participant : event.participants)
            names.push_back(participant.name);
        std::sort(names.begin(), names.end());
        auto wanted = want.participants;
        std::sort(wanted.begin(), wanted.end());
        EXPECT_EQ(names, wanted);
        EXPECT_FALSE(event.quotes.empty());
    }
}

}  // namespace
}  // namespace yeonpyo::testing
