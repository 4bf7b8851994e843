// What an exported image shows and how: size, theme, content, map inset, title, range, zone and
// locale.
#pragma once

#include <QLocale>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "app/render/theme.h"
#include "app/render/tile_source.h"
#include "app/render/timeline_data.h"
#include "core/model/article.h"
#include "core/model/event.h"

namespace yeonpyo::render {

/// What the timeline of an image shows: the events, or the articles at their publication time.
enum class ExportContent { Events, Articles };

struct ExportOptions {
    QSize size{
        1920,
        1080};  ///< Output pixels (PNG); the page size in CSS pixels (1/96 in) for SVG and PDF.
    double dpi = 96.0;  ///< PNG: recorded resolution; above 96 the page is drawn larger (text too).
    ThemeKind theme = ThemeKind::Light;
    ExportContent what = ExportContent::Events;
    LaneMode lanes = LaneMode::None;
    bool withMap = false;  ///< A map inset with the route beside (or below) the timeline.
    /// Tiles drawn in the map inset over the bundled base map, credited in its corner and the
    /// footer; nullptr for the bundled map alone. Exports may run on a worker thread, so this
    /// must be safe to read there (a TileSnapshot, an MBTiles file opened for the export).
    std::shared_ptr<TileSource> tiles;
    QString title;             ///< Empty: no title line.
    bool legend = true;        ///< Kinds and the planned marker, beside the title.
    bool footer = true;        ///< Source articles and map attribution.
    bool transparent = false;  ///< PNG only: no background fill.
    /// Time range shown, seconds since the epoch (UTC); by default the whole document.
    std::optional<std::pair<std::int64_t, std::int64_t>> range;
    /// Display zone of the axis; by default the first event's zone, else UTC.
    std::optional<QTimeZone> zone;
    QLocale locale = QLocale(QLocale::Korean, QLocale::SouthKorea);
    std::int64_t selectedId = 0;  ///< Drawn highlighted; 0 for none.
    /// PDF only: the time range split over this many pages, each continuing the axis where the
    /// page before ended.
    int pages = 1;
    /// PDF only: a paper size (A4, Letter, …) used in landscape, instead of `size`.
    std::optional<QPageSize> paper;
};

/// The document an image is made of.
struct ExportDocument {
    const std::vector<Event>& events;
    const std::vector<Article>& articles;
};

}  // namespace yeonpyo::render
