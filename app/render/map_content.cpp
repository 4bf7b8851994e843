// Markers and route legs from events; fitting a viewport to them.
#include "app/render/map_content.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace yeonpyo::render {

MapContent MapContent::fromEvents(const std::vector<Event>& events) {
    std::vector<const Event*> ordered;
    for (const Event& e : events)
        ordered.push_back(&e);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Event* a, const Event* b) {
        const auto key = [](const Event* e) {
            return std::pair(e->sequence > 0 ? e->sequence : INT32_MAX,
                             e->time.beginUtc.value_or(INT64_MAX));
        };
        return key(a) < key(b);
    });

    MapContent content;
    bool unknownSinceLast = false;
    for (const Event* e : ordered) {
        if (!e->place.hasCoordinates()) {
            unknownSinceLast = !content.markers.empty();
            continue;
        }
        MapMarker marker{e->id,
                         e->sequence,
                         {*e->place.lat, *e->place.lon},
                         e->kind,
                         e->status == EventStatus::Planned,
                         QString::fromStdString(e->place.name),
                         e->time.beginUtc};
        if (!content.markers.empty() && !(content.markers.back().position == marker.position)) {
            content.legs.push_back(
                {content.markers.size() - 1, content.markers.size(), unknownSinceLast});
        }
        unknownSinceLast = false;
        content.markers.push_back(std::move(marker));
    }
    return content;
}

std::optional<geo::GeoBounds> MapContent::bounds() const {
    std::vector<geo::GeoPoint> points;
    points.reserve(markers.size());
    for (const MapMarker& m : markers)
        points.push_back(m.position);
    return geo::GeoBounds::around(points);
}

geo::MapViewport fitToContent(const MapContent& content, double width, double height,
                              double maxZoom) {
    const auto box = content.bounds();
    if (!box)
        return geo::MapViewport({20.0, 0.0}, std::max(0.0, std::log2(width / geo::kTileSize)),
                                width, height);
    const double margin = std::clamp(std::min(width, height) * 0.12, 24.0, 72.0);
    // Labels go to the right of markers: keep more room on that side.
    return geo::MapViewport::fitBounds(*box, width, height, {margin, margin, margin * 2.0, margin},
                                       maxZoom);
}

}  // namespace yeonpyo::render
