// Composes an export page: header with title and legend, timeline, optional map inset, sources
// footer.
#include "app/render/page_painter.h"

#include <QDateTime>
#include <QFontMetricsF>

#include <set>

#include "app/render/conflict_badge.h"
#include "app/render/labels.h"
#include "app/render/map_painter.h"
#include "app/render/marker_glyph.h"
#include "app/render/tile_grid.h"
#include "app/render/tile_layer.h"
#include "app/render/time_axis.h"
#include "app/render/timeline_painter.h"

namespace yeonpyo::render {
namespace {

constexpr double kMargin = 28.0;
constexpr double kGap = 16.0;

QTimeZone displayZone(const ExportDocument& document, const ExportOptions& options) {
    if (options.zone)
        return *options.zone;
    for (const Event& e : document.events) {
        if (e.time.timeZone.empty())
            continue;
        const QTimeZone zone(QByteArray::fromStdString(e.time.timeZone));
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

QString rangeText(std::int64_t first, std::int64_t last, const QTimeZone& zone,
                  const QLocale& locale, KnownCalendar known) {
    const QDate from = QDateTime::fromSecsSinceEpoch(first, zone).date();
    const QDate to = QDateTime::fromSecsSinceEpoch(std::max(first, last - 1), zone).date();
    if (from == to)
        return dayLabel(from, locale, true, known);
    const bool korean = isKorean(locale);
    if (korean)
        return dayLabel(from, locale, true, known) + QStringLiteral(" – ") +
               dayLabel(to, locale, from.year() != to.year(), known);
    return dayLabel(from, locale, from.year() != to.year(), known) + QStringLiteral(" – ") +
           dayLabel(to, locale, true, known);
}

/// "사건 5건" / "5 events", and the events left out for want of a date ("날짜 미상 2건 제외").
QString countCaption(std::size_t count, int unplaced, ExportContent what, const QLocale& locale) {
    const QString n = countText(static_cast<qint64>(count), locale);
    const QString left = countText(unplaced, locale);
    if (isKorean(locale))
        return (what == ExportContent::Events ? QStringLiteral("사건 ") : QStringLiteral("기사 ")) +
               n + QStringLiteral("건") +
               (unplaced > 0 ? QStringLiteral(" (날짜 미상 %1건 제외)").arg(left) : QString());
    return n +
           (what == ExportContent::Events ? QStringLiteral(" events")
                                          : QStringLiteral(" articles")) +
           (unplaced > 0 ? QStringLiteral(" (%1 without a date left out)").arg(left) : QString());
}

QString sourcesText(const ExportDocument& document, const QStringList& mapCredits,
                    const QLocale& locale) {
    QStringList sources;
    for (const Article& a : document.articles) {
        QStringList parts;
        if (!a.source.empty())
            parts << QString::fromStdString(a.source);
        if (!a.title.empty())
            parts << QStringLiteral("“%1”").arg(QString::fromStdString(a.title));
        if (!a.published.empty())
            parts << QString::fromStdString(a.published).left(10);
        if (!parts.isEmpty())
            sources << parts.join(QStringLiteral(", "));
    }
    const bool korean = isKorean(locale);
    QString text;
    if (!sources.isEmpty())
        text = (korean ? QStringLiteral("출처: ") : QStringLiteral("Sources: ")) +
               sources.join(QStringLiteral(" / "));
    if (!mapCredits.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("   ·   ");
        text += (korean ? QStringLiteral("지도: ") : QStringLiteral("Map: ")) +
                mapCredits.join(QStringLiteral(", "));
    }
    return text;
}

void paintLegend(QPainter& painter, const QRectF& area, const ExportDocument& document,
                 const Theme& theme, const QLocale& locale) {
    std::set<EventKind> kinds;
    bool planned = false;
    bool disputed = false;
    for (const Event& e : document.events) {
        kinds.insert(e.kind);
        planned = planned || e.status == EventStatus::Planned;
        disputed = disputed || !e.conflicts.empty();
    }
    const QFont font = theme.font(12);
    const QFontMetricsF metrics(font);
    struct Entry {
        QString text;
        MarkerLook look;
        bool badge = false;  ///< The conflict badge instead of a marker.
    };
    std::vector<Entry> entries;
    for (EventKind kind : kinds) {
        entries.push_back(
            {kindName(kind, locale),
             {theme.shapeOf(kind), theme.colorOf(kind), theme.background, false, 6, 6}});
    }
    if (planned)
        entries.push_back({plannedWord(locale),
                           {MarkerShape::Circle, theme.mutedText, theme.background, true, 6, 6}});
    if (disputed)
        entries.push_back({conflictWord(locale), {}, true});
    double x = area.right();
    const double y = area.top() + 14;
    painter.setFont(font);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const double width = metrics.horizontalAdvance(it->text);
        x -= width;
        if (x - 20 < area.left())
            break;
        painter.setPen(theme.mutedText);
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), it->text);
        if (it->badge) {
            drawConflictBadge(painter, {QPointF(x - 11, y - 1), 14.0}, theme.warning,
                              theme.warningInk, theme.background);
        } else {
            drawMarkerShape(painter, QPointF(x - 11, y), it->look);
        }
        x -= 30;
    }
}

void paintHeader(QPainter& painter, const QRectF& area, const ExportDocument& document,
                 const ExportOptions& options, const QString& subtitle) {
    const Theme& t = theme(options.theme);
    const QFont titleFont = t.font(24, QFont::Bold);
    const QFont subtitleFont = t.font(14);
    const QFontMetricsF titleMetrics(titleFont);
    double y = area.top();
    if (!options.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(t.text);
        painter.drawText(
            QPointF(area.left(), y + titleMetrics.ascent()),
            titleMetrics.elidedText(options.title, Qt::ElideRight, area.width() * 0.62));
        y += titleMetrics.height() + 4;
    }
    painter.setFont(subtitleFont);
    painter.setPen(t.mutedText);
    painter.drawText(QPointF(area.left(), y + QFontMetricsF(subtitleFont).ascent()), subtitle);
    if (options.legend && options.what == ExportContent::Events) {
        paintLegend(painter,
                    QRectF(area.left() + area.width() * 0.62, area.top(), area.width() * 0.38, 28),
                    document, t, options.locale);
    }
}

/// The painter of an export's map: the default layers, and the export's tiles over the base map.
MapPainter mapPainterFor(const ExportOptions& options) {
    MapPainter painter(theme(options.theme));
    if (options.tiles)
        painter.insertLayer(std::make_unique<TileLayer>(options.tiles));
    return painter;
}

void paintMapInset(QPainter& painter, const QRectF& area, const ExportDocument& document,
                   const ExportOptions& options) {
    const MapContent content = MapContent::fromEvents(document.events);
    MapFrame frame;
    frame.viewport = fitToContent(content, area.width(), area.height());
    frame.selectedId = options.selectedId;
    frame.locale = options.locale;
    painter.save();
    painter.translate(area.topLeft());
    mapPainterFor(options).paint(painter, content, frame);
    painter.restore();
    painter.setPen(QPen(theme(options.theme).grid, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
}

}  // namespace

std::vector<TileId> mapInsetTiles(const ExportDocument& document, const ExportOptions& options,
                                  const TileSource& source) {
    std::vector<TileId> ids;
    // As renderImage lays out a PNG: a page of size / scale logical pixels, drawn scaled.
    const double scale = std::max(0.25, options.dpi / 96.0);
    const PageGeometry page = pageGeometry(QSizeF(options.size) / scale, options);
    if (page.map.isEmpty())
        return ids;
    const geo::MapViewport viewport =
        fitToContent(MapContent::fromEvents(document.events), page.map.width(), page.map.height());
    const int z =
        tileZoomFor(tileLevelZoom(viewport.zoom(), scale), source.minZoom(), source.maxZoom());
    if (z < 0)
        return ids;
    for (const TilePlacement& placement : tilesCovering(viewport, z))
        ids.push_back(placement.id);
    return ids;
}

PageGeometry pageGeometry(QSizeF size, const ExportOptions& options) {
    PageGeometry page;
    const double headerHeight = options.title.isEmpty() ? 30.0 : 66.0;
    const double footerHeight = options.footer ? 28.0 : 0.0;
    const QRectF inner(kMargin, kMargin, size.width() - 2 * kMargin, size.height() - 2 * kMargin);
    page.header = QRectF(inner.left(), inner.top(), inner.width(), headerHeight);
    page.footer = QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
    const QRectF body(
        inner.left(), page.header.bottom() + kGap, inner.width(),
        page.footer.top() - page.header.bottom() - kGap - (options.footer ? 8.0 : 0.0));
    page.timeline = body;
    if (!options.withMap)
        return page;
    if (size.width() >= size.height()) {
        const double mapWidth = std::round(body.width() * 0.36);
        page.timeline.setWidth(body.width() - mapWidth - kGap);
        page.map = QRectF(body.right() - mapWidth, body.top(), mapWidth, body.height());
    } else {
        const double mapHeight = std::round(body.height() * 0.42);
        page.timeline.setHeight(body.height() - mapHeight - kGap);
        page.map = QRectF(body.left(), body.bottom() - mapHeight, body.width(), mapHeight);
    }
    return page;
}

std::pair<double, double> sliceOf(std::pair<double, double> range, PageSlice slice) {
    const int count = std::max(1, slice.count);
    const int index = std::clamp(slice.index, 0, count - 1);
    const double span = range.second - range.first;
    return {range.first + span * index / count, range.first + span * (index + 1) / count};
}

void paintPage(QPainter& painter, QSizeF size, const ExportDocument& document,
               const ExportOptions& options, PageSlice slice) {
    const Theme& t = theme(options.theme);
    const PageGeometry page = pageGeometry(size, options);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (!options.transparent)
        painter.fillRect(QRectF(QPointF(0, 0), size), t.background);

    const TimelineData data =
        options.what == ExportContent::Events
            ? TimelineData::fromEvents(document.events, options.lanes, options.locale)
            : TimelineData::fromArticles(document.articles, options.locale);
    const QTimeZone zone = displayZone(document, options);
    const auto extent = options.range ? options.range : data.extent();
    // Nothing to draw: today's axis (never the epoch's 1970).
    const std::int64_t today = QDate::currentDate().startOfDay(zone).toSecsSinceEpoch();
    const auto [first, last] =
        extent.value_or(std::pair<std::int64_t, std::int64_t>{today, today + 86400});
    const TimeViewport whole = options.range
                                   ? TimeViewport(first, last, page.timeline.width())
                                   : TimeViewport::fitting(first, last, page.timeline.width());
    const auto [sliceBegin, sliceEnd] = sliceOf({whole.begin(), whole.end()}, slice);
    TimelineFrame frame;
    frame.time = TimeViewport(sliceBegin, sliceEnd, page.timeline.width());
    frame.height = page.timeline.height();
    frame.zone = zone;
    frame.locale = options.locale;
    frame.known = data.knownCalendar();
    TimelineLayouter layouter(TimelineStyle::fromTheme(t));
    const TimelineLayout layout = layouter.layOut(data, frame);

    paintHeader(
        painter, page.header, document, options,
        (extent
             ? rangeText(first, last, zone, options.locale, frame.known) + QStringLiteral("  ·  ")
             : QString()) +
            countCaption(data.size(), data.unplacedCount(), options.what, options.locale) +
            (slice.count > 1 ? QStringLiteral("  ·  (%1/%2)").arg(slice.index + 1).arg(slice.count)
                             : QString()));
    painter.save();
    painter.translate(page.timeline.topLeft());
    TimelinePainter timelinePainter(t, layouter.style(), options.locale);
    timelinePainter.setBackgroundFilled(false);
    timelinePainter.paint(painter, layout, options.selectedId);
    painter.restore();
    if (!page.map.isEmpty())
        paintMapInset(painter, page.map, document, options);
    if (options.footer) {
        const QFont font = t.font(11);
        painter.setFont(font);
        painter.setPen(t.mutedText);
        const QString text = QFontMetricsF(font).elidedText(
            sourcesText(document,
                        options.withMap ? mapPainterFor(options).attributions() : QStringList(),
                        options.locale),
            Qt::ElideRight, page.footer.width());
        painter.drawText(page.footer, Qt::AlignLeft | Qt::AlignBottom, text);
    }
    painter.restore();
}

}  // namespace yeonpyo::render
