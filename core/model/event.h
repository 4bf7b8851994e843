// Event and its parts: the unit of a timeline (what happened, when, where, who, and the quotes that say so).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo {

enum class EventKind { Meeting, Meal, Visit, Speech, Departure, Arrival, Announcement, Other };
enum class EventStatus { Happened, Planned, Reported };
enum class PlacePrecision { Unknown, Venue, District, City, Region, Country };

/// Contract names ("meeting", "planned", "venue", …) and their inverses; unknown names give the default.
std::string_view toString(EventKind kind);
std::string_view toString(EventStatus status);
std::string_view toString(PlacePrecision precision);
EventKind eventKindFromString(std::string_view name);
EventStatus eventStatusFromString(std::string_view name);
PlacePrecision placePrecisionFromString(std::string_view name);

struct Place {
    std::string name;       ///< As the user knows it ("LG트윈타워").
    std::string address;    ///< Enclosing places, widest first ("서울 영등포구").
    std::optional<double> lat;
    std::optional<double> lon;
    PlacePrecision precision = PlacePrecision::Unknown;
    std::string gazetteerId;  ///< Key of the gazetteer entry it was resolved to; empty if none.

    bool hasCoordinates() const { return lat.has_value() && lon.has_value(); }
    friend bool operator==(const Place&, const Place&) = default;
};

struct Participant {
    std::string name;   ///< Full name as written in the article's language ("조주완", "Cho Joo-wan").
    std::string title;  ///< Role ("CEO", "회장"); may be empty.
    std::string org;    ///< Organisation ("LG전자"); may be empty.
    friend bool operator==(const Participant&, const Participant&) = default;
};

/// A span of an article's stored text that states (part of) an event.
struct Quote {
    std::int64_t articleId = 0;
    int start = 0;  ///< First code point, counted in Article::text.
    int end = 0;    ///< One past the last code point.
    std::string text;
    std::string speaker;  ///< For a direct quotation, who said it; empty otherwise.
    friend bool operator==(const Quote&, const Quote&) = default;
};

/// When an event happened, as the text states it and as the timeline places it.
struct EventTime {
    std::string start;      ///< TIMEX3-style value: "2024-02-28", "2024-02-28T12:00", "XXXX-XX-28", "2024-02"; empty if unknown.
    std::string end;        ///< Same form, for a span; empty if none.
    std::string timeOfDay;  ///< "morning", "noon", "afternoon", "evening", "night" or empty.
    std::string timeZone;   ///< IANA zone the values are local to ("Asia/Seoul").
    std::string derivation; ///< Why this date, for people: "28일 → reference date 2024-02-28 (same month)".
    /// The interval the value covers, in seconds since the Unix epoch (UTC); unset when unresolved.
    std::optional<std::int64_t> beginUtc;
    std::optional<std::int64_t> endUtc;
    friend bool operator==(const EventTime&, const EventTime&) = default;
};

/// Two sources disagree on a field of an event: the event keeps one value, another article states
/// a different one, and both are kept so that the reader can judge.
struct SourceConflict {
    std::string field;  ///< "start", "time_of_day" or "place".
    std::string kept;   ///< The value the event keeps ("noon", "2024-02-28", "LG트윈타워").
    std::string other;  ///< The value the other source states.
    std::int64_t articleId = 0;  ///< The article stating `other`; 0 when not known.
    friend bool operator==(const SourceConflict&, const SourceConflict&) = default;
};

struct Event {
    std::int64_t id = 0;  ///< Row id in the document (or a provisional 1-based id before storing).
    int sequence = 0;     ///< Rank in the timeline's total order, 1-based.
    EventKind kind = EventKind::Other;
    EventStatus status = EventStatus::Happened;
    std::string title;
    EventTime time;
    Place place;
    std::vector<Participant> participants;
    std::vector<Quote> quotes;
    std::vector<std::int64_t> after;        ///< Ids of events this one is known to follow.
    bool editedByUser = false;              ///< A user's edit: re-imports never overwrite it.
    std::vector<SourceConflict> conflicts;  ///< Where sources disagree, in the order found.
    friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace yeonpyo
