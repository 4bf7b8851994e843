// What the user chose in File > Export image, kept apart from the widgets: remembered between
// sessions and turned into the render library's export options.
#pragma once

#include <QDate>
#include <QLocale>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "app/render/export_options.h"
#include "app/render/image_export.h"
#include "core/model/article.h"
#include "core/model/event.h"

class QSettings;

namespace yeonpyo::gui {

/// Which part of the timeline an image shows.
enum class ExportScope { WholeDocument, DateRange, CurrentView };

/// Page sizes offered; the paper sizes only for PDF.
enum class SizePreset { FullHd, Uhd4k, A4, Letter, Custom };

/// The dialog's choices. Title, lanes and the date range belong to the document and are not
/// remembered; the rest is (see loadChoices/saveChoices).
struct ImageExportChoices {
    render::ImageFormat format = render::ImageFormat::Png;
    SizePreset preset = SizePreset::FullHd;
    QSize customSize{1920, 1080};
    double dpi = 96.0;
    bool transparent = false;
    ExportScope scope = ExportScope::WholeDocument;
    QDate from;  ///< DateRange: first day shown, in the display zone.
    QDate to;    ///< DateRange: last day shown (inclusive).
    bool withMap = true;
    QString title;
    bool legend = true;
    bool footer = true;
    render::ThemeKind theme = render::ThemeKind::Light;
    render::LaneMode lanes = render::LaneMode::None;
    int pages = 1;
};

/// Events and articles copied once, so that previews and exports can read them on other threads
/// while the session moves on.
struct ExportSnapshot {
    std::vector<Event> events;
    std::vector<Article> articles;

    render::ExportDocument document() const { return {events, articles}; }
};

/// What the choices apply to: the document and the state of the timeline view.
struct ExportContext {
    std::shared_ptr<const ExportSnapshot> snapshot;
    QTimeZone zone = QTimeZone::utc();
    QLocale locale;
    std::pair<double, double> view{0.0, 86400.0};  ///< The timeline view, seconds since the epoch.
    std::int64_t selectedId = 0;
    /// The map view's tiles (used on the GUI thread only): exports get a snapshot of them.
    std::shared_ptr<render::TileSource> mapTiles;
};

/// True when a preset is a paper size (PDF only).
bool isPaperPreset(SizePreset preset);

/// The pixel size of a preset (the paper in CSS pixels, landscape); the custom size for Custom.
QSize presetSize(SizePreset preset, QSize customSize);

/// The time range [begin, end) a scope shows, seconds since the epoch; std::nullopt for the
/// whole document.
std::optional<std::pair<std::int64_t, std::int64_t>> scopeRange(const ImageExportChoices& choices,
                                                                const ExportContext& context);

/// The render options for the choices. Options that a format ignores are reset (DPI and
/// transparency outside PNG, pages and paper outside PDF). With a map and map tiles, the options
/// carry a snapshot of the tiles the export's map draws (those at hand; missing ones are asked
/// for, and the bundled map shows in their place). Call on the GUI thread.
render::ExportOptions toExportOptions(const ImageExportChoices& choices,
                                      const ExportContext& context);

/// The size in logical pixels of the page the options paint: what page painting and previews lay
/// out, whatever the output resolution.
QSizeF logicalPageSize(render::ImageFormat format, const render::ExportOptions& options);

/// What the file will be, for people: "1920 × 1080 pixels at 192 dpi (text 2×)", "A 1920 × 1080
/// pixel page", "297 × 210 mm, 2 pages".
QString outputDescription(render::ImageFormat format, const render::ExportOptions& options);

/// Events that overlap [range.first, range.second); events without a resolved time are left out.
std::vector<Event> eventsInRange(const std::vector<Event>& events,
                                 std::pair<std::int64_t, std::int64_t> range);

/// The snapshot an image of the choices is made of: the context's own for the whole document,
/// otherwise one holding only the events of the range (so the count, legend and map inset agree
/// with the timeline).
std::shared_ptr<const ExportSnapshot> snapshotFor(const ImageExportChoices& choices,
                                                  const ExportContext& context);

/// The remembered choices (defaults where nothing was saved); title, lanes and dates are left at
/// their defaults.
ImageExportChoices loadChoices(QSettings& settings);
void saveChoices(QSettings& settings, const ImageExportChoices& choices);

}  // namespace yeonpyo::gui
