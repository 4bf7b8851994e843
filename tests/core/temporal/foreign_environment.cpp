// Runs every temporal test under a French locale and the New York time zone, so that nothing works
// by luck because the machine happens to be set to English or to Seoul.
#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <clocale>
#include <cstdlib>
#include <ctime>
#include <string>

namespace {

class ForeignEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        setenv("TZ", "America/New_York", 1);
        tzset();
        // The C library locale needs fr_FR generated (localedef); ICU's default works everywhere.
        for (const char* name : {"fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8"}) {
            if (std::setlocale(LC_ALL, name))
                break;
        }
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale::setDefault(icu::Locale("fr_FR"), status);
        icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone("America/New_York"));
    }
};

const auto* const kEnvironment = ::testing::AddGlobalTestEnvironment(new ForeignEnvironment);

TEST(ForeignEnvironment, IcuAndTheProcessAreNeitherEnglishNorSeoul) {
    EXPECT_STREQ(icu::Locale::getDefault().getLanguage(), "fr");
    icu::UnicodeString zone;
    std::unique_ptr<icu::TimeZone>(icu::TimeZone::createDefault())->getID(zone);
    std::string zoneId;
    zone.toUTF8String(zoneId);
    EXPECT_EQ(zoneId, "America/New_York");
    ASSERT_NE(std::getenv("TZ"), nullptr);
    EXPECT_STREQ(std::getenv("TZ"), "America/New_York");
}

}  // namespace
