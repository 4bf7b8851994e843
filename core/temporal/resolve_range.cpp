// The second end of a range takes what it leaves out from the first ("28~29일", "Feb. 27 to 29",
// "오후 2~4시", "5~6월"), and moves on when it would fall before the start ("30일~2일").
#include <algorithm>

#include "core/temporal/civil_p.h"
#include "core/temporal/resolver_p.h"

namespace yeonpyo::temporal {
namespace {

bool isRelative(const DateDraft& date) {
    return date.dayShift.set || date.monthShift.set || date.yearShift.set || date.weekShift.set;
}

/// Fills the fields the end leaves out from the start; returns what was inherited, for the
/// derivation.
std::string inheritFields(DateDraft& date, const Resolution& first) {
    if (date.day && !date.month && first.day && first.day->month) {
        date.month = *first.day->month;
        if (first.day->year)
            date.year = *first.day->year;
        return "in the month of the start";
    }
    if (date.month && !date.year && first.year) {
        date.year = *first.year;
        return "in the year of the start";
    }
    return "";
}

bool endsBefore(const Resolution& end, const Resolution& first) {
    if (end.day && first.day && end.day->complete() && first.day->complete()) {
        return toDayNumber(end.day->civil()) < toDayNumber(first.day->civil());
    }
    return end.value.size() == 7 && first.value.size() == 7 &&
           end.value < first.value;  // "2024-05"
}

}  // namespace

Resolution resolveRangeEnd(const Draft& last, const Resolution& first,
                           const ResolveContext& context) {
    ResolveContext inherited = context;
    if (first.day)
        inherited.lastDay = first.day;
    if (first.year)
        inherited.lastYear = first.year;
    Draft adjusted = last;
    DateDraft& date = adjusted.date;
    const std::string how = isRelative(date) ? "" : inheritFields(date, first);
    Resolution end = resolve(adjusted, inherited);
    if (!how.empty() && endsBefore(end, first)) {
        if (how == "in the month of the start") {
            const YearMonth next = addMonths({date.year, date.month}, 1);
            date.year = next.year;
            date.month = next.month;
        } else {
            ++date.year;
        }
        end = resolve(adjusted, inherited);
        end.derivation = "the first such date after the start";
    } else if (!how.empty()) {
        end.derivation = how;
    } else if (date.weekday && !date.day && !isRelative(date) && endsBefore(end, first) &&
               first.day && first.day->complete()) {
        // "from Sept. 14 to Thursday": the first Thursday from the start on
        const CivilDate start = first.day->civil();
        const CivilDate day = addDays(start, (date.weekday - isoWeekday(start) + 7) % 7);
        end.value =
            describeDate(day) + end.value.substr(std::min<std::size_t>(10, end.value.size()));
        end.day = PartialDate::of(day);
        end.derivation = "the first " + std::string(weekdayName(date.weekday)) + " from the start";
    }
    return end;
}

}  // namespace yeonpyo::temporal
