// Consistency checks over the bundled gazetteer: parents exist, coordinates are plausible, names
// are unique enough.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/lexicon/lexicon.h"

namespace yeonpyo::lexicon {
namespace {

TEST(BundledData, LoadsWithoutErrors) {
    const auto loaded = loadBuiltinLexicon();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_GE(loaded->gazetteer.size(), 500u);
    EXPECT_GE(loaded->triggers.entries.size(), 60u);
    EXPECT_GE(loaded->organisations.entries.size(), 100u);
}

TEST(BundledData, EveryPlaceHasAKnownParentAndPlausibleCoordinates) {
    const auto& gazetteer = builtinLexicon().gazetteer;
    const PlaceEntry* korea = gazetteer.find("country:kr");
    ASSERT_NE(korea, nullptr);
    for (const auto* name :
         {"서울", "영등포구", "용산구", "강남구", "이태원동", "LG트윈타워", "승지원"}) {
        for (const PlaceEntry* entry : gazetteer.lookup(name)) {
            ASSERT_TRUE(entry->lat && entry->lon) << entry->id;
            EXPECT_TRUE(gazetteer.encloses(*korea, *entry)) << entry->id;
            EXPECT_NEAR(*entry->lat, 37.55, 0.15) << entry->id;
            EXPECT_NEAR(*entry->lon, 126.99, 0.2) << entry->id;
        }
    }
    for (const PlaceEntry& entry : gazetteer.entries()) {
        EXPECT_TRUE(entry.parentId.empty() || gazetteer.find(entry.parentId) != nullptr)
            << entry.id;
        EXPECT_EQ(entry.parentId.empty(), entry.kind == PlaceKind::Country) << entry.id;
        if (entry.lat && entry.lon) {
            EXPECT_LE(std::abs(*entry.lat), 90.0) << entry.id;
            EXPECT_LE(std::abs(*entry.lon), 180.0) << entry.id;
        }
        EXPECT_FALSE(entry.nameKo.empty() && entry.nameEn.empty()) << entry.id;
    }
}

TEST(BundledData, SeoulHasAllTwentyFiveDistricts) {
    const auto& gazetteer = builtinLexicon().gazetteer;
    const PlaceEntry* seoul = gazetteer.find("kr:seoul");
    ASSERT_NE(seoul, nullptr);
    int districts = 0;
    for (const auto* name :
         {"종로구", "중구",   "용산구", "성동구", "광진구",   "동대문구", "중랑구",
          "성북구", "강북구", "도봉구", "노원구", "은평구",   "서대문구", "마포구",
          "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구",   "관악구",
          "서초구", "강남구", "송파구", "강동구"}) {
        for (const PlaceEntry* entry : gazetteer.lookup(name)) {
            if (entry->parentId == seoul->id)
                ++districts;
        }
    }
    EXPECT_EQ(districts, 25);
}

}  // namespace
}  // namespace yeonpyo::lexicon
