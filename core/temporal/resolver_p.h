// Resolution of drafts into TIMEX3 values against the reference date, the last mentioned date and
// the tense, with a short explanation for people (HeidelTime's second phase).
#pragma once

#include <optional>
#include <string>

#include "core/temporal/draft_p.h"
#include "core/temporal/temporal.h"
#include "core/temporal/tense_p.h"
#include "core/temporal/value_format_p.h"

namespace yeonpyo::temporal {

/// A quarter of a year ("1989-Q3").
struct YearQuarter {
    int year = 0;
    int quarter = 0;
};

/// What a draft is resolved against.
struct ResolveContext {
    std::optional<CivilDate> reference;  ///< The article date.
    std::optional<PartialDate> lastDay;  ///< The last mentioned day in the text.
    /// The last mentioned day when it is in the same sentence: a list of days goes on in its
    /// month ("2월 16일 로스앤젤레스, 18일 오클랜드", "5월21일 … 22일").
    std::optional<PartialDate> sentenceDay;
    std::optional<int> lastYear;  ///< The year of the last mentioned date or year.
    Tense tense;
    std::optional<PartialDate> storyDay;  ///< The last day not counted back from another (전날).
    /// The last mentioned quarter, while the text speaks in quarters (a day or month ends it).
    std::optional<YearQuarter> lastQuarter;
};

struct Resolution {
    bool valid = true;  ///< False for a date that does not exist ("2023년 2월 29일").
    ExpressionKind kind = ExpressionKind::Date;
    std::string value;
    std::string endValue;
    std::string timeOfDay;
    Mod mod = Mod::None;
    Anchor anchor = Anchor::Absolute;
    std::string derivation;
    std::optional<PartialDate>
        day;                    ///< The day the value names, which becomes the last mentioned day.
    std::optional<int> year;    ///< The year the value names.
    bool movesContext = false;  ///< A date of its own, not one inherited (clock times inherit).
    bool looksBack = false;  ///< Counted back from the last mentioned date ("전날"): a flashback
                             ///< that does not become the story's day.
    std::optional<YearQuarter> quarter;  ///< The quarter the value names ("1989-Q3").
    bool countedYears = false;  ///< A year counted from another ("a year earlier"): the context's
                                ///< year stays where it was.
};

/// Resolves one draft.
Resolution resolve(const Draft& draft, const ResolveContext& context);

/// Resolves the last end of a range: what it leaves out ("29일" in "28~29일", "4시" in "오후
/// 2~4시") comes from the first end's resolution, and an end before the start moves on.
Resolution resolveRangeEnd(const Draft& last, const Resolution& first,
                           const ResolveContext& context);

/// Part of the date resolution, used by resolve(): the calendar part alone.
Resolution resolveDate(const DateDraft& date, const ResolveContext& context);

/// Part of the date resolution: a year-less period (a month, a day of a month, a quarter, a
/// holiday) placed in a year by the written year, a relative year, the tense or nearness to the
/// article date.
struct YearChoice {
    std::optional<int> year;
    Anchor anchor = Anchor::Absolute;
    std::string reason;  ///< Empty when the year is written.
};
struct YearSpan {
    CivilDate first;
    CivilDate last;
};
using SpanInYear = std::optional<YearSpan> (*)(const DateDraft& date, int year);
YearChoice chooseYear(const DateDraft& date, const ResolveContext& context, SpanInYear spanInYear);

/// The date a relative field counts from, and how to name it in a derivation.
struct BaseDay {
    std::optional<PartialDate> date;
    Anchor anchor = Anchor::None;
    std::string text;  ///< "the article date 2024-02-28", "the last mentioned date 2024-02-28"
};
BaseDay baseDay(Base base, const ResolveContext& context);

/// "the day after X", "the month of X", "3 weeks before X".
std::string shiftText(int amount, Unit unit, const std::string& base);
/// "past tense ('했')", "future tense".
std::string tenseLabel(const Tense& tense);

/// The date-part resolvers resolveDate() dispatches to.
Resolution resolveDayShift(const DateDraft& date, const ResolveContext& context);
Resolution resolveDayOfMonth(const DateDraft& date, const ResolveContext& context);
Resolution resolveWeekday(const DateDraft& date, const ResolveContext& context);
Resolution resolveHoliday(const DateDraft& date, const ResolveContext& context);
/// A place in a month: its last day, its Nth (or last) weekday, its Nth (or last) week.
Resolution resolveInMonth(const DateDraft& date, const ResolveContext& context);
Resolution resolvePeriod(const DateDraft& date, const ResolveContext& context);

}  // namespace yeonpyo::temporal
