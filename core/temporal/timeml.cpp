// Yeonpyo's time expressions in TimeML's TIMEX3 conventions, for TempEval-style scoring and export.
#include <string_view>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {
namespace {

/// TimeML's part-of-day codes (TIDES): morning MO, midday MI, afternoon AF, evening EV, night NI.
std::string_view partOfDayCode(std::string_view timeOfDay) {
    if (timeOfDay == "morning")
        return "MO";
    if (timeOfDay == "noon")
        return "MI";
    if (timeOfDay == "afternoon")
        return "AF";
    if (timeOfDay == "evening")
        return "EV";
    if (timeOfDay == "night")
        return "NI";
    return "";
}

/// A clock time or part of day follows the date ("…T15:30", "…TEV"), unlike the T of "PRESENT_REF".
bool hasTimePart(std::string_view value) {
    for (std::size_t at = 1; at < value.size(); ++at) {
        const char before = value[at - 1];
        if (value[at] == 'T' && ((before >= '0' && before <= '9') || before == 'X'))
            return true;
    }
    return false;
}

/// A value that names a day: "1998-01-08", "XXXX-XX-28", "XXXX-WXX-1", "1998-W03-3".
bool namesDay(std::string_view value) {
    if (hasTimePart(value))
        return false;
    if (value.size() == 10 && value[4] == '-' && value[7] == '-')
        return true;
    const auto week = value.find("-W");
    return week != std::string_view::npos && value.size() == week + 6 && value[week + 4] == '-' &&
           value.back() >= '1' && value.back() <= '7';
}

/// TimeBank writes decades, centuries and millennia in durations as E, C and L ("P2E"), where
/// Yeonpyo writes DE ("P2DE").
std::string durationValue(std::string value) {
    if (const auto decade = value.find("DE"); decade != std::string::npos && value[0] == 'P')
        value.replace(decade, 2, "E");
    return value;
}

}  // namespace

TimemlTimex toTimeml(const TimeExpression& expression) {
    TimemlTimex timex;
    timex.value = expression.kind == ExpressionKind::Duration ? durationValue(expression.value)
                                                              : expression.value;
    timex.mod = expression.mod;
    const std::string_view part = partOfDayCode(expression.timeOfDay);
    if (!part.empty() && namesDay(timex.value)) {
        timex.value += 'T';
        timex.value += part;
    }
    switch (expression.kind) {
        case ExpressionKind::Duration:
            timex.type = "DURATION";
            break;
        case ExpressionKind::Set:
            timex.type = "SET";
            break;
        default:
            timex.type = hasTimePart(timex.value) ? "TIME" : "DATE";
            break;
    }
    return timex;
}

}  // namespace yeonpyo::temporal
