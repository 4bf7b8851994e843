// Formatting of TIMEX3 value strings and of the English words derivations use.
#include "core/temporal/value_format_p.h"

#include <array>

namespace yeonpyo::temporal {
namespace {

/// value in decimal, zero-padded to width digits (values here are never negative).
std::string padded(int value, int width) {
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return digits;
}

std::string fieldOrX(std::optional<int> value, int width) {
    return value ? padded(*value, width) : std::string(static_cast<std::size_t>(width), 'X');
}

}  // namespace

std::string formatDay(const PartialDate& date) {
    return fieldOrX(date.year, 4) + "-" + fieldOrX(date.month, 2) + "-" + fieldOrX(date.day, 2);
}

std::string formatYearMonth(std::optional<int> year, int month) {
    return fieldOrX(year, 4) + "-" + padded(month, 2);
}

std::string formatYear(std::optional<int> year) {
    return fieldOrX(year, 4);
}

std::string formatWeek(int isoYear, int week) {
    return padded(isoYear, 4) + "-W" + padded(week, 2);
}

std::string formatClock(int hour, int minute) {
    std::string clock = "T";
    clock += padded(hour, 2);
    clock += ':';
    clock += padded(minute, 2);
    return clock;
}

std::string formatDuration(const AmountDraft& amount) {
    std::string date;
    std::string time;
    const auto add = [&](int count, Unit unit) {
        const std::string n = count < 0 ? "X" : std::to_string(count);
        switch (unit) {
            case Unit::Decade:
                date += n + "DE";
                break;
            case Unit::Year:
                date += n + "Y";
                break;
            case Unit::Half:
                date += (count < 0 ? "X" : std::to_string(count * 6)) + "M";
                break;
            case Unit::Quarter:
                date += n + "Q";
                break;
            case Unit::Month:
                date += n + "M";
                break;
            case Unit::Week:
                date += n + "W";
                break;
            case Unit::Day:
                date += n + "D";
                break;
            case Unit::Hour:
                time += n + "H";
                break;
            case Unit::Minute:
                time += n + "M";
                break;
            case Unit::Second:
                time += n + "S";
                break;
        }
    };
    add(amount.amount, amount.unit);
    if (amount.extra > 0)
        add(amount.extra, amount.extraUnit);
    return "P" + date + (time.empty() ? "" : "T" + time);
}

std::string_view seasonCode(Season season) {
    switch (season) {
        case Season::Spring:
            return "SP";
        case Season::Summer:
            return "SU";
        case Season::Fall:
            return "FA";
        case Season::Winter:
            return "WI";
        case Season::None:
            break;
    }
    return "";
}

std::string_view partOfDayName(PartOfDay part) {
    switch (part) {
        case PartOfDay::Morning:
            return "morning";
        case PartOfDay::Noon:
            return "noon";
        case PartOfDay::Afternoon:
            return "afternoon";
        case PartOfDay::Evening:
            return "evening";
        case PartOfDay::Night:
            return "night";
        case PartOfDay::None:
            break;
    }
    return "";
}

std::string_view modName(Mod mod) {
    switch (mod) {
        case Mod::Start:
            return "START";
        case Mod::Mid:
            return "MID";
        case Mod::End:
            return "END";
        case Mod::Approx:
            return "APPROX";
        case Mod::MoreThan:
            return "MORE_THAN";
        case Mod::LessThan:
            return "LESS_THAN";
        case Mod::None:
            break;
    }
    return "";
}

std::string_view weekdayName(int isoWeekday) {
    static constexpr std::array<std::string_view, 8> names{
        "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return isoWeekday >= 1 && isoWeekday <= 7 ? names[static_cast<std::size_t>(isoWeekday)] : "";
}

std::string_view monthName(int month) {
    static constexpr std::array<std::string_view, 13> names{
        "",     "January", "February",  "March",   "April",    "May",     "June",
        "July", "August",  "September", "October", "November", "December"};
    return month >= 1 && month <= 12 ? names[static_cast<std::size_t>(month)] : "";
}

std::string_view unitName(Unit unit, bool plural) {
    switch (unit) {
        case Unit::Decade:
            return plural ? "decades" : "decade";
        case Unit::Year:
            return plural ? "years" : "year";
        case Unit::Half:
            return plural ? "half-years" : "half-year";
        case Unit::Quarter:
            return plural ? "quarters" : "quarter";
        case Unit::Month:
            return plural ? "months" : "month";
        case Unit::Week:
            return plural ? "weeks" : "week";
        case Unit::Day:
            return plural ? "days" : "day";
        case Unit::Hour:
            return plural ? "hours" : "hour";
        case Unit::Minute:
            return plural ? "minutes" : "minute";
        case Unit::Second:
            return plural ? "seconds" : "second";
    }
    return "";
}

std::string describeDate(const CivilDate& date) {
    return formatDay(PartialDate::of(date));
}

std::string describeAmount(const AmountDraft& amount) {
    if (amount.amount < 0)
        return "some " + std::string(unitName(amount.unit, true));
    std::string text = std::to_string(amount.amount);
    text += ' ';
    text += unitName(amount.unit, amount.amount != 1);
    if (amount.extra > 0) {
        text += ' ';
        text += std::to_string(amount.extra);
        text += ' ';
        text += unitName(amount.extraUnit, amount.extra != 1);
    }
    return text;
}

}  // namespace yeonpyo::temporal
