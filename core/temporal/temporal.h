// Temporal engine: finds Korean and English time expressions and resolves them to TIMEX3-style values.
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

/// One time expression found in a text, with its resolved value and how it was derived.
struct TimeExpression {
    int begin = 0;  ///< First code point in the tagged text.
    int end = 0;    ///< One past the last code point.
    std::size_t byteBegin = 0;
    std::size_t byteEnd = 0;
    std::string text;
    ExpressionKind kind = ExpressionKind::Date;
    std::string value;      ///< "2024-02-28", "2024-02-28T15:30", "XXXX-XX-28", "2024-Q1", "P10Y", "FUTURE_REF", …
    std::string endValue;   ///< End of a range ("2024-02-29"); empty otherwise.
    std::string timeOfDay;  ///< "morning", "noon", "afternoon", "evening", "night" or empty.
    std::string rule;       ///< Name of the rule that matched ("ko.day-of-month").
    std::string derivation; ///< For people: "28일 → day 28 of the reference month 2024-02".
};

/// Finds and resolves every time expression in a text, in order, keeping discourse context
/// (the last mentioned date) so that "이날 저녁" or "that evening" inherit the right day.
class Tagger {
public:
    Tagger(Language language, Reference reference);
    std::vector<TimeExpression> tag(std::string_view utf8Text) const;

private:
    Language language_;
    Reference reference_;
};

/// The interval [begin, end) in seconds since the Unix epoch (UTC) that a value covers in a zone.
struct UtcInterval {
    std::int64_t begin = 0;
    std::int64_t end = 0;
};

/// Resolves a fully specified value ("2024-02-28", "2024-02-28T12:00", "2024-02", "2024-Q1", "2025")
/// plus an optional part of day to UTC; std::nullopt for underspecified or relative values.
std::optional<UtcInterval> toUtcInterval(std::string_view value, std::string_view timeOfDay,
                                         std::string_view timeZone);

/// Appends the zone's UTC offset at that moment to a value with a clock time
/// ("2024-02-28T12:00" in Asia/Seoul → "2024-02-28T12:00+09:00"); other values are returned as they are.
std::string withUtcOffset(std::string_view value, std::string_view timeZone);

}  // namespace yeonpyo::temporal
