// GeoJSON (RFC 7946): a Point Feature an event ([lon, lat]; no geometry when the place has no
// coordinates) with its properties (conflicts between sources only where there are some), and
// the route in sequence order as a LineString Feature.
#include <nlohmann/json.hpp>

#include "core/io/writers_p.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::ordered_json;

Json pointOf(const Place& place) {
    if (!place.hasCoordinates())
        return nullptr;
    return Json{{"type", "Point"}, {"coordinates", {*place.lon, *place.lat}}};
}

Json propertiesOf(const ExportInput& input, const Event& event) {
    Json participants = Json::array();
    for (const Participant& participant : event.participants) {
        participants.push_back(describeParticipant(participant));
    }
    Json quotes = Json::array();
    for (const Quote& quote : event.quotes) {
        quotes.push_back({{"text", quote.text}, {"source", input.citation(quote.articleId)}});
    }
    Json properties{
        {"id", event.id},
        {"sequence", event.sequence},
        {"kind", toString(event.kind)},
        {"status", toString(event.status)},
        {"title", event.title},
        {"start", event.time.start},
        {"end", event.time.end.empty() ? Json(nullptr) : Json(event.time.end)},
        {"time_of_day", event.time.timeOfDay.empty() ? Json(nullptr) : Json(event.time.timeOfDay)},
        {"time_zone", event.time.timeZone},
        {"place", event.place.name},
        {"address", event.place.address},
        {"precision", toString(event.place.precision)},
        {"participants", std::move(participants)},
        {"quotes", std::move(quotes)}};
    if (!event.conflicts.empty()) {
        Json conflicts = Json::array();
        for (const SourceConflict& conflict : event.conflicts) {
            conflicts.push_back(
                {{"field", conflict.field},
                 {"kept", conflict.kept},
                 {"other", conflict.other},
                 {"source", conflict.articleId == 0 ? Json(nullptr)
                                                    : Json(input.citation(conflict.articleId))}});
        }
        properties["conflicts"] = std::move(conflicts);
    }
    return properties;
}

Json routeFeature(const std::vector<Event>& events) {
    Json coordinates = Json::array();
    Json sequence = Json::array();
    for (const Event* stop : routeOf(events)) {
        coordinates.push_back({*stop->place.lon, *stop->place.lat});
        sequence.push_back(stop->id);
    }
    return Json{{"type", "Feature"},
                {"geometry", {{"type", "LineString"}, {"coordinates", std::move(coordinates)}}},
                {"properties", {{"kind", "route"}, {"events", std::move(sequence)}}}};
}

}  // namespace

std::string writeGeoJson(const ExportInput& input) {
    Json features = Json::array();
    for (const Event& event : input.events) {
        features.push_back({{"type", "Feature"},
                            {"id", event.id},
                            {"geometry", pointOf(event.place)},
                            {"properties", propertiesOf(input, event)}});
    }
    if (routeOf(input.events).size() >= 2)
        features.push_back(routeFeature(input.events));
    const Json collection{
        {"type", "FeatureCollection"}, {"name", input.title()}, {"features", std::move(features)}};
    return collection.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace yeonpyo::io
