// Resolving day-level dates: relative days (어제, 이튿날), days of a month (28일, 2월 28일),
// weekdays (금요일, last Friday) and holidays (추석, Christmas).
#include <algorithm>

#include "core/temporal/civil_p.h"
#include "core/temporal/holidays_p.h"
#include "core/temporal/resolver_p.h"

namespace yeonpyo::temporal {
namespace {

Resolution dayResolution(const PartialDate& date, Anchor anchor, std::string derivation) {
    Resolution result;
    result.value = formatDay(date);
    result.anchor = date.day ? anchor : Anchor::None;
    result.derivation = std::move(derivation);
    result.day = date;
    result.year = date.year;
    result.movesContext = true;
    if (date.complete() && !isValidDate(*date.year, *date.month, *date.day))
        result.valid = false;
    return result;
}

/// Shifts a date whose year or month may be unknown; unknown fields stay unknown, and a day that
/// would leave an unknown month becomes unknown too.
PartialDate shiftPartial(const PartialDate& date, int days) {
    if (date.complete())
        return PartialDate::of(addDays(date.civil(), days));
    PartialDate shifted = date;
    const int day = date.day.value_or(0) + days;
    shifted.day = date.day && day >= 1 && day <= 28 ? std::optional<int>(day) : std::nullopt;
    return shifted;
}

std::optional<YearSpan> monthDaySpan(const DateDraft& date, int year) {
    if (!isValidDate(year, date.month, date.day))
        return std::nullopt;
    return YearSpan{{year, date.month, date.day}, {year, date.month, date.day}};
}

std::optional<YearSpan> monthSpanOf(const DateDraft& date, int year) {
    return YearSpan{{year, date.month, 1}, {year, date.month, daysInMonth(year, date.month)}};
}

std::optional<YearSpan> holidaySpan(const DateDraft& date, int year) {
    const auto day = holidayDate(*date.holiday, year);
    if (!day)
        return std::nullopt;
    return YearSpan{*day, *day};
}

std::string monthDayText(int month, int day) {
    return std::to_string(day) + " " + std::string(monthName(month));
}

/// Month offset that puts day into a month that has it, starting from offset and stepping by step.
int monthWithDay(const CivilDate& reference, int day, int offset, int step) {
    for (int tries = 0; tries < 4; ++tries, offset += step) {
        const YearMonth month = addMonths({reference.year, reference.month}, offset);
        if (isValidDate(month.year, month.month, day))
            return offset;
    }
    return offset;
}

std::string monthOffsetText(int offset) {
    if (offset == 0)
        return "the month of";
    if (offset == -1)
        return "the month before";
    if (offset == 1)
        return "the month after";
    return std::to_string(offset < 0 ? -offset : offset) +
           (offset < 0 ? " months before" : " months after");
}

Resolution bareDayOfMonth(const DateDraft& date, const ResolveContext& context) {
    const std::string dayText = "day " + std::to_string(date.day);
    if (!context.reference) {
        if (context.lastDay && context.lastDay->month) {
            const PartialDate day{context.lastDay->year, context.lastDay->month, date.day};
            return dayResolution(day, Anchor::Context,
                                 dayText + " of the month of the last mentioned date " +
                                     formatDay(*context.lastDay));
        }
        return dayResolution({std::nullopt, std::nullopt, date.day}, Anchor::None,
                             dayText + "; the month and year are unknown without an article date");
    }
    const CivilDate& reference = *context.reference;
    const auto& listed = context.sentenceDay;
    if (date.direction == Direction::None && listed && listed->year && listed->month &&
        listed->day && date.day > listed->day &&
        isValidDate(*listed->year, *listed->month, std::max(date.day, date.rangeLastDay))) {
        return dayResolution({listed->year, listed->month, date.day}, Anchor::Context,
                             dayText + " of the month of " + formatDay(*listed) +
                                 ", named before it in the sentence");
    }
    const int needed = std::max(date.day, date.rangeLastDay);  // the month must have both ends
    const std::string articleDate = "the article date " + describeDate(reference);
    const auto resolved = [&](int offset, std::string derivation) {
        const YearMonth month = addMonths({reference.year, reference.month}, offset);
        return dayResolution({month.year, month.month, date.day}, Anchor::Reference,
                             std::move(derivation));
    };
    if (date.direction == Direction::Past) {
        return resolved(monthWithDay(reference, needed, date.day < reference.day ? 0 : -1, -1),
                        "the last " + dayText + " before " + articleDate);
    }
    if (date.direction == Direction::Future) {
        return resolved(monthWithDay(reference, needed, date.day > reference.day ? 0 : 1, 1),
                        "the coming " + dayText + " after " + articleDate);
    }
    const TenseKind tense = context.tense.kind;
    if ((tense == TenseKind::Past && date.day > reference.day) ||
        (tense == TenseKind::Future && date.day < reference.day)) {
        const int step = tense == TenseKind::Past ? -1 : 1;
        const int offset = monthWithDay(reference, needed, step, step);
        return resolved(offset, tenseLabel(context.tense) + ": " + dayText + " of " +
                                    monthOffsetText(offset) + " " + articleDate);
    }
    const int offset = monthWithDay(reference, needed, 0, tense == TenseKind::Future ? 1 : -1);
    if (offset == 0) {
        return resolved(
            0, dayText + " of the reference month (article dated " + describeDate(reference) + ")");
    }
    return resolved(offset, dayText + " of " + monthOffsetText(offset) + " " + articleDate +
                                ", the reference month has no day " + std::to_string(needed));
}

}  // namespace

Resolution resolveDayShift(const DateDraft& date, const ResolveContext& context) {
    const BaseDay base = baseDay(date.dayShift.base, context);
    if (!base.date) {
        return dayResolution({}, Anchor::None,
                             shiftText(date.dayShift.amount, Unit::Day, base.text));
    }
    Resolution result = dayResolution(shiftPartial(*base.date, date.dayShift.amount), base.anchor,
                                      shiftText(date.dayShift.amount, Unit::Day, base.text));
    result.looksBack = date.dayShift.base == Base::Context && date.dayShift.amount < 0;
    return result;
}

Resolution resolveDayOfMonth(const DateDraft& date, const ResolveContext& context) {
    if (date.month) {
        if (date.day > daysInMonth(2024, date.month)) {
            Resolution impossible;  // 30 February is no date in any year
            impossible.valid = false;
            return impossible;
        }
        const YearChoice year = chooseYear(date, context, monthDaySpan);
        const std::string derivation =
            year.reason.empty() ? "written in full"
                                : monthDayText(date.month, date.day) + ", " + year.reason;
        return dayResolution({year.year, date.month, date.day}, year.anchor, derivation);
    }
    if (date.monthShift.set) {
        const BaseDay base = baseDay(date.monthShift.base, context);
        const std::string dayText = "day " + std::to_string(date.day) + " of ";
        if (!base.date || !base.date->year || !base.date->month) {
            return dayResolution(
                {std::nullopt, std::nullopt, date.day}, Anchor::None,
                dayText + shiftText(date.monthShift.amount, Unit::Month, base.text));
        }
        const YearMonth month =
            addMonths({*base.date->year, *base.date->month}, date.monthShift.amount);
        return dayResolution({month.year, month.month, date.day}, base.anchor,
                             dayText + shiftText(date.monthShift.amount, Unit::Month, base.text));
    }
    return bareDayOfMonth(date, context);
}

Resolution resolveWeekday(const DateDraft& date, const ResolveContext& context) {
    const std::string name(weekdayName(date.weekday));
    if (date.weekShift.set) {
        const BaseDay base = baseDay(date.weekShift.base, context);
        if (!base.date || !base.date->complete()) {
            Resolution unknown =
                dayResolution({}, Anchor::None, name + " of a week relative to an unknown date");
            unknown.value = "XXXX-WXX-" + std::to_string(date.weekday);
            return unknown;
        }
        const CivilDate day =
            weekdayInWeekOf(base.date->civil(), date.weekShift.amount, date.weekday);
        return dayResolution(
            PartialDate::of(day), base.anchor,
            name + " of " + shiftText(date.weekShift.amount, Unit::Week, base.text));
    }
    const bool narrative = !context.reference && context.lastDay && context.lastDay->complete();
    if (!context.reference && !narrative) {
        Resolution unknown =
            dayResolution({}, Anchor::None, name + "; the week is unknown without an article date");
        unknown.value = "XXXX-WXX-" + std::to_string(date.weekday);
        return unknown;
    }
    const CivilDate base = narrative ? context.lastDay->civil() : *context.reference;
    const Anchor anchor = narrative ? Anchor::Context : Anchor::Reference;
    const std::string baseText =
        (narrative ? "the last mentioned date " : "the article date ") + describeDate(base);
    const int forward = (date.weekday - isoWeekday(base) + 7) % 7;
    int offset = forward <= 3 ? forward : forward - 7;
    std::string how = "the " + name + " nearest " + baseText;
    if (date.direction == Direction::Past) {
        offset = forward == 0 ? -7 : forward - 7;
        how = "the last " + name + " before " + baseText;
    } else if (date.direction == Direction::Future) {
        offset = forward == 0 ? 7 : forward;
        how = "the coming " + name + " after " + baseText;
    } else if (date.direction == Direction::This) {
        return dayResolution(PartialDate::of(weekdayInWeekOf(base, 0, date.weekday)), anchor,
                             name + " of the week of " + baseText);
    } else if (context.tense.kind != TenseKind::None && forward == 0) {
        offset = 0;
        how = tenseLabel(context.tense) + ": " + name + " is " + baseText + " itself";
    } else if (context.tense.kind == TenseKind::Past) {
        offset = forward - 7;
        how = tenseLabel(context.tense) + ": the previous " + name + " (" + baseText + ")";
    } else if (context.tense.kind == TenseKind::Future) {
        offset = forward;
        how = tenseLabel(context.tense) + ": the coming " + name + " (" + baseText + ")";
    }
    return dayResolution(PartialDate::of(addDays(base, offset)), anchor, how);
}

Resolution resolveInMonth(const DateDraft& date, const ResolveContext& context) {
    std::optional<YearMonth> month;
    Anchor anchor = Anchor::Reference;
    std::string monthText;
    if (date.month) {
        const YearChoice year = chooseYear(date, context, monthSpanOf);
        if (year.year)
            month = YearMonth{*year.year, date.month};
        anchor = year.anchor;
        monthText = std::string(monthName(date.month)) +
                    (year.reason.empty() ? "" : " (" + year.reason + ")");
    } else {
        const BaseDay base =
            baseDay(date.monthShift.set ? date.monthShift.base : Base::Document, context);
        if (base.date && base.date->year && base.date->month) {
            month = addMonths({*base.date->year, *base.date->month},
                              date.monthShift.set ? date.monthShift.amount : 0);
        }
        anchor = base.anchor;
        monthText =
            shiftText(date.monthShift.set ? date.monthShift.amount : 0, Unit::Month, base.text);
    }
    if (!month)
        return dayResolution({}, Anchor::None, "a day of a month the text leaves unknown");
    const int lastDay = daysInMonth(month->year, month->month);
    if (date.lastDay) {
        return dayResolution({month->year, month->month, lastDay}, anchor,
                             "the last day of " + monthText);
    }
    if (date.weekday) {  // "10월 첫째 화요일", "셋째 주 화요일", "마지막 금요일"
        const int n = date.nthWeekday ? date.nthWeekday : date.weekOfMonth;
        const CivilDate first{month->year, month->month, 1};
        CivilDate day = addDays(first, (date.weekday - isoWeekday(first) + 7) % 7);
        if (n < 0) {
            while (day.day + 7 <= lastDay)
                day = addDays(day, 7);
        } else {
            day = addDays(day, 7 * (n - 1));
        }
        if (day.month != month->month)
            return dayResolution({}, Anchor::None, "no such weekday in " + monthText);
        return dayResolution(
            PartialDate::of(day), anchor,
            (n < 0 ? std::string("the last ") : "weekday number " + std::to_string(n) + ", ") +
                std::string(weekdayName(date.weekday)) + " of " + monthText);
    }
    // "셋째 주", "마지막 주": the week that holds day 7(N-1)+1, or the month's last day
    const int day =
        date.weekOfMonth < 0 ? lastDay : std::min(lastDay, 7 * (date.weekOfMonth - 1) + 1);
    const IsoWeek week = isoWeekOf({month->year, month->month, day});
    Resolution result;
    result.value = formatWeek(week.year, week.week);
    result.anchor = anchor;
    result.year = week.year;
    result.derivation = (date.weekOfMonth < 0 ? std::string("the last week")
                                              : "week " + std::to_string(date.weekOfMonth)) +
                        " of " + monthText;
    return result;
}

Resolution resolveHoliday(const DateDraft& date, const ResolveContext& context) {
    const Holiday& holiday = *date.holiday;
    const YearChoice year = chooseYear(date, context, holidaySpan);
    const bool lunar = holiday.calendar == HolidayCalendar::Lunar;
    std::string name(holiday.name);
    if (!year.year) {
        const PartialDate day = lunar || holiday.calendar != HolidayCalendar::Solar
                                    ? PartialDate{}
                                    : PartialDate{std::nullopt, holiday.month, holiday.day};
        return dayResolution(day, Anchor::None, name + "; " + year.reason);
    }
    const auto day = holidayDate(holiday, *year.year);
    if (!day)
        return dayResolution({}, Anchor::None, name + ": the lunar calendar is not available");
    std::string derivation = name + " " + std::to_string(*year.year);
    if (lunar) {
        derivation += " by the Korean lunar calendar (lunar " + std::to_string(holiday.month) +
                      "/" + std::to_string(holiday.day) + ")";
    }
    if (!year.reason.empty())
        derivation += ", " + year.reason;
    Resolution result = dayResolution(PartialDate::of(*day), year.anchor, derivation);
    if (date.holidaySeason) {
        result.kind = ExpressionKind::Range;
        result.value = describeDate(addDays(*day, -holiday.seasonDaysBefore));
        result.endValue = describeDate(addDays(*day, holiday.seasonDaysAfter));
        result.derivation += "; the holiday season around it";
    }
    return result;
}

}  // namespace yeonpyo::temporal
