// File > Export image, Edit > Copy image and File > Export data: the menu actions around the
// export dialog, the clipboard and the data exporters.
#pragma once

#include <QImage>

#include "app/gui/export_choices.h"

class QSettings;
class QWidget;

namespace yeonpyo::gui {

class TimelineSession;
class TimelineView;

/// The document and view state an export starts from: a snapshot of the events the panels show
/// and the articles, the view's display zone and visible range, the selection, the UI locale,
/// and the map's tiles (nullptr: the bundled map alone), so that exports draw the map's base layer.
ExportContext exportContextOf(const TimelineSession& session, const TimelineView& view,
                              std::shared_ptr<render::TileSource> mapTiles = {});

/// The remembered choices completed for this document: the first article's title, the view's
/// lanes, and the dates of the document (or of the view when it has no events).
ImageExportChoices initialChoices(QSettings& settings, const TimelineSession& session,
                                  const TimelineView& view);

/// Shows the export dialog with a live preview; on export remembers the choices and the folder,
/// and names the written file in the window's status bar.
void exportTimelineImage(QWidget* parent, const TimelineSession& session, const TimelineView& view,
                         std::shared_ptr<render::TileSource> mapTiles = {});

/// The image Edit > Copy image puts on the clipboard: the current view of the timeline, with the
/// remembered theme, map, legend and footer choices, at twice the view's size in pixels.
QImage currentViewImage(QSettings& settings, const TimelineSession& session,
                        const TimelineView& view,
                        std::shared_ptr<render::TileSource> mapTiles = {});

/// Puts currentViewImage() on the clipboard.
void copyTimelineImage(const TimelineSession& session, const TimelineView& view,
                       std::shared_ptr<render::TileSource> mapTiles = {});

/// Asks for a file and writes the events in the format its extension or filter names (JSON,
/// CSV, iCalendar, GeoJSON, KML, TimelineJS); the file is replaced only when complete.
void exportTimelineData(QWidget* parent, const TimelineSession& session);

}  // namespace yeonpyo::gui
