// TimelineData: events (or articles) prepared once for fast layout: compact, grouped into lanes,
// sorted by time.
#pragma once

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <vector>

#include "app/render/time_axis.h"
#include "core/model/article.h"
#include "core/model/event.h"

namespace yeonpyo::render {

/// How events are grouped into horizontal lanes.
enum class LaneMode { None, Kind, Place, Participant, Article };

/// How precisely a time is known: an exact clock time is a point, anything else a soft span.
enum class TimePrecision : std::uint8_t { Exact, PartOfDay, Day, Month, Year };

/// One row for the timeline: what the layout needs of an event (or an article). Rows can be
/// built straight from a store query, without whole Event values.
struct TimelineEntry {
    std::int64_t id = 0;
    std::int64_t beginUtc = 0;  ///< Seconds since the epoch.
    std::int64_t endUtc = 0;    ///< Equal to beginUtc for an instant.
    int sequence = 0;           ///< Drawn on the marker when positive.
    EventKind kind = EventKind::Other;
    bool planned = false;
    bool disputed = false;  ///< Its sources disagree (Event::conflicts): drawn with a badge.
    TimePrecision precision = TimePrecision::Exact;
    QString title;
    QString place;
    QString timeOfDay;  ///< design.md part of day ("noon") or empty.
    QString timeZone;   ///< IANA zone of the event's place ("Asia/Seoul"), or empty.
    QString lane;       ///< Lane caption; ignored when there is one lane.
    int laneRank = 0;   ///< Lanes sort by rank, then by the time of their first event.
};

/// The compact per-row record the layout walks.
struct TimelineItem {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t id = 0;
    std::int32_t sequence = 0;
    std::uint16_t lane = 0;
    EventKind kind = EventKind::Other;
    TimePrecision precision = TimePrecision::Exact;
    bool planned = false;
    bool disputed = false;
};

/// The display texts of an item, stored apart so that walking items stays cache-friendly.
struct TimelineItemText {
    QString title;
    QString place;
    QString timeOfDay;
    std::uint16_t zone = 0;  ///< Index into TimelineData::zones(); 0 is "unknown".
};

/// Rows sorted by (lane, short before long, begin, sequence). Within a lane, "short" rows last
/// at most kShortSpanSeconds and are found by binary search with a bounded look-back; "long"
/// rows (months, years) are few and scanned. Build once per content or lane change.
class TimelineData {
public:
    static constexpr std::int64_t kShortSpanSeconds = 86400;

    struct Lane {
        QString caption;
        std::uint32_t first = 0;      ///< First row of the lane.
        std::uint32_t longFirst = 0;  ///< First long row; rows [first, longFirst) are short.
        std::uint32_t end = 0;        ///< One past the last row.
        std::int64_t maxShortSpan = 0;
    };

    TimelineData() = default;
    /// Builds from rows in any order. Lanes beyond maxLanes are merged into the last one,
    /// captioned otherCaption. unplaced counts rows the caller could not place in time.
    TimelineData(std::vector<TimelineEntry> entries, int maxLanes, const QString& otherCaption,
                 int unplaced = 0);

    /// Events with a resolved time (time.beginUtc set); the others are counted as unplaced.
    /// When no event has a resolved time, the events that name a day known in part
    /// ("XXXX-XX-28") are placed on a stand-in calendar instead (see knownCalendar()).
    static TimelineData fromEvents(const std::vector<Event>& events, LaneMode mode,
                                   const QLocale& locale, int maxLanes = 12);
    /// Articles at their publication time (id = article id), for a coverage timeline.
    static TimelineData fromArticles(const std::vector<Article>& articles, const QLocale& locale);

    std::size_t size() const { return items_.size(); }
    int unplacedCount() const { return unplaced_; }
    /// Full, or how much of the calendar the rows are known to when they stand on a stand-in
    /// calendar (year and perhaps month unknown): frames of this data label only those parts.
    KnownCalendar knownCalendar() const { return known_; }
    const std::vector<Lane>& lanes() const { return lanes_; }
    const std::vector<TimelineItem>& items() const { return items_; }
    /// Begin times of items, parallel to items(), for binary search.
    const std::vector<std::int64_t>& begins() const { return begins_; }
    const TimelineItemText& text(std::uint32_t row) const { return texts_[row]; }
    /// The zones rows are local to; entry 0 is an invalid zone for rows without one.
    const std::vector<QTimeZone>& zones() const { return zones_; }

    /// Earliest begin and latest end of all rows; std::nullopt when empty.
    std::optional<std::pair<std::int64_t, std::int64_t>> extent() const;
    /// Row of an id, or std::nullopt.
    std::optional<std::uint32_t> rowOf(std::int64_t id) const;

private:
    std::vector<TimelineItem> items_;
    std::vector<std::int64_t> begins_;
    std::vector<TimelineItemText> texts_;
    std::vector<Lane> lanes_;
    std::vector<QTimeZone> zones_{QTimeZone()};
    int unplaced_ = 0;
    KnownCalendar known_ = KnownCalendar::Full;
};

/// The precision of a TIMEX3-style value ("2024-02-28T12:00" → Exact, "2024-02-28" with a part
/// of day → PartOfDay, "2024-02" → Month, "2024-Q1" → Month, "2024" → Year).
TimePrecision precisionOf(const std::string& timex, const std::string& timeOfDay);

}  // namespace yeonpyo::render
