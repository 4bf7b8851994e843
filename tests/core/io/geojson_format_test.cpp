// GeoJSON export parsed back: a feature an event with [lon, lat] points, and the route in order.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/export.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::json;

Json exportedGeoJson(const std::vector<Event>& events) {
    auto geojson = exportEvents(Format::GeoJson, testing::sampleArticles(), events);
    EXPECT_TRUE(geojson.ok());
    return Json::parse(geojson.ok() ? *geojson : std::string("{}"));
}

TEST(GeoJsonFormat, HasAPointFeaturePerEventInLonLatOrder) {
    const std::vector<Event> events = testing::sampleEvents();
    const Json collection = exportedGeoJson(events);
    EXPECT_EQ(collection["type"], "FeatureCollection");
    const Json& features = collection["features"];
    ASSERT_EQ(features.size(), events.size() + 1) << "events and the route";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Json& feature = features[i];
        EXPECT_EQ(feature["type"], "Feature");
        EXPECT_EQ(feature["id"], events[i].id);
        EXPECT_EQ(feature["properties"]["title"], events[i].title);
        EXPECT_EQ(feature["properties"]["start"], events[i].time.start);
        if (!events[i].place.hasCoordinates()) {
            EXPECT_TRUE(feature["geometry"].is_null());
            continue;
        }
        EXPECT_EQ(feature["geometry"]["type"], "Point");
        EXPECT_DOUBLE_EQ(feature["geometry"]["coordinates"][0].get<double>(), *events[i].place.lon);
        EXPECT_DOUBLE_EQ(feature["geometry"]["coordinates"][1].get<double>(), *events[i].place.lat);
    }
    EXPECT_EQ(features[0]["properties"]["quotes"][1]["source"],
              "Zuckerberg meets LG and Samsung leaders in Seoul — Yeonpyo Times, 2024-02-28");
}

TEST(GeoJsonFormat, DrawsTheRouteInSequenceOrder) {
    std::vector<Event> events = testing::sampleEvents();
    std::swap(events[0], events[2]);  // the order given is not the route's order
    const Json features = exportedGeoJson(events)["features"];
    const Json& route = features.back();
    EXPECT_EQ(route["geometry"]["type"], "LineString");
    EXPECT_EQ(route["properties"]["events"], Json::array({2, 3, 5}));
    const Json& coordinates = route["geometry"]["coordinates"];
    ASSERT_EQ(coordinates.size(), 3u);
    EXPECT_DOUBLE_EQ(coordinates[0][0].get<double>(), 126.934);
    EXPECT_DOUBLE_EQ(coordinates[0][1].get<double>(), 37.528);
    EXPECT_DOUBLE_EQ(coordinates[2][0].get<double>(), 126.978);
}

TEST(GeoJsonFormat, NeedsTwoPlacesForARoute) {
    std::vector<Event> events = testing::sampleEvents();
    events.resize(1);
    EXPECT_EQ(exportedGeoJson(events)["features"].size(), 1u);
}

}  // namespace
}  // namespace yeonpyo::io
