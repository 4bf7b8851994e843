// Tests of place lookup in the bundled gazetteer: particles, hierarchy, addresses, user places.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"

namespace yeonpyo::lexicon {
namespace {

const Gazetteer& gazetteer() {
    return builtinLexicon().gazetteer;
}

std::string firstPlaceId(std::string_view text) {
    const auto hits = gazetteer().scan(text);
    return hits.empty() || hits.front().candidates.empty() ? ""
                                                           : hits.front().candidates.front()->id;
}

TEST(Gazetteer, FindsPlacesWithKoreanParticles) {
    struct Row {
        std::string text;
        std::string id;
    };
    const std::vector<Row> rows{
        {"LG트윈타워를 찾았다", "venue:lg-twin-towers"},
        {"승지원에서 만찬", "venue:seungjiwon"},
        {"인도로 출국", "country:in"},
        {"인도행 비행기", "country:in"},
        {"서울의 밤", "kr:seoul"},
        {"at LG Twin Towers in Seoul", "venue:lg-twin-towers"},
        {"left for India.", "country:in"},
        {"인도네시아로", "country:id"},
        {"서울대에서", "venue:seoul-national-university"},
        {"서울식 불고기", ""},
        {"인도적 지원", ""},
        {"the indian team", ""},
    };
    for (const auto& row : rows) {
        EXPECT_EQ(firstPlaceId(row.text), row.id) << row.text;
    }
}

TEST(Gazetteer, KnowsTheHierarchyAndWritesAddressesWidestFirst) {
    const PlaceEntry* venue = gazetteer().find("venue:lg-twin-towers");
    ASSERT_NE(venue, nullptr);
    EXPECT_EQ(gazetteer().address(*venue, "ko"), "서울 영등포구");
    EXPECT_EQ(gazetteer().address(*venue, "en"), "Seoul, Yeongdeungpo-gu");
    const PlaceEntry* yongsan = gazetteer().find("kr:seoul:yongsan");
    const PlaceEntry* seungjiwon = gazetteer().find("venue:seungjiwon");
    ASSERT_NE(yongsan, nullptr);
    ASSERT_NE(seungjiwon, nullptr);
    EXPECT_TRUE(gazetteer().encloses(*yongsan, *seungjiwon));
    EXPECT_FALSE(gazetteer().encloses(*yongsan, *venue));
    EXPECT_EQ(precisionOf(seungjiwon->kind), PlacePrecision::Venue);
    EXPECT_EQ(precisionOf(gazetteer().find("kr:seoul:itaewon")->kind), PlacePrecision::District);
}

TEST(Gazetteer, AmbiguousNamesKeepEveryCandidateWithUserPlacesFirst) {
    const auto bundled = gazetteer().lookup("중구");
    ASSERT_GE(bundled.size(), 5u);
    EXPECT_TRUE(std::any_of(bundled.begin(), bundled.end(),
                            [](const PlaceEntry* entry) { return entry->id == "kr:busan:jung"; }));
    Gazetteer copy = gazetteer();
    copy.addUserPlace(
        {"user:7", PlaceKind::District, "kr:seoul", "중구", "Jung-gu", {}, 37.56, 126.99, false});
    const auto candidates = copy.lookup("중구");
    ASSERT_EQ(candidates.size(), bundled.size() + 1);
    EXPECT_EQ(candidates.front()->id, "user:7");
}

TEST(Gazetteer, UserPlacesWinOverBundledOnes) {
    Gazetteer copy = gazetteer();
    copy.addUserPlace({"user:1",
                       PlaceKind::Venue,
                       "kr:seoul:yongsan",
                       "승지원",
                       "Seungjiwon",
                       {"삼성 영빈관"},
                       37.5390,
                       126.9990,
                       false});
    EXPECT_EQ(copy.lookup("승지원").front()->id, "user:1");
    EXPECT_TRUE(copy.lookup("승지원").front()->userAdded);
    EXPECT_EQ(copy.scan("삼성 영빈관에서").front().candidates.front()->id, "user:1");
    EXPECT_EQ(gazetteer().lookup("승지원").front()->id, "venue:seungjiwon")
        << "the shared copy is untouched";
}

TEST(Gazetteer, RejectsMalformedRowsWithTheLine) {
    Gazetteer fresh;
    const auto status = fresh.load("# header\nkr:x\tplanet\t\t엑스\tX\t\t1\t2\n", "bad.tsv");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, "bad.tsv line 2 has no id or an unknown place kind.");
    EXPECT_FALSE(fresh.load("a\tcity\t\tA\tA\t\t1\t2\na\tcity\t\tB\tB\t\t1\t2\n", "dup.tsv").ok());
}

}  // namespace
}  // namespace yeonpyo::lexicon
