// Temporal engine: finds Korean and English time expressions and resolves them to TIMEX3-style
// values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::temporal {

struct CivilDate {
    int year = 0;
    int month = 0;  ///< 1–12
    int day = 0;    ///< 1–31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// What expressions are resolved against: the document creation date and its time zone.
struct Reference {
    std::optional<CivilDate> date;  ///< Without it, values stay underspecified ("XXXX-XX-28").
    std::string timeZone = "Asia/Seoul";
};

enum class Language { Korean, English };

enum class ExpressionKind { Date, Time, Duration, Set, Range };

/// What a value was resolved against.
enum class Anchor {
    Absolute,   ///< The text states it in full ("2024년 2월 28일", "in 2025", "P10Y").
    Reference,  ///< Relative to the reference (article) date ("28일", "내일", "last Friday").
    Context,  ///< Relative to the last mentioned date ("이튿날", "that evening", "오후 3시").
    None,     ///< Could not be anchored: the value is underspecified ("XXXX-XX-28").
};

/// One time expression found in a text, with its resolved value and how it was derived.
struct TimeExpression {
    int begin = 0;  ///< First code point in the tagged text.
    int end = 0;    ///< One past the last code point.
    std::size_t byteBegin = 0;
    std::size_t byteEnd = 0;
    std::string text;
    ExpressionKind kind = ExpressionKind::Date;
    std::string value;      ///< "2024-02-28", "2024-02-28T15:30", "XXXX-XX-28", "2024-Q1", "P10Y",
                            ///< "FUTURE_REF", …
    std::string endValue;   ///< End of a range ("2024-02-29"); empty otherwise.
    std::string timeOfDay;  ///< "morning", "noon", "afternoon", "evening", "night" or empty.
    std::string rule;       ///< Name of the rule that matched ("ko.day-of-month").
    std::string
        derivation;  ///< For people: "day 28 of the reference month (article dated 2024-02-28)".
    /// TIMEX3 modifier: "START", "MID", "END" (내년 초, 3월 중순, 연말), "APPROX" (2025년께),
    /// "MORE_THAN", "LESS_THAN" (한 시간 넘게); empty when none.
    std::string mod;
    /// Zone the text states for this expression: an IANA id ("America/New_York" for "3 p.m. ET"),
    /// "local" for 현지시간 / local time (the zone of the event's place); empty: the reference
    /// zone.
    std::string timeZone;
    Anchor anchor = Anchor::Absolute;
    /// A range written as two expressions ("Sept. 14 to Thursday", "27일부터 29일까지"): where the
    /// first ends and the second begins, in code points and bytes; all 0 for a range written in
    /// one ("28~29일") and for other expressions.
    int firstEnd = 0;
    int lastBegin = 0;
    std::size_t firstByteEnd = 0;
    std::size_t lastByteBegin = 0;
};

/// Finds and resolves every time expression in a text, in order, keeping discourse context
/// (the last mentioned date) so that "이날 저녁" or "that evening" inherit the right day.
/// A Tagger is cheap to make and holds no mutable state: tag() may run on several threads.
class Tagger {
public:
    Tagger(Language language, Reference reference);
    /// Expressions in text order; offsets count code points (begin/end) and bytes of utf8Text.
    std::vector<TimeExpression> tag(std::string_view utf8Text) const;

private:
    Language language_;
    Reference reference_;
};

/// An expression as TimeML's TIMEX3 writes it (TempEval-3 conventions).
struct TimemlTimex {
    std::string type;   ///< "DATE", "TIME", "DURATION" or "SET"
    std::string value;  ///< The part of day folded in ("1998-01-08TEV"); a range gives its start.
    std::string mod;    ///< "START", "END", "APPROX", … or empty
};

/// Yeonpyo's value in TimeML's conventions: a part of day without a clock time joins the value as
/// TMO, TMI, TAF, TEV or TNI ("this evening" → "1998-01-08TEV", "Monday night" →
/// "XXXX-WXX-1TNI"); a value with a clock time or a part of day is a TIME; a range keeps its start;
/// decades in durations are E as TimeBank writes them ("P2DE" → "P2E"). Everything else (P1D,
/// PRESENT_REF, 1998-W03, 1998-Q3, 199, XXXX-07 sets) is written alike.
TimemlTimex toTimeml(const TimeExpression& expression);

/// The interval [begin, end) in seconds since the Unix epoch (UTC) that a value covers in a zone.
struct UtcInterval {
    std::int64_t begin = 0;
    std::int64_t end = 0;
};

/// Resolves a fully specified value ("2024-02-28", "2024-02-28T12:00", "2024-02", "2024-Q1",
/// "2025") plus an optional part of day to UTC; std::nullopt for underspecified or relative values.
/// Also understands weeks ("2024-W09", "2024-W09-WE"), halves ("2024-H1"), seasons ("2024-SU"),
/// decades ("199") and "T24:00". Parts of day: morning 06–12, noon 12–13, afternoon 12–18,
/// evening 18–22, night 22–24 (local time).
std::optional<UtcInterval> toUtcInterval(std::string_view value, std::string_view timeOfDay,
                                         std::string_view timeZone);

/// Like toUtcInterval, narrowed by a TIMEX3 mod: START, MID and END keep the first, middle and last
/// third of the interval ("2024-03" END: 21–31 March); other mods leave it as it is.
std::optional<UtcInterval> toUtcInterval(std::string_view value, std::string_view timeOfDay,
                                         std::string_view mod, std::string_view timeZone);

/// Appends the zone's UTC offset at that moment to a value with a clock time
/// ("2024-02-28T12:00" in Asia/Seoul → "2024-02-28T12:00+09:00"); other values are returned as they
/// are.
std::string withUtcOffset(std::string_view value, std::string_view timeZone);

/// True when ICU knows the zone id ("Asia/Seoul", "UTC", "America/New_York").
bool isKnownTimeZone(std::string_view timeZone);

/// The calendar date of a value that names a day ("2024-02-28", "2024-02-28T15:30"); std::nullopt
/// for coarser or underspecified values.
std::optional<CivilDate> dateOfValue(std::string_view value);

/// A reference from an article's publication stamp ("2024-02-28", "2024-02-28T17:32+09:00"):
/// its local date, in defaultZone; an empty or unreadable stamp gives a reference without a date.
Reference referenceFromPublished(std::string_view published,
                                 std::string_view defaultZone = "Asia/Seoul");

}  // namespace yeonpyo::temporal
