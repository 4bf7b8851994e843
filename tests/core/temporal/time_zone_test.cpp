// Values to UTC intervals and UTC offsets through ICU time zones, including DST, parts of day,
// START/MID/END, weeks, seasons and decades; reference dates from publication stamps.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "core/temporal/stated_zone.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {
namespace {

/// "2024-02-27T15:00Z" for seconds since the epoch.
std::string utc(std::int64_t seconds) {
    const std::chrono::sys_seconds time{std::chrono::seconds{seconds}};
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss clock{time - day};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ldZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<long>(clock.hours().count()),
                  static_cast<long>(clock.minutes().count()));
    return buffer;
}

struct IntervalCase {
    const char* value;
    const char* timeOfDay;
    const char* mod;
    const char* zone;
    const char* begin;  ///< nullptr: no interval
    const char* end;
};

TEST(TimeZones, ValuesCoverTheRightUtcInterval) {
    const IntervalCase cases[] = {
        {"2024-02-28", "", "", "Asia/Seoul", "2024-02-27T15:00Z", "2024-02-28T15:00Z"},
        {"2024-02-28", "noon", "", "Asia/Seoul", "2024-02-28T03:00Z", "2024-02-28T04:00Z"},
        {"2024-02-28", "afternoon", "", "Asia/Seoul", "2024-02-28T03:00Z", "2024-02-28T09:00Z"},
        {"2024-02-28", "evening", "", "Asia/Seoul", "2024-02-28T09:00Z", "2024-02-28T13:00Z"},
        {"2024-02-28T12:00", "", "", "Asia/Seoul", "2024-02-28T03:00Z", "2024-02-28T03:01Z"},
        {"2024-02-28T24:00", "", "", "Asia/Seoul", "2024-02-28T15:00Z", "2024-02-28T15:01Z"},
        {"2024-02-29", "", "", "America/New_York", "2024-02-29T05:00Z", "2024-03-01T05:00Z"},
        {"2024-03-10", "", "", "America/New_York", "2024-03-10T05:00Z", "2024-03-11T04:00Z"},
        {"2024-11-03", "", "", "America/New_York", "2024-11-03T04:00Z", "2024-11-04T05:00Z"},
        {"2024-07-04T09:00", "", "", "America/New_York", "2024-07-04T13:00Z", "2024-07-04T13:01Z"},
        {"2024-02", "", "", "Asia/Seoul", "2024-01-31T15:00Z", "2024-02-29T15:00Z"},
        {"2024-Q1", "", "", "UTC", "2024-01-01T00:00Z", "2024-04-01T00:00Z"},
        {"2024-H2", "", "", "UTC", "2024-07-01T00:00Z", "2025-01-01T00:00Z"},
        {"2025", "", "", "UTC", "2025-01-01T00:00Z", "2026-01-01T00:00Z"},
        {"2024-W09", "", "", "UTC", "2024-02-26T00:00Z", "2024-03-04T00:00Z"},
        {"2024-W09-WE", "", "", "UTC", "2024-03-02T00:00Z", "2024-03-04T00:00Z"},
        {"2025-W01", "", "", "UTC", "2024-12-30T00:00Z", "2025-01-06T00:00Z"},
        {"2024-SU", "", "", "UTC", "2024-06-01T00:00Z", "2024-09-01T00:00Z"},
        {"2024-WI", "", "", "UTC", "2024-12-01T00:00Z", "2025-03-01T00:00Z"},
        {"199", "", "", "UTC", "1990-01-01T00:00Z", "2000-01-01T00:00Z"},
        {"2024-03", "", "START", "UTC", "2024-03-01T00:00Z", "2024-03-11T00:00Z"},
        {"2024-03", "", "MID", "UTC", "2024-03-11T00:00Z", "2024-03-21T00:00Z"},
        {"2024-03", "", "END", "UTC", "2024-03-21T00:00Z", "2024-04-01T00:00Z"},
        {"2024-02", "", "END", "UTC", "2024-02-21T00:00Z", "2024-03-01T00:00Z"},
        {"2024", "", "END", "UTC", "2024-09-01T00:00Z", "2025-01-01T00:00Z"},
        {"2024", "", "APPROX", "UTC", "2024-01-01T00:00Z", "2025-01-01T00:00Z"},
        {"XXXX-XX-28", "", "", "Asia/Seoul", nullptr, nullptr},
        {"XXXX-02-28", "", "", "Asia/Seoul", nullptr, nullptr},
        {"PRESENT_REF", "", "", "Asia/Seoul", nullptr, nullptr},
        {"P10Y", "", "", "Asia/Seoul", nullptr, nullptr},
        {"2023-02-29", "", "", "Asia/Seoul", nullptr, nullptr},
        {"2024-02-28T24:59", "", "", "Asia/Seoul", nullptr, nullptr},
        {"2024-02-28", "", "", "Mars/Olympus", nullptr, nullptr},
        {"2024-02-28", "", "", "local", nullptr, nullptr},
    };
    for (const auto& c : cases) {
        const auto interval = toUtcInterval(c.value, c.timeOfDay, c.mod, c.zone);
        SCOPED_TRACE(std::string(c.value) + " " + c.timeOfDay + " " + c.mod + " in " + c.zone);
        if (!c.begin) {
            EXPECT_FALSE(interval.has_value());
            continue;
        }
        ASSERT_TRUE(interval.has_value());
        EXPECT_EQ(utc(interval->begin), c.begin);
        EXPECT_EQ(utc(interval->end), c.end);
    }
}

TEST(TimeZones, TheThreeArgumentFormKeepsThePartOfDay) {
    const auto interval = toUtcInterval("2024-02-28", "morning", "Asia/Seoul");
    ASSERT_TRUE(interval.has_value());
    EXPECT_EQ(utc(interval->begin), "2024-02-27T21:00Z");
    EXPECT_EQ(utc(interval->end), "2024-02-28T03:00Z");
}

TEST(TimeZones, ClockTimesGetTheZoneOffsetOfThatMoment) {
    struct Case {
        const char* value;
        const char* zone;
        const char* expected;
    };
    const Case cases[] = {
        {"2024-02-28T12:00", "Asia/Seoul", "2024-02-28T12:00+09:00"},
        {"2024-07-04T09:00", "America/New_York", "2024-07-04T09:00-04:00"},
        {"2024-01-04T09:00", "America/New_York", "2024-01-04T09:00-05:00"},
        {"2024-02-28T12:00", "Asia/Kolkata", "2024-02-28T12:00+05:30"},
        {"2024-02-28T12:00", "UTC", "2024-02-28T12:00+00:00"},
        {"2024-02-28", "Asia/Seoul", "2024-02-28"},
        {"XXXX-XX-28T15:00", "Asia/Seoul", "XXXX-XX-28T15:00"},
        {"2024-02-28T12:00", "Mars/Olympus", "2024-02-28T12:00"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(withUtcOffset(c.value, c.zone), c.expected) << c.value << " " << c.zone;
}

TEST(TimeZones, KnownZonesAreKnown) {
    EXPECT_TRUE(isKnownTimeZone("Asia/Seoul"));
    EXPECT_TRUE(isKnownTimeZone("UTC"));
    EXPECT_TRUE(isKnownTimeZone("America/New_York"));
    EXPECT_FALSE(isKnownTimeZone("Mars/Olympus"));
    EXPECT_FALSE(isKnownTimeZone(""));
}

TEST(Values, DateOfAValueNamesOnlyRealDays) {
    EXPECT_EQ(dateOfValue("2024-02-29"), (CivilDate{2024, 2, 29}));
    EXPECT_EQ(dateOfValue("2024-02-28T15:30"), (CivilDate{2024, 2, 28}));
    EXPECT_FALSE(dateOfValue("2023-02-29").has_value());
    EXPECT_FALSE(dateOfValue("2024-02").has_value());
    EXPECT_FALSE(dateOfValue("XXXX-XX-28").has_value());
    EXPECT_FALSE(dateOfValue("P10Y").has_value());
}

TEST(Values, ReferenceFromAPublicationStampIsItsLocalDate) {
    struct Case {
        const char* stamp;
        const char* zone;
        std::optional<CivilDate> expected;
    };
    const Case cases[] = {
        {"2024-02-28", "Asia/Seoul", CivilDate{2024, 2, 28}},
        {"2024-02-28T17:32+09:00", "Asia/Seoul", CivilDate{2024, 2, 28}},
        {"2024-02-27T20:00Z", "Asia/Seoul", CivilDate{2024, 2, 28}},
        {"2024-02-27T23:30-05:00", "Asia/Seoul", CivilDate{2024, 2, 28}},
        {"2024-02-28T01:00+09:00", "America/New_York", CivilDate{2024, 2, 27}},
        {"", "Asia/Seoul", std::nullopt},
        {"yesterday", "Asia/Seoul", std::nullopt},
        {"2024-02-30", "Asia/Seoul", std::nullopt},
    };
    for (const auto& c : cases) {
        const Reference reference = referenceFromPublished(c.stamp, c.zone);
        EXPECT_EQ(reference.date, c.expected) << c.stamp;
        EXPECT_EQ(reference.timeZone, c.zone);
    }
}

TEST(StatedZone, LocalTimeIsThePlacesZoneWhenKnown) {
    struct Row {
        const char* stated;
        const char* place;
        const char* expected;
    };
    const Row rows[] = {
        {"local", "America/New_York", "America/New_York"},  // 현지시간 at a place in New York
        {"local", "", "Asia/Seoul"},                        // the place's zone is not known
        {"Europe/Paris", "America/New_York", "Europe/Paris"},  // "오후 3시 CET" names its zone
        {"", "America/New_York", "Asia/Seoul"},                // nothing stated: the article's zone
    };
    for (const Row& row : rows)
        EXPECT_EQ(effectiveZone(row.stated, row.place, "Asia/Seoul"), row.expected) << row.stated;
}

TEST(StatedZone, KoreanAndEnglishZonesAreRecorded) {
    Reference reference;
    reference.date = CivilDate{2024, 5, 14};
    const auto korean = Tagger(Language::Korean, reference).tag("오후 3시(GMT)와 24일(현지시간)");
    ASSERT_EQ(korean.size(), 2u);
    EXPECT_EQ(korean[0].timeZone, "UTC");
    EXPECT_EQ(korean[1].timeZone, "local");
    const auto english = Tagger(Language::English, reference).tag("at 3 p.m. CET on Friday");
    ASSERT_EQ(english.size(), 1u);
    EXPECT_EQ(english[0].timeZone, "Europe/Paris");
}

}  // namespace
}  // namespace yeonpyo::temporal
