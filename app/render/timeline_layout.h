// Timeline layout: events and a time viewport in, plain geometry out (axis, lanes, markers, labels,
// clusters).
#pragma once

#include <QFont>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "app/render/theme.h"
#include "app/render/time_axis.h"
#include "app/render/time_viewport.h"
#include "app/render/timeline_data.h"

namespace yeonpyo::render {

/// Sizes of the timeline's parts in pixels, and the fonts its labels are measured with.
struct TimelineStyle {
    double axisHeight = 56.0;
    double laneCaptionHeight = 24.0;
    double rowHeight = 52.0;
    double markerRadius = 11.0;
    double labelGap = 12.0;
    double labelPadding = 8.0;
    double maxLabelWidth = 280.0;
    double clusterWidth = 72.0;       ///< Columns of aggregated lanes; merge distance of clusters.
    double densityBucketWidth = 4.0;  ///< Pixel width of one density bar.
    int maxIndividualPerLane = 400;   ///< Above this, a lane aggregates instead of placing events.
    QFont titleFont;
    QFont subtitleFont;
    QFont numberFont;
    QFont axisFont;
    QFont contextFont;
    QFont captionFont;

    /// The default sizes with a theme's fonts.
    static TimelineStyle fromTheme(const Theme& theme);
};

/// What one frame shows: the time range, the height, the display zone and locale.
struct TimelineFrame {
    TimeViewport time;
    double height = 400.0;
    QTimeZone zone = QTimeZone::utc();  ///< The axis's zone, and the labels' unless below.
    /// Labels give each event's time in the zone of its place (with the zone's abbreviation
    /// where it differs from the axis); the axis stays in `zone`.
    bool placeLocalTimes = false;
    QLocale locale = QLocale(QLocale::English);
    /// What the calendar of the frame's dates is known to (TimelineData::knownCalendar()).
    KnownCalendar known = KnownCalendar::Full;
};

struct LaneBox {
    QString caption;
    QRectF rect;
    double baselineY = 0.0;   ///< Where markers sit.
    qint64 visibleCount = 0;  ///< Events of this lane in the frame.
    bool aggregated = false;  ///< Drawn as density and clusters rather than single events.
};

/// One event drawn on its own: a marker, an optional soft span and, where there was room, a label.
struct EventGlyph {
    std::uint32_t row = 0;  ///< Row in TimelineData.
    std::int64_t id = 0;
    int sequence = 0;
    EventKind kind = EventKind::Other;
    bool planned = false;
    bool disputed = false;  ///< Sources disagree: the marker carries a warning badge.
    TimePrecision precision = TimePrecision::Exact;
    int lane = 0;
    QPointF marker;  ///< Centre of the marker.
    double markerHalfWidth = 0.0;
    QRectF span;       ///< The uncertain interval on the baseline; empty for exact times.
    QRectF label;      ///< Empty when the event is drawn as a marker only.
    QString title;     ///< Elided to fit the label.
    QString subtitle;  ///< When and where, in the frame's locale and zone.

    bool hasLabel() const { return !label.isEmpty(); }
};

/// Events drawn as one pill with their count (several without room for labels, or an aggregated
/// lane).
struct ClusterGlyph {
    int lane = 0;
    QRectF rect;
    qint64 count = 0;
    double beginTime = 0.0;  ///< Time range the cluster gathers, for "zoom into cluster".
    double endTime = 0.0;
};

/// A density bar of an aggregated lane.
struct DensityBar {
    int lane = 0;
    QRectF rect;
    qint64 count = 0;
};

/// What is under a point of the timeline.
struct TimelineHit {
    enum class Kind { Nothing, Event, Cluster };
    Kind kind = Kind::Nothing;
    std::int64_t eventId = 0;
    double beginTime = 0.0;
    double endTime = 0.0;
    qint64 count = 0;
};

/// The geometry of one frame. Every visible event is either in events or counted in exactly one
/// cluster: events.size() + Σ clusters.count == visibleCount.
struct TimelineLayout {
    QSizeF size;
    TimeAxis axis;
    QRectF axisRect;
    std::vector<LaneBox> lanes;
    std::vector<EventGlyph> events;
    std::vector<ClusterGlyph> clusters;
    std::vector<DensityBar> density;
    qint64 visibleCount = 0;
    int unplacedCount = 0;

    TimelineHit hitTest(const QPointF& point) const;
    /// The glyph of an event id, or nullptr when it is not drawn on its own.
    const EventGlyph* glyphOf(std::int64_t id) const;
};

/// Counts the events beginning in each of `buckets` equal slices of [begin, end) into counts
/// (resized to buckets): how a document too large for memory answers the layout.
using BucketCounter =
    std::function<void(double begin, double end, int buckets, std::vector<std::int64_t>& counts)>;

/// Lays out frames. Keeps label widths measured in earlier frames and reuses its buffers, so
/// that panning and zooming allocate little. Not thread-safe; one per view.
class TimelineLayouter {
public:
    explicit TimelineLayouter(TimelineStyle style);
    ~TimelineLayouter();
    TimelineLayouter(const TimelineLayouter&) = delete;
    TimelineLayouter& operator=(const TimelineLayouter&) = delete;

    const TimelineStyle& style() const { return style_; }

    /// Lays out a frame into out, reusing out's storage.
    void layOut(const TimelineData& data, const TimelineFrame& frame, TimelineLayout& out);
    TimelineLayout layOut(const TimelineData& data, const TimelineFrame& frame);
    /// Lays out a frame of events known only by their counts: one lane of density bars and
    /// cluster pills, whose counts add up to what `counter` reports for the frame.
    void layOutCounts(const BucketCounter& counter, int unplaced, const TimelineFrame& frame,
                      TimelineLayout& out);

private:
    void startFrame(const TimelineFrame& frame, int unplaced, TimelineLayout& out) const;

    struct Caches;
    TimelineStyle style_;
    std::unique_ptr<Caches> caches_;
};

}  // namespace yeonpyo::render
