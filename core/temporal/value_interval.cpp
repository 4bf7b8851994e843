// Parsing TIMEX3 values into local wall-clock intervals, with parts of day and START/MID/END.
#include "core/temporal/value_interval_p.h"

#include <charconv>

#include "core/temporal/civil_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;

std::optional<int> number(std::string_view text) {
    int value = 0;
    if (text.empty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::int64_t dayStart(const CivilDate& date) {
    return toDayNumber(date) * kDay;
}

LocalInterval months(int year, int firstMonth, int count) {
    const YearMonth end = addMonths({year, firstMonth}, count);
    return {dayStart({year, firstMonth, 1}), dayStart({end.year, end.month, 1})};
}

std::optional<LocalInterval> partOfYear(int year, std::string_view code) {
    if (code.size() == 2 && code[0] == 'Q' && code[1] >= '1' && code[1] <= '4')
        return months(year, (code[1] - '1') * 3 + 1, 3);
    if (code.size() == 2 && code[0] == 'H' && (code[1] == '1' || code[1] == '2'))
        return months(year, code[1] == '1' ? 1 : 7, 6);
    if (code == "SP")
        return months(year, 3, 3);
    if (code == "SU")
        return months(year, 6, 3);
    if (code == "FA")
        return months(year, 9, 3);
    if (code == "WI")
        return months(year, 12, 3);
    if (code.size() >= 3 && code[0] == 'W') {
        const auto week = number(code.substr(1, 2));
        if (!week || *week < 1 || *week > 53)
            return std::nullopt;
        const std::int64_t monday = dayStart(mondayOfIsoWeek(year, *week));
        if (code.size() == 3)
            return LocalInterval{monday, monday + 7 * kDay};
        if (code.substr(3) == "-WE")
            return LocalInterval{monday + 5 * kDay, monday + 7 * kDay};
    }
    return std::nullopt;
}

std::optional<LocalInterval> partOfDay(const LocalInterval& day, std::string_view timeOfDay) {
    struct Part {
        std::string_view name;
        int from;
        int to;
    };
    static constexpr Part parts[] = {{"morning", 6, 12},
                                     {"noon", 12, 13},
                                     {"afternoon", 12, 18},
                                     {"evening", 18, 22},
                                     {"night", 22, 24}};
    for (const auto& part : parts) {
        if (part.name == timeOfDay)
            return LocalInterval{day.begin + part.from * kHour, day.begin + part.to * kHour};
    }
    return day;
}

std::optional<LocalInterval> plainInterval(std::string_view value, std::string_view timeOfDay) {
    if (value.size() == 3) {
        const auto decade = number(value);
        if (!decade)
            return std::nullopt;
        return LocalInterval{dayStart({*decade * 10, 1, 1}), dayStart({*decade * 10 + 10, 1, 1})};
    }
    const auto year = number(value.substr(0, 4));
    if (!year || value.size() < 4)
        return std::nullopt;
    if (value.size() == 4)
        return months(*year, 1, 12);
    if (value[4] != '-')
        return std::nullopt;
    const std::string_view rest = value.substr(5);
    if (rest.size() == 2 && number(rest)) {
        const int month = *number(rest);
        if (month < 1 || month > 12)
            return std::nullopt;
        return months(*year, month, 1);
    }
    if (const auto period = partOfYear(*year, rest))
        return period;
    const auto date = leadingDate(value);
    if (!date)
        return std::nullopt;
    const LocalInterval day{dayStart(*date), dayStart(*date) + kDay};
    if (value.size() == 10)
        return partOfDay(day, timeOfDay);
    if (value.size() != 16 || value[13] != ':')
        return std::nullopt;
    const auto hour = number(value.substr(11, 2));
    const auto minute = number(value.substr(14, 2));
    if (!hour || !minute || *hour > 24 || *minute > 59 || (*hour == 24 && *minute != 0))
        return std::nullopt;
    const std::int64_t start = localSeconds(*date, *hour, *minute);
    return LocalInterval{start, start + 60};
}

LocalInterval narrowByMod(const LocalInterval& interval, std::string_view value,
                          std::string_view mod) {
    const int third = mod == "START" ? 0 : mod == "MID" ? 1 : mod == "END" ? 2 : -1;
    if (third < 0)
        return interval;
    const std::int64_t length = interval.end - interval.begin;
    if (value.size() == 7 && value[4] == '-' && number(value.substr(5))) {  // 초순, 중순, 하순
        const std::int64_t from = interval.begin + third * 10 * kDay;
        return {from, third == 2 ? interval.end : from + 10 * kDay};
    }
    std::int64_t step = length / 3;
    if (length >= 3 * kDay)
        step -= step % kDay;
    const std::int64_t from = interval.begin + third * step;
    return {from, third == 2 ? interval.end : from + step};
}

}  // namespace

std::int64_t localSeconds(const CivilDate& date, int hour, int minute) {
    return dayStart(date) + hour * kHour + minute * 60;
}

std::optional<CivilDate> leadingDate(std::string_view value) {
    if (value.size() < 10 || value[4] != '-' || value[7] != '-')
        return std::nullopt;
    if (value.size() > 10 && value[10] != 'T')
        return std::nullopt;
    const auto year = number(value.substr(0, 4));
    const auto month = number(value.substr(5, 2));
    const auto day = number(value.substr(8, 2));
    if (!year || !month || !day || !isValidDate(*year, *month, *day))
        return std::nullopt;
    return CivilDate{*year, *month, *day};
}

std::optional<LocalInterval> localIntervalOf(std::string_view value, std::string_view timeOfDay,
                                             std::string_view mod) {
    const auto interval = plainInterval(value, timeOfDay);
    if (!interval)
        return std::nullopt;
    return narrowByMod(*interval, value, mod);
}

}  // namespace yeonpyo::temporal
