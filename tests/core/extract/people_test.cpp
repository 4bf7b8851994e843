// Table-driven tests of person recognition in Korean and English word orders, references and
// negatives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/extract/people_p.h"

namespace yeonpyo::extract {
namespace {

struct Row {
    std::string lang;
    std::string text;
    std::vector<std::string> people;  ///< "name/title/org" per person found, in order.
};

std::vector<std::string> found(const Row& row) {
    const auto people = findPeople(row.text, row.lang, lexicon::builtinLexicon(), {});
    std::vector<std::string> result;
    for (const auto& person : people.people) {
        result.push_back(person.name + "/" + person.title + "/" + person.org);
    }
    return result;
}

TEST(FindPeople, ReadsKoreanNameOrganisationTitleInAnyOrder) {
    const std::vector<Row> rows{
        {"ko", "이재용 삼성전자 회장이 방문했다.", {"이재용/회장/삼성전자"}},
        {"ko", "삼성전자 이재용 회장과 만났다.", {"이재용/회장/삼성전자"}},
        {"ko", "조주완 LG전자 최고경영자(CEO)는 말했다.", {"조주완/CEO/LG전자"}},
        {"ko", "권봉석 ㈜LG 최고운영책임자(COO) 등과", {"권봉석/COO/㈜LG"}},
        {"ko", "한편 박민수 현대차 사장은 밝혔다.", {"박민수/사장/현대자동차"}},
        {"ko", "존 스미스 애플 부사장은 웃었다.", {"존 스미스/부사장/애플"}},
        {"ko", "김철수 의원은 말했다. 김 의원은 이어 답했다.", {"김철수/의원/"}},
        {"ko", "국내 XR 스타트업 대표들과 만났다.", {}},
        {"ko", "시장의 요구를 반영해 정부 관계자는 설명했다.", {}},
        {"ko", "가브리엘 모로 프랑스 외교장관이 입국했다.", {"가브리엘 모로/외교부 장관/"}},
        {"ko", "다카하시 료 후쿠오카시장과 회담했다.", {"다카하시 료/시장/"}},
        {"ko",
         "문재인 대통령과 트럼프 미 대통령이 만났다.",
         {"문재인/대통령/", "도널드 트럼프/대통령/"}},
        {"ko", "서울로 출장 간 장관이 말했다.", {}},
    };
    for (const auto& row : rows)
        EXPECT_EQ(found(row), row.people) << row.text;
}

TEST(FindPeople, ReadsEnglishTitlesBeforeNames) {
    const std::vector<Row> rows{
        {"en",
         "Samsung Electronics Chairman Lee Jae-yong met him.",
         {"Lee Jae-yong/Chairman/Samsung Electronics"}},
        {"en",
         "LG Corp. Chief Operating Officer Kwon Bong-seok joined.",
         {"Kwon Bong-seok/COO/LG Corp."}},
        {"en",
         "Hyundai Motor President Park Min-soo said so. Park smiled.",
         {"Park Min-soo/President/Hyundai Motor"}},
        {"en", "The chief executive said the president agreed.", {}},
    };
    for (const auto& row : rows)
        EXPECT_EQ(found(row), row.people) << row.text;
}

TEST(FindPeople, ResolvesLaterReferencesAndChoosesTheSubject) {
    const std::string text =
        "마크 저커버그 메타 CEO가 왔다. 이재용 삼성전자 회장이 맞았다. 저커버그 CEO는 웃었다. "
        "이 회장은 말했다. 저커버그는 떠났다.";
    const auto people = findPeople(text, "ko", lexicon::builtinLexicon(), {});
    ASSERT_EQ(people.people.size(), 2u);
    EXPECT_EQ(people.people[0].name, "마크 저커버그");
    EXPECT_EQ(people.people[0].mentions, 3);
    EXPECT_EQ(people.people[1].mentions, 2);
    EXPECT_EQ(people.subject, 0);
    EXPECT_TRUE(people.mentions.front().topic);
}

TEST(FindPeople, IgnoresTitlesInsideQuotations) {
    const std::string text = "그는 “지금은 시장이 원하는 것을 찾는 단계”라고 말했다.";
    const auto quoteBegin = text.find("지금은");
    const auto quoteEnd = text.find("”");
    EXPECT_TRUE(
        findPeople(text, "ko", lexicon::builtinLexicon(), {{quoteBegin, quoteEnd}}).people.empty());
}

TEST(FindPeople, JoinsHangulAndLatinNamesThroughThePeopleLexicon) {
    const auto korean = findPeople("이재용 회장이 왔다.", "ko", lexicon::builtinLexicon(), {});
    const auto english = findPeople("Lee Jae-yong came.", "en", lexicon::builtinLexicon(), {});
    ASSERT_EQ(korean.people.size(), 1u);
    ASSERT_EQ(english.people.size(), 1u);
    EXPECT_EQ(korean.people[0].orgKey, english.people[0].orgKey);
    EXPECT_EQ(english.people[0].title, "Chairman");
}

TEST(FindPeople, GivesAOneWordNameTheFullNameTheArticleWrites) {
    const std::vector<Row> rows{
        // The full name later, or earlier without a title; "of State" belongs to the title.
        {"en",
         "Senator Whitcombe arrived on Monday. Crowds cheered Marian Whitcombe in the square.",
         {"Marian Whitcombe/lawmaker/"}},
        {"en",
         "Secretary of State Harriet Lane Okafor will travel to Lima. Secretary Okafor meets the "
         "minister on Friday.",
         {"Harriet Lane Okafor/Secretary of State/"}},
        {"en",
         "Senator Whitcombe arrived on Monday. He was greeted by PM Marian Whitcombe.",
         {"Marian Whitcombe/lawmaker/"}},
        // A bare name with no full form stays as it is.
        {"en", "Senator Whitcombe arrived on Monday.", {"Whitcombe/lawmaker/"}},
    };
    for (const auto& row : rows)
        EXPECT_EQ(found(row), row.people) << row.text;
}

TEST(FindPeople, ReadsCandidates) {
    const std::vector<Row> rows{
        {"ko", "정의당 박수진 후보는 유세를 했다.", {"박수진/후보/"}},
        {"ko", "박수진 후보와 이영호 후보가 만났다.", {"박수진/후보/", "이영호/후보/"}},
    };
    for (const auto& row : rows)
        EXPECT_EQ(found(row), row.people) << row.text;
}

TEST(FindPeople, ASurnameAndTitleNameTheLexiconsHolderOnTheArticlesDate) {
    struct Dated {
        std::string lang;
        std::string text;
        std::string date;
        std::string name;  ///< empty: nobody
    };
    const std::vector<Dated> rows{
        {"ko", "이 대통령은 서울공항에서 출국했다.", "2025-08-23", "이재명"},
        {"ko", "이 대통령은 베이징에 도착했다.", "2012-01-09", "이명박"},
        {"ko", "김 여사는 꽃다발을 받았다.", "2018-05-21", "김정숙"},
        {"en", "President Moon landed in Washington.", "2017-06-29", "Moon Jae-in"},
        {"en", "President Trump visited Seoul.", "2019-06-30", "Donald Trump"},
        // Out of office on that date, or no date: no guess.
        {"ko", "문 대통령은 연설했다.", "2024-03-01", ""},
        {"ko", "이 대통령은 연설했다.", "", ""},
    };
    for (const auto& row : rows) {
        const auto people =
            findPeople(row.text, row.lang, lexicon::builtinLexicon(), {}, {}, {}, row.date);
        if (row.name.empty()) {
            EXPECT_TRUE(people.mentions.empty()) << row.text << " " << row.date;
            continue;
        }
        ASSERT_EQ(people.mentions.size(), 1u) << row.text << " " << row.date;
        EXPECT_EQ(people.people[static_cast<std::size_t>(people.mentions[0].person)].name, row.name)
            << row.text << " " << row.date;
    }
}

}  // namespace
}  // namespace yeonpyo::extract
