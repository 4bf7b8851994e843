// Resolving periods longer than a day: months (3월, 지난달), weeks and weekends (다음 주, 주말),
// quarters, halves and seasons (1분기, 상반기, 올여름), years (내년, 2025년) and decades
// (1990년대).
#include "core/temporal/civil_p.h"
#include "core/temporal/resolver_p.h"

namespace yeonpyo::temporal {
namespace {

Resolution periodResolution(std::string value, std::optional<int> year, Anchor anchor,
                            std::string derivation) {
    Resolution result;
    result.value = std::move(value);
    result.year = year;
    result.anchor = year ? anchor : Anchor::None;
    result.derivation = std::move(derivation);
    return result;
}

std::optional<YearSpan> monthSpan(const DateDraft& date, int year) {
    return YearSpan{{year, date.month, 1}, {year, date.month, daysInMonth(year, date.month)}};
}

std::optional<YearSpan> partOfYearSpan(const DateDraft& date, int year) {
    if (date.quarter) {
        const int first = (date.quarter - 1) * 3 + 1;
        return YearSpan{{year, first, 1}, {year, first + 2, daysInMonth(year, first + 2)}};
    }
    if (date.half) {
        return date.half == 1 ? YearSpan{{year, 1, 1}, {year, 6, 30}}
                              : YearSpan{{year, 7, 1}, {year, 12, 31}};
    }
    switch (date.season) {
        case Season::Spring:
            return YearSpan{{year, 3, 1}, {year, 5, 31}};
        case Season::Summer:
            return YearSpan{{year, 6, 1}, {year, 8, 31}};
        case Season::Fall:
            return YearSpan{{year, 9, 1}, {year, 11, 30}};
        case Season::Winter:
            return YearSpan{{year, 12, 1}, {year + 1, 2, daysInMonth(year + 1, 2)}};
        case Season::None:
            break;
    }
    return std::nullopt;
}

std::optional<YearSpan> wholeYearSpan(const DateDraft&, int year) {
    return YearSpan{{year, 1, 1}, {year, 12, 31}};
}

std::string withReason(std::string what, const YearChoice& year) {
    return year.reason.empty() ? "written in full" : what + ", " + year.reason;
}

Resolution resolveMonth(const DateDraft& date, const ResolveContext& context) {
    const YearChoice year = chooseYear(date, context, monthSpan);
    return periodResolution(formatYearMonth(year.year, date.month), year.year, year.anchor,
                            withReason(std::string(monthName(date.month)), year));
}

Resolution resolveMonthShift(const DateDraft& date, const ResolveContext& context) {
    const BaseDay base = baseDay(date.monthShift.base, context);
    const std::string derivation = shiftText(date.monthShift.amount, Unit::Month, base.text);
    if (!base.date || !base.date->year || !base.date->month) {
        return periodResolution("XXXX-XX", std::nullopt, Anchor::None, derivation);
    }
    const YearMonth month =
        addMonths({*base.date->year, *base.date->month}, date.monthShift.amount);
    return periodResolution(formatYearMonth(month.year, month.month), month.year, base.anchor,
                            derivation);
}

Resolution resolveWeek(const DateDraft& date, const ResolveContext& context) {
    const Shift shift = date.weekShift;
    const BaseDay base = baseDay(shift.base, context);
    const std::string suffix = date.weekend ? "-WE" : "";
    const std::string unit = date.weekend ? "the weekend of " : "";
    if (!base.date || !base.date->complete()) {
        return periodResolution("XXXX-WXX" + suffix, std::nullopt, Anchor::None,
                                unit + shiftText(shift.amount, Unit::Week, base.text));
    }
    int weeks = shift.amount;
    std::string derivation = unit + shiftText(shift.amount, Unit::Week, base.text);
    if (!shift.set && date.weekend && context.tense.kind == TenseKind::Past &&
        isoWeekday(base.date->civil()) < 6) {
        weeks = -1;
        derivation = tenseLabel(context.tense) + ": the weekend before " + base.text;
    }
    const IsoWeek week = isoWeekOf(weekdayInWeekOf(base.date->civil(), weeks, 1));
    return periodResolution(formatWeek(week.year, week.week) + suffix, week.year, base.anchor,
                            derivation);
}

Resolution resolvePartOfYear(const DateDraft& date, const ResolveContext& context) {
    const YearChoice year = chooseYear(date, context, partOfYearSpan);
    std::string code;
    std::string what;
    if (date.quarter) {
        code = 'Q';
        code += std::to_string(date.quarter);
        what = "quarter " + std::to_string(date.quarter);
    } else if (date.half) {
        code = 'H';
        code += std::to_string(date.half);
        what = date.half == 1 ? "the first half" : "the second half";
    } else {
        code = std::string(seasonCode(date.season));
        static constexpr std::string_view names[] = {"", "spring", "summer", "fall", "winter"};
        what = std::string(names[static_cast<int>(date.season)]);
    }
    Resolution result = periodResolution(formatYear(year.year) + "-" + code, year.year, year.anchor,
                                         withReason(what, year));
    if (date.quarter && year.year)
        result.quarter = YearQuarter{*year.year, date.quarter};
    return result;
}

std::string quarterText(const YearQuarter& quarter) {
    return formatYear(quarter.year) + "-Q" + std::to_string(quarter.quarter);
}

/// The quarter a quarterShift counts from, with its anchor and wording.
std::optional<YearQuarter> quarterBase(const Shift& shift, const ResolveContext& context,
                                       Anchor& anchor, std::string& text) {
    if (shift.base == Base::Context && context.lastQuarter) {
        anchor = Anchor::Context;
        text = "the last mentioned quarter " + quarterText(*context.lastQuarter);
        return context.lastQuarter;
    }
    if (!context.reference)
        return std::nullopt;
    const CivilDate& reference = *context.reference;
    YearQuarter quarter{reference.year, (reference.month + 2) / 3};
    anchor = Anchor::Reference;
    text = "the quarter of the article date " + describeDate(reference);
    if (shift.base == Base::Context) {  // "the quarter" with none mentioned: the last one reported
        quarter = quarter.quarter == 1 ? YearQuarter{quarter.year - 1, 4}
                                       : YearQuarter{quarter.year, quarter.quarter - 1};
        text = "the last quarter before the article date " + describeDate(reference);
    }
    return quarter;
}

Resolution resolveQuarterShift(const DateDraft& date, const ResolveContext& context) {
    Anchor anchor = Anchor::None;
    std::string text;
    auto base = quarterBase(date.quarterShift, context, anchor, text);
    if (!base)
        return periodResolution("XXXX-QX", std::nullopt, Anchor::None,
                                "a quarter of an unknown year");
    std::string derivation = date.quarterShift.amount == 0
                                 ? text
                                 : shiftText(date.quarterShift.amount, Unit::Quarter, text);
    if (date.year || date.yearShift.set) {
        const YearChoice year = chooseYear(date, context, wholeYearSpan);
        if (year.year) {
            base->year = *year.year;
            derivation +=
                ", in " + (year.reason.empty() ? std::to_string(*year.year) : year.reason);
        }
    }
    const int index = base->year * 4 + base->quarter - 1 + date.quarterShift.amount;
    const YearQuarter quarter{index / 4, index % 4 + 1};
    Resolution result = periodResolution(quarterText(quarter), quarter.year, anchor, derivation);
    result.quarter = quarter;
    result.countedYears = date.countedYears;
    return result;
}

Resolution resolveYear(const DateDraft& date, const ResolveContext& context) {
    if (date.countedYears && date.yearShift.set && context.lastQuarter) {
        const YearQuarter quarter{context.lastQuarter->year + date.yearShift.amount,
                                  context.lastQuarter->quarter};
        Resolution result = periodResolution(
            quarterText(quarter), quarter.year, Anchor::Context,
            shiftText(date.yearShift.amount, Unit::Year,
                      "the last mentioned quarter " + quarterText(*context.lastQuarter)) +
                " (the story counts in quarters)");
        result.quarter = quarter;
        result.countedYears = true;
        return result;
    }
    const YearChoice year = chooseYear(date, context, wholeYearSpan);
    Resolution result = periodResolution(formatYear(year.year), year.year, year.anchor,
                                         year.reason.empty() ? "written in full" : year.reason);
    result.countedYears = date.countedYears;
    return result;
}

}  // namespace

Resolution resolvePeriod(const DateDraft& date, const ResolveContext& context) {
    if (date.month)
        return resolveMonth(date, context);
    if (date.monthShift.set)
        return resolveMonthShift(date, context);
    if (date.weekShift.set || date.weekend)
        return resolveWeek(date, context);
    if (date.quarterShift.set)
        return resolveQuarterShift(date, context);
    if (date.quarter || date.half || date.season != Season::None)
        return resolvePartOfYear(date, context);
    if (date.year || date.yearShift.set)
        return resolveYear(date, context);
    if (date.century) {
        return periodResolution(std::to_string(date.century), std::nullopt, Anchor::Absolute,
                                "the century " + std::to_string(date.century + 1) + " (years " +
                                    std::to_string(date.century) + "00-" +
                                    std::to_string(date.century) + "99)");
    }
    Resolution decade =
        periodResolution(std::to_string(date.decade), std::nullopt, Anchor::Absolute,
                         "the decade " + std::to_string(date.decade * 10) + "s");
    decade.anchor = Anchor::Absolute;
    return decade;
}

Resolution resolveDate(const DateDraft& date, const ResolveContext& context) {
    if (date.lastDay || date.nthWeekday || date.weekOfMonth)
        return resolveInMonth(date, context);
    if (date.dayShift.set)
        return resolveDayShift(date, context);
    if (date.day)
        return resolveDayOfMonth(date, context);
    if (date.holiday)
        return resolveHoliday(date, context);
    if (date.weekday)
        return resolveWeekday(date, context);
    return resolvePeriod(date, context);
}

}  // namespace yeonpyo::temporal
