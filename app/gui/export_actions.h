// File > Export image and File > Export data: ask for a file, write it, report the outcome.
#pragma once

class QWidget;

namespace yeonpyo::gui {

class TimelineSession;
class TimelineView;

/// Asks for a PNG, SVG or PDF file and exports the whole timeline with its map inset through the
/// shared page painter, in the view's lanes and display zone, the selected event highlighted.
void exportTimelineImage(QWidget* parent, const TimelineSession& session, const TimelineView& view);

/// Asks for a file and writes the events in the format its filter or extension names (JSON,
/// CSV, iCalendar, GeoJSON, KML, TimelineJS).
void exportTimelineData(QWidget* parent, const TimelineSession& session);

}  // namespace yeonpyo::gui
