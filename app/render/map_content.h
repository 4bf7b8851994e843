// MapContent: the events that have a position, as numbered markers and an itinerary route.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/geo/mercator.h"
#include "core/model/event.h"

namespace yeonpyo::render {

/// One located event.
struct MapMarker {
    std::int64_t eventId = 0;
    int sequence = 0;
    geo::GeoPoint position;
    EventKind kind = EventKind::Other;
    bool planned = false;
    QString placeName;
    std::optional<std::int64_t> beginUtc;  ///< For fading markers outside the timeline's range.
};

/// A leg of the itinerary between two consecutive located events (indices into markers).
struct RouteLeg {
    std::size_t from = 0;
    std::size_t to = 0;
    bool throughUnknownPlaces = false;  ///< Events without a position lie between: drawn dashed.
};

/// Markers in sequence order and the legs between successive different places.
struct MapContent {
    std::vector<MapMarker> markers;
    std::vector<RouteLeg> legs;

    /// Builds markers from events with coordinates, ordered by sequence then time.
    static MapContent fromEvents(const std::vector<Event>& events);
    /// The box around all markers; std::nullopt without markers.
    std::optional<geo::GeoBounds> bounds() const;
};

/// The viewport of a size that shows every marker with room for markers and labels around
/// them, at most at maxZoom; a world view when there is no marker.
geo::MapViewport fitToContent(const MapContent& content, double width, double height,
                              double maxZoom = 13.0);

}  // namespace yeonpyo::render
