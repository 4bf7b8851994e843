// Tests of place choice for a mention: the most precise agreeing place, ambiguity, destinations.
#include <gtest/gtest.h>

#include "core/extract/place_hits_p.h"
#include "core/extract/places_p.h"
#include "core/extract/venues_p.h"
#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {
namespace {

std::optional<Place> chosen(const lexicon::Gazetteer& gazetteer, const std::string& text,
                            bool destination = false, std::string lang = "ko") {
    return choosePlace(text, gazetteer.scan(text), 0, text.size(), destination, gazetteer, lang);
}

TEST(ChoosePlace, ResolvesAHierarchicalMentionToItsMostPreciseLevel) {
    const auto& gazetteer = lexicon::builtinLexicon().gazetteer;
    struct Row {
        std::string text;
        std::string name;
        PlacePrecision precision;
    };
    const std::vector<Row> rows{
        {"서울 용산구 이태원동 승지원에서 만찬", "승지원", PlacePrecision::Venue},
        {"서울 용산구 이태원동에서", "이태원동", PlacePrecision::District},
        {"서울 강남구의 한 식당에서", "강남구", PlacePrecision::District},
        {"서울에서", "서울", PlacePrecision::City},
        {"at LG Twin Towers in Seoul", "LG트윈타워", PlacePrecision::Venue},
    };
    for (const auto& row : rows) {
        const auto place = chosen(gazetteer, row.text);
        ASSERT_TRUE(place.has_value()) << row.text;
        EXPECT_EQ(place->name, row.name) << row.text;
        EXPECT_EQ(place->precision, row.precision) << row.text;
    }
    EXPECT_FALSE(chosen(gazetteer, "서울식 메뉴를 고른 교수들과").has_value());
}

TEST(ChoosePlace, WritesAddressAndCoordinates) {
    const auto place = chosen(lexicon::builtinLexicon().gazetteer, "LG Twin Towers", false, "en");
    ASSERT_TRUE(place.has_value());
    EXPECT_EQ(place->name, "LG Twin Towers");
    EXPECT_EQ(place->address, "Seoul, Yeongdeungpo-gu");
    ASSERT_TRUE(place->hasCoordinates());
    EXPECT_NEAR(*place->lat, 37.528, 0.003);
    EXPECT_NEAR(*place->lon, 126.934, 0.003);
}

TEST(ChoosePlace, PicksTheCandidateTheContextAgreesWith) {
    const auto& gazetteer = lexicon::builtinLexicon().gazetteer;
    struct Row {
        std::string text;
        std::string id;
    };
    const std::vector<Row> rows{
        {"부산 중구에서", "kr:busan:jung"},
        {"서울 중구에서", "kr:seoul:jung"},
        {"대구 중구 동성로에서", "kr:daegu:jung"},
        {"인천 중구 영종도", "kr:incheon:jung"},
    };
    for (const auto& row : rows) {
        const auto place = chosen(gazetteer, row.text);
        ASSERT_TRUE(place.has_value()) << row.text;
        EXPECT_EQ(place->gazetteerId, row.id) << row.text;
    }
}

TEST(ChoosePlace, PrefersTheDestinationOfADeparture) {
    const auto& gazetteer = lexicon::builtinLexicon().gazetteer;
    const auto korean = chosen(gazetteer, "서울 김포공항에서 인도로", true);
    ASSERT_TRUE(korean.has_value());
    EXPECT_EQ(korean->gazetteerId, "country:in");
    const auto english = chosen(gazetteer, "left Incheon Airport for India", true, "en");
    ASSERT_TRUE(english.has_value());
    EXPECT_EQ(english->gazetteerId, "country:in");
}

/// The id of the first candidate of the place name at needle, or "" when none is read there.
std::string readAt(const std::string& text, const std::string& needle) {
    const auto& gazetteer = lexicon::builtinLexicon().gazetteer;
    const auto at = text.find(needle);
    for (const auto& hit : readPlaceHits(text, gazetteer)) {
        if (hit.begin == at && !hit.candidates.empty())
            return hit.candidates.front()->id;
    }
    return "";
}

TEST(ReadPlaceHits, TownsCountWhereTheTextReadsAsAPlace) {
    struct Row {
        std::string text;
        std::string name;
        bool place;
    };
    const std::vector<Row> rows{
        {"The senator spoke in Greensboro on Monday.", "Greensboro", true},
        {"He flew to Lahore the next day.", "Lahore", true},
        {"The rally moved on to Greensboro, North Carolina.", "Greensboro", true},
        {"They visited Rawalpindi.", "Rawalpindi", true},
        {"Jackson said the plan would work.", "Jackson", false},
        {"She met Reading officials.", "Reading", false},
        {"Crowds gathered at Lincoln Center.", "Lincoln", false},
        {"Defense Secretary Lloyd Austin met the minister.", "Austin", false},
        {"The tour ends in Austin on Friday.", "Austin", true},
        {"교황은 잘츠부르크에 들렀다.", "잘츠부르크", true},
    };
    for (const auto& row : rows)
        EXPECT_EQ(!readAt(row.text, row.name).empty(), row.place) << row.text;
}

TEST(ReadPlaceHits, AnAmbiguousNameTakesTheLargerPlaceOrTheOneTheArticleNames) {
    // The larger city of a name comes first (Dallas, Texas, not Dallas, Georgia).
    const auto& gazetteer = lexicon::builtinLexicon().gazetteer;
    for (const std::string name : {"Dallas", "Philadelphia", "Houston", "Boston"}) {
        const auto place = chosen(gazetteer, "in " + name, false, "en");
        ASSERT_TRUE(place.has_value()) << name;
        EXPECT_GT(*place->lon, -100.0) << name;
        EXPECT_LT(*place->lon, -70.0) << name;
        EXPECT_GT(*place->lat, 29.0) << name;
    }
    // A town name shared by several countries: the one in the country the article names.
    const std::string text = "The delegation reached Hyderabad on Tuesday. Pakistan welcomed it.";
    const auto* entry = gazetteer.find(readAt(text, "Hyderabad"));
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(gazetteer.encloses(*gazetteer.find("country:pk"), *entry)) << entry->id;
    EXPECT_EQ(readAt("The delegation reached Hyderabad on Tuesday.", "Hyderabad"),
              "city:in:hyderabad");
}

TEST(FindVenueNames, KeepsTheWholeNameAsWritten) {
    const auto& lexicon = lexicon::builtinLexicon();
    struct Row {
        std::string lang;
        std::string text;
        std::string venue;  ///< the last venue name found; empty: none
    };
    const std::vector<Row> rows{
        {"en", "The pope prayed at St. Matthew's Cathedral on Wednesday.",
         "St. Matthew's Cathedral"},
        {"en", "He spoke at the U.S. Embassy.", "U.S. Embassy"},
        // A place before "'s" places the venue; it is not part of its name.
        {"en", "The plane landed at Havana's Jose Marti International Airport.",
         "Jose Marti International Airport"},
        {"en", "They met in Rome. Vatican Museum guides waited.", "Vatican Museum"},
        {"ko", "대통령은 장진호 전투 기념비에 헌화했다.", "장진호 전투 기념비"},
        {"ko", "대표팀은 고척 스카이돔에서 훈련했다.", "고척 스카이돔"},
        // Time words, areas and titles before the name are not part of it.
        {"ko", "교황은 이날 전투 기념비를 찾았다.", "전투 기념비"},
        {"ko", "교황은 궁정동 주한교황청대사관으로 향했다.", "주한교황청대사관"},
        {"ko", "대통령은 한화가 인수한 필리조선소를 둘러본다.", "필리조선소"},
    };
    for (const auto& row : rows) {
        const auto venues =
            findVenueNames(row.text, row.lang, lexicon, lexicon.gazetteer.scan(row.text));
        ASSERT_FALSE(venues.empty()) << row.text;
        EXPECT_EQ(venues.back().name, row.venue) << row.text;
    }
}

}  // namespace
}  // namespace yeonpyo::extract
