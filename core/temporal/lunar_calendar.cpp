// Korean lunar calendar dates through ICU's dangi calendar, with per-thread caches of the calendar
// object (expensive to create) and of converted dates.
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <map>
#include <memory>
#include <tuple>

#include "core/temporal/civil_p.h"
#include "core/temporal/holidays_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr double kMillisPerDay = 86400000.0;

/// A dangi calendar on GMT, so that its instants fall on midnight of the civil day.
icu::Calendar* dangiCalendar() {
    thread_local std::unique_ptr<icu::Calendar> calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> made(icu::Calendar::createInstance(
            icu::TimeZone::getGMT()->clone(), icu::Locale("ko_KR@calendar=dangi"), status));
        if (U_FAILURE(status) || !made || std::string_view(made->getType()) != "dangi")
            made.reset();
        return made;
    }();
    return calendar.get();
}

std::optional<CivilDate> convert(int gregorianYear, int lunarMonth, int lunarDay) {
    icu::Calendar* calendar = dangiCalendar();
    if (!calendar)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    // Mid-year lies after every lunar new year, so its dangi year is the one that began in
    // gregorianYear.
    const auto midYear = static_cast<double>(toDayNumber({gregorianYear, 6, 30})) * kMillisPerDay;
    calendar->setTime(midYear, status);
    const int32_t extendedYear = calendar->get(UCAL_EXTENDED_YEAR, status);
    calendar->clear();
    calendar->set(UCAL_EXTENDED_YEAR, extendedYear);
    calendar->set(UCAL_MONTH, lunarMonth - 1);
    calendar->set(UCAL_IS_LEAP_MONTH, 0);
    calendar->set(UCAL_DATE, lunarDay);
    const UDate millis = calendar->getTime(status);
    if (U_FAILURE(status))
        return std::nullopt;
    return fromDayNumber(static_cast<std::int64_t>(std::floor(millis / kMillisPerDay)));
}

}  // namespace

std::optional<CivilDate> lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay) {
    thread_local std::map<std::tuple<int, int, int>, std::optional<CivilDate>> cache;
    const auto key = std::make_tuple(gregorianYear, lunarMonth, lunarDay);
    if (const auto found = cache.find(key); found != cache.end())
        return found->second;
    const auto date = convert(gregorianYear, lunarMonth, lunarDay);
    cache.emplace(key, date);
    return date;
}

}  // namespace yeonpyo::temporal
