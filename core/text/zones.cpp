// Zone abbreviations and numeric offsets after clock times; daylight-saving zones through ICU.
#include "core/text/zones_p.h"

#include <unicode/timezone.h>

#include <array>
#include <memory>
#include <string_view>

namespace yeonpyo::text {
namespace {

struct ZoneAbbreviation {
    std::string_view name;
    int minutes;         ///< Fixed offset east of UTC, when ianaId is null.
    const char* ianaId;  ///< A zone whose offset depends on the date (daylight saving time).
};

// Zones news datelines name. Ambiguous ones (CST, IST) are left out rather than guessed.
constexpr std::array<ZoneAbbreviation, 17> kZones{{
    {"KST", 540, nullptr},
    {"JST", 540, nullptr},
    {"HKT", 480, nullptr},
    {"SGT", 480, nullptr},
    {"UTC", 0, nullptr},
    {"GMT", 0, nullptr},
    {"BST", 60, nullptr},
    {"CEST", 120, nullptr},
    {"CET", 60, nullptr},
    {"EST", -300, nullptr},
    {"EDT", -240, nullptr},
    {"CDT", -300, nullptr},
    {"PST", -480, nullptr},
    {"PDT", -420, nullptr},
    {"ET", 0, "America/New_York"},
    {"CT", 0, "America/Chicago"},
    {"PT", 0, "America/Los_Angeles"},
}};

constexpr int kMaxOffsetHours = 14;

// Days from 1970-01-01 to a civil date (proleptic Gregorian).
long long daysFromCivil(int year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const long long era = (year >= 0 ? year : year - 399) / 400;
    const long long yearOfEra = year - era * 400;
    const long long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

std::optional<int> ianaOffset(const char* ianaId, const DateTimeValue& value) {
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(ianaId));
    const double localMillis =
        (static_cast<double>(daysFromCivil(value.year, value.month, value.day)) * 86400.0 +
         value.hour * 3600.0 + value.minute * 60.0) *
        1000.0;
    int32_t raw = 0;
    int32_t dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone->getOffset(localMillis, true, raw, dst, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return (raw + dst) / 60000;
}

// +09:00, +0900, +09, -05:00.
std::optional<int> numericOffset(ScanCursor& cursor) {
    const std::size_t start = cursor.position();
    const char sign = cursor.peek();
    if (!cursor.oneOf("+-"))
        return std::nullopt;
    auto hours = cursor.number(1, 2);
    std::optional<int> minutes = 0;
    if (hours && cursor.literal(":")) {
        minutes = cursor.number(2, 2);
    } else if (!hours) {
        const auto packed = cursor.number(4, 4);  // +0900
        if (packed) {
            hours = *packed / 100;
            minutes = *packed % 100;
        }
    }
    if (!hours || !minutes || *hours > kMaxOffsetHours || *minutes > 59) {
        cursor.moveTo(start);
        return std::nullopt;
    }
    const int total = *hours * 60 + *minutes;
    return sign == '-' ? -total : total;
}

std::optional<int> abbreviation(ScanCursor& cursor, const DateTimeValue& value) {
    const std::size_t start = cursor.position();
    const bool parenthesised = cursor.literal("(");
    for (const auto& zone : kZones) {
        if (!cursor.literal(zone.name) || !cursor.atWordEnd() ||
            (parenthesised && !cursor.literal(")"))) {
            cursor.moveTo(start + (parenthesised ? 1 : 0));
            continue;
        }
        if (zone.ianaId != nullptr)
            return ianaOffset(zone.ianaId, value);
        if (zone.minutes == 0 && !parenthesised) {
            if (auto offset = numericOffset(cursor))
                return offset;  // GMT+9, UTC+09:00
        }
        return zone.minutes;
    }
    cursor.moveTo(start);
    return std::nullopt;
}

}  // namespace

std::optional<int> readZone(ScanCursor& cursor, const DateTimeValue& value) {
    const std::size_t start = cursor.position();
    if (cursor.literal("Z") && cursor.atWordEnd())
        return 0;
    cursor.moveTo(start);
    if (auto offset = numericOffset(cursor))
        return offset;
    cursor.skipSpaces();
    if (auto offset = numericOffset(cursor))
        return offset;
    if (auto offset = abbreviation(cursor, value))
        return offset;
    cursor.moveTo(start);
    return std::nullopt;
}

}  // namespace yeonpyo::text
