// Choosing the year of a year-less period: written, relative (올해, 작년, 이듬해), by stated
// direction (지난/오는), by tense, or the one nearest the article date.
#include "core/temporal/civil_p.h"
#include "core/temporal/resolver_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr int kHalfYearDays = 183;
// A tense moves a period into another year only when it lies this far on the wrong side of the
// article date: "said the offer was extended to Nov. 16" (a past verb, a coming deadline) and
// "expects third-quarter results" (a quarter just ended) stay in the article's year.
constexpr int kTenseToleranceDays = 62;

YearChoice relativeYear(const Shift& shift, const ResolveContext& context) {
    if (shift.base == Base::Context && context.lastYear) {
        const std::string base = "the last mentioned year " + std::to_string(*context.lastYear);
        return {*context.lastYear + shift.amount, Anchor::Context,
                shiftText(shift.amount, Unit::Year, base)};
    }
    if (!context.reference)
        return {std::nullopt, Anchor::None, "the article date is unknown"};
    std::string base = "the article date " + describeDate(*context.reference);
    if (shift.base == Base::Context)
        base += " (no year mentioned before)";
    return {context.reference->year + shift.amount, Anchor::Reference,
            shiftText(shift.amount, Unit::Year, base)};
}

bool before(const CivilDate& a, const CivilDate& b) {
    return toDayNumber(a) < toDayNumber(b);
}

/// The first year from start, stepping by step, in which the period exists (29 February).
std::optional<int> existingYear(const DateDraft& date, SpanInYear spanInYear, int start, int step) {
    for (int year = start, tries = 0; tries < 8; year += step, ++tries) {
        if (spanInYear(date, year))
            return year;
    }
    return std::nullopt;
}

YearChoice byDirection(const DateDraft& date, const CivilDate& reference, SpanInYear spanInYear) {
    const int year = reference.year;
    const std::string articleDate = describeDate(reference);
    if (date.direction == Direction::Past) {
        const auto span = spanInYear(date, year);
        const bool thisYear = span && before(span->last, reference);
        const auto chosen =
            thisYear ? std::optional<int>(year) : existingYear(date, spanInYear, year - 1, -1);
        return {chosen, Anchor::Reference, "the last one before the article date " + articleDate};
    }
    if (date.direction == Direction::Future) {
        const auto span = spanInYear(date, year);
        const bool thisYear = span && before(reference, span->first);
        const auto chosen =
            thisYear ? std::optional<int>(year) : existingYear(date, spanInYear, year + 1, 1);
        return {chosen, Anchor::Reference, "the coming one after the article date " + articleDate};
    }
    return {year, Anchor::Reference, "in the year of the article date " + articleDate};
}

YearChoice byTenseOrNearness(const DateDraft& date, const ResolveContext& context,
                             SpanInYear spanInYear) {
    const CivilDate& reference = *context.reference;
    const int year = reference.year;
    const std::string articleYear = "the article date " + describeDate(reference);
    const auto span = spanInYear(date, year);
    if (!span) {
        const auto earlier = existingYear(date, spanInYear, year - 1, -1);
        const auto later = existingYear(date, spanInYear, year + 1, 1);
        std::optional<int> chosen = context.tense.kind == TenseKind::Past     ? earlier
                                    : context.tense.kind == TenseKind::Future ? later
                                    : (!earlier || (later && *later - year <= year - *earlier))
                                        ? later
                                        : earlier;
        return {chosen, Anchor::Reference,
                "the nearest year in which it exists, from " + articleYear};
    }
    const Tense& tense = context.tense;
    if (tense.kind == TenseKind::Past &&
        daysBetween(reference, span->first) > kTenseToleranceDays) {
        return {year - 1, Anchor::Reference,
                tenseLabel(tense) + ": the year before " + articleYear};
    }
    if (tense.kind == TenseKind::Future &&
        daysBetween(span->last, reference) > kTenseToleranceDays) {
        return {year + 1, Anchor::Reference, tenseLabel(tense) + ": the year after " + articleYear};
    }
    if (tense.kind == TenseKind::None) {
        if (daysBetween(reference, span->first) > kHalfYearDays) {
            return {year - 1, Anchor::Reference,
                    "the nearest to " + articleYear + ": the year before"};
        }
        if (daysBetween(span->last, reference) > kHalfYearDays) {
            return {year + 1, Anchor::Reference,
                    "the nearest to " + articleYear + ": the year after"};
        }
    }
    return {year, Anchor::Reference, "in the year of " + articleYear};
}

}  // namespace

YearChoice chooseYear(const DateDraft& date, const ResolveContext& context, SpanInYear spanInYear) {
    if (date.year)
        return {date.year, Anchor::Absolute, ""};
    if (date.yearShift.set)
        return relativeYear(date.yearShift, context);
    if (!context.reference) {
        if (context.lastYear) {
            return {*context.lastYear, Anchor::Context,
                    "in the year of the last mentioned date (" + std::to_string(*context.lastYear) +
                        ")"};
        }
        return {std::nullopt, Anchor::None, "the year is unknown without an article date"};
    }
    if (date.direction != Direction::None)
        return byDirection(date, *context.reference, spanInYear);
    return byTenseOrNearness(date, context, spanInYear);
}

}  // namespace yeonpyo::temporal
