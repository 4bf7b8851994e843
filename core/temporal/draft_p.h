// A time expression as recognized and before resolution: the fields the text fixes, and the ones it
// states relative to the article date or to the last mentioned date (typed HeidelTime
// placeholders).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yeonpyo::temporal {

struct Holiday;

enum class PartOfDay : std::uint8_t { None, Morning, Noon, Afternoon, Evening, Night };
/// 오전/a.m. or 오후/p.m.: fixes the half of the day a clock hour is in.
enum class Meridiem : std::uint8_t { None, Am, Pm };
enum class Mod : std::uint8_t { None, Start, Mid, End, Approx, MoreThan, LessThan };
/// What a relative field counts from: the article (document creation) date, the last mentioned
/// date, or the story's day: the last date stated or counted forwards, not one the text looked
/// back to ("5일 … 전날 오후 도착했다 … 이날 오전": 이날 is the 5th, not the day before).
enum class Base : std::uint8_t { Document, Context, StoryDay };
/// A direction the words state ("지난 26일", "next Monday", "this Friday").
enum class Direction : std::uint8_t { None, Past, Future, This };
enum class Season : std::uint8_t { None, Spring, Summer, Fall, Winter };
enum class Unit : std::uint8_t {
    Decade,
    Year,
    Half,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second
};
enum class RefKind : std::uint8_t { Present, Past, Future };
/// Point: a date and/or clock time. Offset: an amount before or after a base ("3년 전").
enum class DraftType : std::uint8_t { Point, Duration, Offset, Reference, Set };

/// A shift of one field relative to a base date; unset when the field is not relative.
struct Shift {
    bool set = false;
    int amount = 0;
    Base base = Base::Document;
};

/// The calendar part. Zero means "not written".
struct DateDraft {
    int year = 0;
    Shift yearShift;  ///< 올해 0, 내년 +1, 작년 -1, 이듬해 context +1
    int month = 0;
    Shift monthShift;  ///< 이달 0, 지난달 -1, next month +1
    int day = 0;
    Shift dayShift;   ///< 어제 -1, 내일 +1, 이날 context 0, 이튿날 context +1
    Shift weekShift;  ///< 이번 주 0, 지난주 -1, next week +1
    /// 이번 분기 0, 다음 분기 +1, "this quarter" 0, "last quarter" -1; base Context: the last
    /// mentioned quarter ("the quarter", "the latest quarter"), else the last one before the
    /// article date.
    Shift quarterShift;
    /// The year is counted from another ("a year ago", "a year earlier", "year-earlier"): it takes
    /// the discourse's quarter when the story speaks in quarters ("1988-Q3").
    bool countedYears = false;
    /// Places inside a month: its last day (마지막 날, 말일), the Nth weekday (10월 첫째 화요일,
    /// 셋째 주 화요일; -1 the last), the Nth week (셋째 주, 마지막 주: -1).
    bool lastDay = false;
    int nthWeekday = 0;
    int weekOfMonth = 0;
    int weekday = 0;  ///< 1 Monday … 7 Sunday
    bool weekend = false;
    int quarter = 0;
    int half = 0;
    Season season = Season::None;
    int decade = 0;   ///< 199 for the 1990s
    int century = 0;  ///< 19 for the 20th century
    const Holiday* holiday = nullptr;
    bool holidaySeason = false;  ///< "설 연휴": the days around the holiday.
    Direction direction = Direction::None;
    int rangeLastDay = 0;  ///< "28~30일": the month chosen for day 28 must also have day 30.

    bool hasCalendarField() const {
        return year || yearShift.set || month || monthShift.set || day || dayShift.set ||
               weekShift.set || weekday || weekend || quarter || quarterShift.set || half ||
               season != Season::None || decade || century || holiday || lastDay || nthWeekday ||
               weekOfMonth;
    }
    /// A clock time may join it: it names a day, or nothing yet.
    bool takesClock() const {
        return !hasCalendarField() || day || dayShift.set || weekday || holiday || lastDay;
    }
};

/// The clock part: hour -1 when no clock time is written.
struct ClockDraft {
    int hour = -1;  ///< As written (3 in "오후 3시"); the resolver makes it a 24-hour hour.
    int minute = 0;
    PartOfDay part = PartOfDay::None;  ///< From a part-of-day word (저녁, morning).
    Meridiem meridiem = Meridiem::None;
    bool meal = false;  ///< The part of day comes from a meal word (오찬, lunch).
    bool needsClock =
        false;  ///< A part-of-day word that only counts before a clock time (낮 12시).
    bool bareHour = false;  ///< A Korean hour with neither 오전/오후 nor a part of day ("3시").
};

/// An amount of a unit: a duration, an offset's size or a set's period. amount -1 is "some" (X).
struct AmountDraft {
    int amount = 0;
    Unit unit = Unit::Day;
    int extra = 0;  ///< A second, finer part ("1년 8개월", "an hour and 30 minutes").
    Unit extraUnit = Unit::Month;
};

/// One recognized expression, not yet resolved.
struct Draft {
    DraftType type = DraftType::Point;
    DateDraft date;
    ClockDraft clock;
    AmountDraft amount;
    Base offsetBase =
        Base::Document;   ///< For offsets: what "3년 전" / "two days later" counts from.
    int offsetSign = -1;  ///< -1 before ("3년 전", "ago"), +1 after ("이틀 뒤", "later").
    Mod mod = Mod::None;
    RefKind ref = RefKind::Present;
    std::string_view zone;  ///< Zone stated in the text: an IANA id, "local", or empty.
    /// A range written inside one component ("28~29일", "오후 2~4시"): the last value of the
    /// finest field; the recognizer turns it into a second draft.
    int rangeLast = 0;
    Unit rangeUnit = Unit::Day;  ///< Which field rangeLast replaces: Year, Month, Day or Hour.
    bool needsFollower = false;  ///< A prefix such as 지난/오는/올 that is no expression alone.
    /// A duration counted back or forward from the article date ("지난 2주", "다음 3주", "최근
    /// 1주일"): resolved as the interval it covers.
    bool interval = false;

    /// Names of the rules that built it, in text order ("day", "part-of-day").
    std::array<std::string_view, 6> rules{};
    int ruleCount = 0;
    void addRule(std::string_view rule) {
        if (ruleCount < static_cast<int>(rules.size()))
            rules[static_cast<std::size_t>(ruleCount++)] = rule;
    }
    /// "ko.day+part-of-day" for language "ko".
    std::string ruleName(std::string_view language) const;
};

/// Makes an amount before or after a base into the draft: whole days, weeks (as days), months,
/// years and decades become a shift of that field, so finer parts may follow ("이틀 뒤 오후 3시",
/// "two days later at noon"); other units and unknown amounts stay an Offset. Returns the field
/// shifted (Day, Month or Year), or Unit::Second for an Offset.
Unit applyOffset(Draft& draft, AmountDraft amount, int sign, Base base);

/// "오후 7시부터 9시까지", "7 p.m. to 9": a range end with a bare clock hour takes the start's
/// morning or afternoon.
void inheritMeridiem(const Draft& first, Draft& last);

/// A recognized expression with its span in code points; a range has a second draft.
struct Candidate {
    int begin = 0;
    int end = 0;
    Draft draft;
    std::optional<Draft> rangeEnd;
    int firstEnd = 0;   ///< For a range of two expressions: the end of the first …
    int lastBegin = 0;  ///< … and the start of the second.
};

}  // namespace yeonpyo::temporal
