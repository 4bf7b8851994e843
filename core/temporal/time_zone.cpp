// Time zones through ICU: local values to UTC intervals, UTC offsets for clock times, and the
// reference date of a publication stamp. ICU zone objects are cached per thread.
#include <unicode/basictz.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "core/temporal/civil_p.h"
#include "core/temporal/stated_zone.h"
#include "core/temporal/temporal.h"
#include "core/temporal/value_interval_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr double kMillis = 1000.0;

/// The zone for an IANA id, or nullptr when ICU does not know it.
const icu::BasicTimeZone* zoneFor(std::string_view id) {
    thread_local std::map<std::string, std::unique_ptr<icu::TimeZone>, std::less<>> cache;
    auto found = cache.find(id);
    if (found == cache.end()) {
        std::unique_ptr<icu::TimeZone> zone(
            icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(
                icu::StringPiece(id.data(), static_cast<int32_t>(id.size())))));
        if (zone && *zone == icu::TimeZone::getUnknown())
            zone.reset();
        found = cache.emplace(std::string(id), std::move(zone)).first;
    }
    return dynamic_cast<const icu::BasicTimeZone*>(found->second.get());
}

/// UTC seconds of a local wall-clock time; in a gap or an overlap the earlier offset is used.
std::int64_t localToUtc(const icu::BasicTimeZone& zone, std::int64_t local) {
    int32_t raw = 0;
    int32_t dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone.getOffsetFromLocal(static_cast<double>(local) * kMillis, UCAL_TZ_LOCAL_FORMER,
                            UCAL_TZ_LOCAL_FORMER, raw, dst, status);
    return local - (raw + dst) / 1000;
}

/// Offset in seconds of the zone at a UTC instant.
int offsetAt(const icu::TimeZone& zone, std::int64_t utc) {
    int32_t raw = 0;
    int32_t dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone.getOffset(static_cast<double>(utc) * kMillis, false, raw, dst, status);
    return (raw + dst) / 1000;
}

std::string formatOffset(int seconds) {
    const char sign = seconds < 0 ? '-' : '+';
    const int minutes = (seconds < 0 ? -seconds : seconds) / 60;
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, minutes / 60, minutes % 60);
    return buffer;
}

/// "+09:00", "-0500", "Z" at the end of a stamp, in seconds east of UTC.
std::optional<int> stampOffset(std::string_view stamp) {
    if (stamp.ends_with('Z'))
        return 0;
    const auto sign = stamp.find_last_of("+-");
    if (sign == std::string_view::npos || sign < 16)
        return std::nullopt;
    const std::string_view digits = stamp.substr(sign + 1);
    int hours = 0;
    int minutes = 0;
    if (std::sscanf(std::string(digits).c_str(), "%2d:%2d", &hours, &minutes) < 1 &&
        std::sscanf(std::string(digits).c_str(), "%2d%2d", &hours, &minutes) < 1) {
        return std::nullopt;
    }
    const int seconds = hours * 3600 + minutes * 60;
    return stamp[sign] == '-' ? -seconds : seconds;
}

}  // namespace

std::optional<UtcInterval> toUtcInterval(std::string_view value, std::string_view timeOfDay,
                                         std::string_view timeZone) {
    return toUtcInterval(value, timeOfDay, "", timeZone);
}

std::optional<UtcInterval> toUtcInterval(std::string_view value, std::string_view timeOfDay,
                                         std::string_view mod, std::string_view timeZone) {
    const icu::BasicTimeZone* zone = zoneFor(timeZone);
    if (!zone)
        return std::nullopt;
    const auto local = localIntervalOf(value, timeOfDay, mod);
    if (!local)
        return std::nullopt;
    return UtcInterval{localToUtc(*zone, local->begin), localToUtc(*zone, local->end)};
}

std::string withUtcOffset(std::string_view value, std::string_view timeZone) {
    const icu::BasicTimeZone* zone = zoneFor(timeZone);
    const auto local = localIntervalOf(value, "", "");
    if (!zone || !local || value.size() != 16 || value[10] != 'T')
        return std::string(value);
    const std::int64_t utc = localToUtc(*zone, local->begin);
    return std::string(value) + formatOffset(static_cast<int>(local->begin - utc));
}

bool isKnownTimeZone(std::string_view timeZone) {
    return zoneFor(timeZone) != nullptr;
}

std::optional<CivilDate> dateOfValue(std::string_view value) {
    if (value.size() != 10 && value.size() != 16)
        return std::nullopt;
    return leadingDate(value);
}

Reference referenceFromPublished(std::string_view published, std::string_view defaultZone) {
    Reference reference;
    reference.timeZone = std::string(defaultZone);
    const auto date = leadingDate(published.substr(0, 10));
    if (!date)
        return reference;
    reference.date = date;
    const auto offset = stampOffset(published);
    const icu::BasicTimeZone* zone = zoneFor(defaultZone);
    int hour = 0;
    int minute = 0;
    if (!offset || !zone || published.size() < 16 ||
        std::sscanf(std::string(published.substr(11, 5)).c_str(), "%2d:%2d", &hour, &minute) != 2) {
        return reference;
    }
    const std::int64_t utc = localSeconds(*date, hour, minute) - *offset;
    const std::int64_t local = utc + offsetAt(*zone, utc);
    reference.date = fromDayNumber(local >= 0 ? local / 86400 : (local - 86399) / 86400);
    return reference;
}

std::string soleZoneOfCountry(std::string_view isoCountry) {
    if (isoCountry.size() != 2)
        return {};
    const std::string region = {
        static_cast<char>(std::toupper(static_cast<unsigned char>(isoCountry[0]))),
        static_cast<char>(std::toupper(static_cast<unsigned char>(isoCountry[1])))};
    // ICU's zone enumeration reads its resource bundles each time: keep each answer per thread.
    thread_local std::map<std::string, std::string, std::less<>> known;
    if (const auto found = known.find(region); found != known.end())
        return found->second;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
        UCAL_ZONE_TYPE_CANONICAL_LOCATION, region.c_str(), nullptr, status));
    std::string zone;
    if (U_SUCCESS(status) && zones && zones->count(status) == 1) {
        const char* id = zones->next(nullptr, status);
        if (U_SUCCESS(status) && id)
            zone = id;
    }
    return known.emplace(region, std::move(zone)).first->second;
}

std::string effectiveZone(std::string_view stated, std::string_view placeZone,
                          std::string_view referenceZone) {
    if (stated == "local")
        return std::string(placeZone.empty() ? referenceZone : placeZone);
    return std::string(stated.empty() ? referenceZone : stated);
}

}  // namespace yeonpyo::temporal
