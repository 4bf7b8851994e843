// Resolving a draft by its type: points (date and clock time), durations, offsets, vague references
// and sets; and the second end of a range.
#include <algorithm>

#include "core/temporal/civil_p.h"
#include "core/temporal/resolver_p.h"

namespace yeonpyo::temporal {
namespace {

PartOfDay partFromHour(int hour) {
    if (hour >= 5 && hour < 12)
        return PartOfDay::Morning;
    if (hour >= 12 && hour < 18)
        return PartOfDay::Afternoon;
    if (hour >= 18 && hour < 22)
        return PartOfDay::Evening;
    return PartOfDay::Night;
}

/// Makes the written hour a 24-hour one and settles the part of day; note explains a guess.
ClockDraft settleClock(ClockDraft clock, std::string& note) {
    if (clock.hour < 0) {
        if (clock.part == PartOfDay::None) {
            clock.part = clock.meridiem == Meridiem::Am ? PartOfDay::Morning : PartOfDay::Afternoon;
        }
        return clock;
    }
    int& hour = clock.hour;
    const bool pm = clock.meridiem == Meridiem::Pm || clock.part == PartOfDay::Afternoon ||
                    clock.part == PartOfDay::Evening;
    if (clock.meridiem == Meridiem::Am && hour == 12) {
        hour = 0;
    } else if (pm && hour < 12) {
        hour += 12;
    } else if (clock.part == PartOfDay::Night && hour >= 6 && hour < 12) {
        hour += 12;
    } else if (clock.part == PartOfDay::Noon && hour >= 1 && hour <= 6) {
        hour += 12;
    } else if (clock.bareHour && hour >= 1 && hour <= 6) {
        hour += 12;
        note = " (morning or afternoon not written: read as business hours)";
    } else if (clock.bareHour) {
        note = " (morning or afternoon not written: read as business hours)";
    }
    if (clock.part == PartOfDay::None && clock.meridiem != Meridiem::None)
        clock.part = partFromHour(hour % 24);
    return clock;
}

std::string clockText(const ClockDraft& clock) {
    if (clock.hour < 0) {
        const std::string part(partOfDayName(clock.part));
        return clock.meal ? "a meal word: " + part : part;
    }
    std::string text = formatClock(clock.hour, clock.minute).substr(1);
    if (clock.meal)
        text += " (" + std::string(partOfDayName(clock.part)) + ")";
    return text;
}

Resolution resolvePoint(const Draft& draft, const ResolveContext& context) {
    const bool hasDate = draft.date.hasCalendarField();
    const ClockDraft& written = draft.clock;
    const bool hasClock =
        written.hour >= 0 || written.part != PartOfDay::None || written.meridiem != Meridiem::None;
    Resolution result;
    if (hasDate) {
        result = resolveDate(draft.date, context);
        result.mod = draft.mod;
        if (!hasClock)
            return result;
    }
    std::string note;
    const ClockDraft clock = settleClock(written, note);
    result.timeOfDay = std::string(partOfDayName(clock.part));
    result.kind = clock.hour >= 0 || !hasDate ? ExpressionKind::Time : result.kind;
    if (hasDate && !result.day)
        return result;  // a part of day on a week or month ("이번 주말 오후")
    if (!hasDate) {
        const BaseDay base = baseDay(Base::Context, context);
        result.day = base.date.value_or(PartialDate{});
        result.year = result.day->year;
        result.anchor = base.date ? base.anchor : Anchor::None;
        result.derivation = clockText(clock) + note + " on " + base.text;
        result.value = formatDay(*result.day);
    } else {
        result.derivation += "; " + clockText(clock) + note;
    }
    if (clock.hour >= 0)
        result.value += formatClock(clock.hour, clock.minute);
    result.mod = draft.mod;
    return result;
}

Resolution resolveOffset(const Draft& draft, const ResolveContext& context) {
    Resolution result;
    const AmountDraft& amount = draft.amount;
    result.mod = draft.mod;
    if (amount.amount < 0) {
        result.value = draft.offsetSign < 0 ? "PAST_REF" : "FUTURE_REF";
        result.anchor = Anchor::Reference;
        result.derivation = describeAmount(amount) +
                            (draft.offsetSign < 0 ? " before: the past" : " after: the future");
        return result;
    }
    const int signedAmount = draft.offsetSign * amount.amount;
    if (amount.unit == Unit::Hour || amount.unit == Unit::Minute || amount.unit == Unit::Second) {
        result.kind = ExpressionKind::Duration;
        result.value = formatDuration(amount);
        result.derivation = describeAmount(amount) + (draft.offsetSign < 0 ? " before" : " after") +
                            " a clock time the text leaves open";
        return result;
    }
    const BaseDay base = baseDay(draft.offsetBase, context);
    const Unit unit = amount.unit == Unit::Decade ? Unit::Year : amount.unit;
    const int steps = amount.unit == Unit::Decade ? signedAmount * 10 : signedAmount;
    result.derivation = shiftText(signedAmount, amount.unit, base.text);
    result.anchor = base.anchor;
    if (!base.date || !base.date->complete()) {
        result.value = unit == Unit::Year ? "XXXX" : unit == Unit::Day ? "XXXX-XX-XX" : "XXXX-XX";
        result.anchor = Anchor::None;
        return result;
    }
    const CivilDate from = base.date->civil();
    if (unit == Unit::Day || unit == Unit::Week) {
        const CivilDate day = addDays(from, unit == Unit::Day ? steps : steps * 7);
        if (unit == Unit::Day) {
            result.day = PartialDate::of(day);
            result.value = describeDate(day);
            result.movesContext = true;
        } else {
            const IsoWeek week = isoWeekOf(day);
            result.value = formatWeek(week.year, week.week);
        }
        result.year = day.year;
        return result;
    }
    const int months = unit == Unit::Month     ? steps
                       : unit == Unit::Quarter ? steps * 3
                       : unit == Unit::Half    ? steps * 6
                                               : steps * 12;
    const YearMonth month = addMonths({from.year, from.month}, months);
    result.year = month.year;
    if (unit == Unit::Year)
        result.value = formatYear(month.year);
    else if (unit == Unit::Quarter)
        result.value = formatYear(month.year) + "-Q" + std::to_string((month.month + 2) / 3);
    else if (unit == Unit::Half)
        result.value = formatYear(month.year) + "-H" + std::to_string(month.month <= 6 ? 1 : 2);
    else
        result.value = formatYearMonth(month.year, month.month);
    return result;
}

/// A date counted whole units away, the day of the month kept where the month has it.
CivilDate shiftedBy(const CivilDate& from, int amount, Unit unit) {
    switch (unit) {
        case Unit::Day:
            return addDays(from, amount);
        case Unit::Week:
            return addDays(from, amount * 7);
        default: {
            const int months = unit == Unit::Month     ? amount
                               : unit == Unit::Quarter ? amount * 3
                               : unit == Unit::Half    ? amount * 6
                               : unit == Unit::Decade  ? amount * 120
                                                       : amount * 12;
            const YearMonth month = addMonths({from.year, from.month}, months);
            return {month.year, month.month,
                    std::min(from.day, daysInMonth(month.year, month.month))};
        }
    }
}

/// "지난 2주", "다음 3주": the stretch between the article date and the date that many units away.
Resolution resolveInterval(const Draft& draft, const ResolveContext& context) {
    const AmountDraft& amount = draft.amount;
    const int sign = draft.date.direction == Direction::Past ? -1 : 1;
    const CivilDate& reference = *context.reference;
    const CivilDate other = shiftedBy(reference, sign * amount.amount, amount.unit);
    Resolution result;
    result.kind = ExpressionKind::Range;
    result.anchor = Anchor::Reference;
    result.value = describeDate(sign < 0 ? other : reference);
    result.endValue = describeDate(sign < 0 ? reference : other);
    result.derivation = describeAmount(amount) + (sign < 0 ? " up to " : " from ") +
                        "the article date " + describeDate(reference);
    return result;
}

Resolution resolveDuration(const Draft& draft, const ResolveContext& context) {
    const Unit unit = draft.amount.unit;
    if (draft.interval && context.reference && draft.amount.amount > 0 && unit != Unit::Hour &&
        unit != Unit::Minute && unit != Unit::Second) {
        return resolveInterval(draft, context);
    }
    Resolution result;
    result.kind = ExpressionKind::Duration;
    result.value = formatDuration(draft.amount);
    result.mod = draft.mod;
    const std::string amount = describeAmount(draft.amount);
    switch (draft.mod) {
        case Mod::MoreThan:
            result.derivation = "a duration of more than " + amount;
            break;
        case Mod::LessThan:
            result.derivation = "a duration of less than " + amount;
            break;
        case Mod::Approx:
            result.derivation = "a duration of about " + amount;
            break;
        default:
            result.derivation = "a duration of " + amount;
    }
    return result;
}

Resolution resolveReference(const Draft& draft) {
    Resolution result;
    result.anchor = Anchor::Reference;
    switch (draft.ref) {
        case RefKind::Present:
            result.value = "PRESENT_REF",
            result.derivation = "the present, around the article date";
            break;
        case RefKind::Past:
            result.value = "PAST_REF", result.derivation = "the past, without a date";
            break;
        case RefKind::Future:
            result.value = "FUTURE_REF", result.derivation = "the future, without a date";
            break;
    }
    return result;
}

Resolution resolveSet(const Draft& draft) {
    Resolution result;
    result.kind = ExpressionKind::Set;
    result.timeOfDay = std::string(partOfDayName(draft.clock.part));
    const std::string part = result.timeOfDay.empty() ? "" : " " + result.timeOfDay;
    if (draft.date.weekday) {
        result.value = "XXXX-WXX-" + std::to_string(draft.date.weekday);
        result.derivation = "every " + std::string(weekdayName(draft.date.weekday)) + part;
    } else if (draft.date.month || draft.date.day) {  // 매년 5월, 매달 1일, each July
        const PartialDate day{
            std::nullopt, draft.date.month ? std::optional<int>(draft.date.month) : std::nullopt,
            draft.date.day ? std::optional<int>(draft.date.day) : std::nullopt};
        result.value =
            draft.date.day ? formatDay(day) : formatYearMonth(std::nullopt, draft.date.month);
        result.derivation =
            "every " + (draft.date.month ? std::string(monthName(draft.date.month)) : "month") +
            (draft.date.day ? ", day " + std::to_string(draft.date.day) : "");
    } else if (draft.clock.part != PartOfDay::None) {
        result.value = "XXXX-XX-XX";
        result.derivation = "every" + part;
    } else {
        result.value = formatDuration({1, draft.amount.unit});
        result.derivation = "every " + std::string(unitName(draft.amount.unit, false));
    }
    return result;
}

/// "; its end", "; approximately": what a START/MID/END/APPROX mod adds to a point's derivation.
std::string modText(Mod mod) {
    switch (mod) {
        case Mod::Start:
            return "; its start";
        case Mod::Mid:
            return "; its middle";
        case Mod::End:
            return "; its end";
        case Mod::Approx:
            return "; approximately";
        default:
            return "";
    }
}

}  // namespace

Resolution resolve(const Draft& draft, const ResolveContext& context) {
    switch (draft.type) {
        case DraftType::Point: {
            Resolution point = resolvePoint(draft, context);
            point.derivation += modText(point.mod);
            if (draft.zone == "local")
                point.derivation += "; local time at the place of the event";
            else if (!draft.zone.empty())
                point.derivation += "; time in " + std::string(draft.zone);
            return point;
        }
        case DraftType::Duration:
            return resolveDuration(draft, context);
        case DraftType::Offset:
            return resolveOffset(draft, context);
        case DraftType::Reference:
            return resolveReference(draft);
        case DraftType::Set:
            return resolveSet(draft);
    }
    return {};
}

}  // namespace yeonpyo::temporal
