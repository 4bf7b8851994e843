// `yeonpyo-cli render`: exports the timeline (and optionally the map) as PNG, SVG or PDF.
#include <QDateTime>
#include <QPageSize>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

#include "app/cli/base_map_option.h"
#include "app/cli/command.h"
#include "app/cli/option_values.h"
#include "app/cli/timeline_reader.h"
#include "app/render/image_export.h"
#include "app/render/page_painter.h"
#include "app/render/tile_prefetch.h"

namespace yeonpyo::cli {
namespace {

/// The smallest image side the page painter lays out.
constexpr int kMinimumSide = 16;

template <typename Value>
bool lookUp(const std::map<QString, Value>& names, const QString& name, Value& value) {
    const auto found = names.find(name.toLower());
    if (found == names.end())
        return false;
    value = found->second;
    return true;
}

const std::map<QString, render::ThemeKind> kThemes{{"light", render::ThemeKind::Light},
                                                   {"dark", render::ThemeKind::Dark},
                                                   {"print", render::ThemeKind::Print}};
const std::map<QString, render::LaneMode> kLanes{{"none", render::LaneMode::None},
                                                 {"kind", render::LaneMode::Kind},
                                                 {"place", render::LaneMode::Place},
                                                 {"participant", render::LaneMode::Participant},
                                                 {"article", render::LaneMode::Article}};
const std::map<QString, QPageSize::PageSizeId> kPapers{{"a4", QPageSize::A4},
                                                       {"a3", QPageSize::A3},
                                                       {"letter", QPageSize::Letter},
                                                       {"legal", QPageSize::Legal}};

/// Seconds since the epoch of the start of a date (or the end of it) in a zone.
std::int64_t dayBoundary(const temporal::CivilDate& date, const QTimeZone& zone, bool endOfDay) {
    const QDate day(date.year, date.month, date.day);
    const QDateTime start(endOfDay ? day.addDays(1) : day, QTime(0, 0), zone);
    return start.toSecsSinceEpoch();
}

/// True when the event's time meets [range.first, range.second); undated events never do.
bool overlaps(const Event& event, const std::pair<std::int64_t, std::int64_t>& range) {
    if (!event.time.beginUtc)
        return false;
    const std::int64_t end =
        std::max(event.time.endUtc.value_or(*event.time.beginUtc), *event.time.beginUtc);
    return *event.time.beginUtc < range.second && end >= range.first;
}

class RenderOptionReader {
public:
    explicit RenderOptionReader(const QCommandLineParser& parser) : parser_(parser) {}

    /// Fills options; on a bad value returns the sentence that explains it.
    std::optional<QString> read(render::ExportOptions& options) const {
        if (auto size = parseSize(parser_.value("size"))) {
            options.size = *size;
        } else {
            return QStringLiteral("the size must be WIDTHxHEIGHT in pixels (1–16384), not '%1'.")
                .arg(parser_.value("size"));
        }
        bool dpiOk = false;
        options.dpi = parser_.value("dpi").toDouble(&dpiOk);
        if (!dpiOk || options.dpi < 24 || options.dpi > 1200)
            return QStringLiteral("the dpi must be a number from 24 to 1200.");
        if (!lookUp(kThemes, parser_.value("theme"), options.theme))
            return QStringLiteral("the theme must be light, dark or print.");
        if (!lookUp(kLanes, parser_.value("lanes"), options.lanes)) {
            return QStringLiteral("lanes must be none, kind, place, participant or article.");
        }
        options.withMap = parser_.isSet("map");
        options.title = parser_.value("title");
        options.transparent = parser_.isSet("transparent");
        options.legend = !parser_.isSet("no-legend");
        options.footer = !parser_.isSet("no-footer");
        if (parser_.value("locale") == QLatin1String("en"))
            options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        bool pagesOk = false;
        options.pages = parser_.value("pages").toInt(&pagesOk);
        if (!pagesOk || options.pages < 1 || options.pages > 100)
            return QStringLiteral("pages must be a number from 1 to 100.");
        if (parser_.isSet("paper")) {
            QPageSize::PageSizeId paper{};
            if (!lookUp(kPapers, parser_.value("paper"), paper))
                return QStringLiteral("the paper must be a4, a3, letter or legal.");
            options.paper = QPageSize(paper);
        }
        if (parser_.isSet("timezone")) {
            if (!isKnownTimeZone(parser_.value("timezone")))
                return QStringLiteral("'%1' is not a known time zone.")
                    .arg(parser_.value("timezone"));
            options.zone = QTimeZone(parser_.value("timezone").toUtf8());
        }
        return readRange(options);
    }

private:
    std::optional<QString> readRange(render::ExportOptions& options) const {
        if (!parser_.isSet("from") && !parser_.isSet("to"))
            return std::nullopt;
        const QTimeZone zone = options.zone.value_or(QTimeZone("Asia/Seoul"));
        const auto from = parseDate(parser_.value("from"));
        const auto to = parseDate(parser_.value("to"));
        if (parser_.isSet("from") && !from)
            return QStringLiteral("--from must be a date in the form YYYY-MM-DD.");
        if (parser_.isSet("to") && !to)
            return QStringLiteral("--to must be a date in the form YYYY-MM-DD.");
        const auto begin = from ? dayBoundary(*from, zone, false) : dayBoundary(*to, zone, false);
        const auto end = to ? dayBoundary(*to, zone, true) : dayBoundary(*from, zone, true);
        if (end <= begin)
            return QStringLiteral("--to must not be before --from.");
        options.range = std::pair{begin, end};
        return std::nullopt;
    }

    const QCommandLineParser& parser_;
};

/// Downloads (or reads) the tiles the map inset draws and puts them in the options; says on
/// standard error how many could not be had (the bundled map shows there).
void fetchExportTiles(render::TileSource& source, const render::ExportDocument& document,
                      render::ExportOptions& options) {
    constexpr std::chrono::seconds kTileTimeout{60};
    const auto ids = render::mapInsetTiles(document, options, source);
    auto snapshot = render::fetchTiles(source, ids, kTileTimeout);
    if (snapshot->held() < ids.size()) {
        std::fprintf(stderr,
                     "yeonpyo-cli render: %zu of %zu map tiles could not be had; the bundled map "
                     "shows in their place.\n",
                     ids.size() - snapshot->held(), ids.size());
    }
    options.tiles = std::move(snapshot);
}

void addRenderOptions(QCommandLineParser& parser) {
    parser.addOption({{"o", "output"}, "The image to write: OUT.png, OUT.svg or OUT.pdf.", "FILE"});
    parser.addOption({"size", "Image size in pixels (default 1920x1080).", "WxH", "1920x1080"});
    parser.addOption({"dpi",
                      "PNG resolution; above 96 text and lines are drawn larger (default 96).",
                      "DPI", "96"});
    parser.addOption({"map", "Add a map inset with the route."});
    parser.addOption({"base-map",
                      "The map's base layer: offline (default, bundled), osm, a tile URL with "
                      "{z}, {x} and {y}, or FILE.mbtiles.",
                      "MAP", "offline"});
    parser.addOption({"from", "Show the timeline from this date (YYYY-MM-DD).", "DATE"});
    parser.addOption({"to", "Show the timeline up to the end of this date (YYYY-MM-DD).", "DATE"});
    parser.addOption(
        {"theme", "light (default), dark or print (grayscale-safe).", "THEME", "light"});
    parser.addOption(
        {"lanes", "none (default), kind, place, participant or article.", "LANES", "none"});
    parser.addOption({"title", "A title line above the timeline.", "TITLE"});
    parser.addOption({"timezone", "Zone of the time axis (default: the events' zone).", "ZONE"});
    parser.addOption({"locale", "Axis and label language: ko (default) or en.", "LOCALE", "ko"});
    parser.addOption({"pages", "PDF: split the timeline over N pages (default 1).", "N", "1"});
    parser.addOption(
        {"paper", "PDF: a4, a3, letter or legal (landscape) instead of --size.", "PAPER"});
    parser.addOption({"transparent", "PNG: no background fill."});
    parser.addOption({"no-legend", "Leave out the legend of kinds."});
    parser.addOption({"no-footer", "Leave out the footer with sources and map attribution."});
}

}  // namespace

int runRender(const QStringList& arguments) {
    CommandParser command("render",
                          "Export the timeline (and optionally the map) as PNG, SVG or PDF.");
    command.addDatabaseOption();
    addRenderOptions(command.parser);
    int exitCode = kSuccess;
    QString db;
    QString output;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode) ||
        !command.required("output", output, exitCode)) {
        return exitCode;
    }
    if (auto format = render::imageFormatForPath(output); !format)
        return usageError("render", QString::fromStdString(format.error().message));
    render::ExportOptions options;
    if (auto problem = RenderOptionReader(command.parser).read(options))
        return usageError("render", *problem);

    auto timeline = readTimelineForExport(db);
    if (!timeline)
        return fail(timeline.error().message);
    auto& [articles, events] = *timeline;
    if (options.range)
        std::erase_if(events, [&](const Event& event) { return !overlaps(event, *options.range); });
    if (options.withMap) {
        auto tiles = openBaseMap(command.parser.value("base-map"));
        if (!tiles)
            return fail(tiles.error().message);
        if (*tiles)
            fetchExportTiles(**tiles, {events, articles}, options);
    }
    auto written = render::exportImage(output, {events, articles}, options);
    return written ? kSuccess : fail(written.error().message);
}

}  // namespace yeonpyo::cli
