// Candidate dates of an undated article: each kind of evidence, its ranking, and texts that offer
// nothing.
#include <gtest/gtest.h>

#include "core/pipeline/date_candidates.h"

namespace yeonpyo::pipeline {
namespace {

Article article(std::string text, std::string lang = "ko", std::int64_t id = 1) {
    Article a;
    a.id = id;
    a.lang = std::move(lang);
    a.text = std::move(text);
    return a;
}

constexpr temporal::CivilDate kToday{2024, 3, 10};

struct Row {
    const char* name;
    std::string text;
    std::string lang;
    std::vector<std::string> expected;  ///< candidateText of the first candidates, in order.
    CandidateBasis basis;
};

TEST(DateCandidates, OffersWhatTheTextSupportsBestFirst) {
    const Row rows[] = {
        {"a full date written",
         "회담은 2024년 2월 28일 열렸다. 28일 오찬이 이어졌다.",
         "ko",
         {"2024-02-28"},
         CandidateBasis::WrittenDate},
        {"the date written most often first",
         "2023년 5월 1일 발표에 이어 2024년 2월 28일 회동. 2024년 2월 28일 오찬.",
         "ko",
         {"2024-02-28", "2023-05-01"},
         CandidateBasis::WrittenDate},
        // The 28th is a Wednesday in February and August 2024; nearest to 10 March 2024 first.
        {"a Korean weekday beside a day",
         "저커버그는 28일(수) LG트윈타워에서 오찬을 했다.",
         "ko",
         {"2024-02-28", "2024-08-28", "2023-06-28"},
         CandidateBasis::Weekday},
        {"a month, day and weekday",
         "2월 28일(수) 오찬",
         "ko",
         {"2024-02-28", "2029-02-28", "2018-02-28"},
         CandidateBasis::Weekday},
        {"an English weekday and date",
         "He arrived on Wednesday, Feb. 28 for talks.",
         "en",
         {"2024-02-28", "2029-02-28", "2018-02-28"},
         CandidateBasis::Weekday},
        {"next year beside an explicit year",
         "XR 기기는 내년 상용화된다. 조 CEO는 \"2025년은 돼야 결과물이 나온다\"고 말했다.",
         "ko",
         {"2024-?\?-?\?"},
         CandidateBasis::RelativeYear},
        {"last year in English",
         "Sales fell last year, to the lowest since 2019.",
         "en",
         {"2020-?\?-?\?"},
         CandidateBasis::RelativeYear},
    };
    for (const Row& row : rows) {
        const auto found = dateCandidates(article(row.text, row.lang), {}, kToday);
        ASSERT_GE(found.size(), row.expected.size()) << row.name;
        for (std::size_t i = 0; i < row.expected.size(); ++i)
            EXPECT_EQ(candidateText(found[i]), row.expected[i]) << row.name << " #" << i;
        EXPECT_EQ(found.front().basis, row.basis) << row.name;
        EXPECT_FALSE(candidateReason(found.front()).empty()) << row.name;
    }
}

TEST(DateCandidates, OffersNothingWithoutEvidence) {
    const Row rows[] = {
        {"only a day", "저커버그는 28일 오찬을 했다.", "ko", {}, CandidateBasis::WrittenDate},
        {"a weekday that fits no 28th nearby",
         "28일(수요일 아님) 오찬",
         "ko",
         {},
         CandidateBasis::WrittenDate},
        {"next year without an explicit year",
         "내년 상용화 예정",
         "ko",
         {},
         CandidateBasis::WrittenDate},
        {"a year without a relative year",
         "2025년께 결과물",
         "ko",
         {},
         CandidateBasis::WrittenDate},
        {"an impossible day for the weekday",
         "31일(월) 2월 30일(화)",
         "ko",
         {},
         CandidateBasis::WrittenDate},
    };
    for (const Row& row : rows) {
        const auto found = dateCandidates(article(row.text, row.lang), {}, kToday);
        std::string listed;
        for (const auto& candidate : found)
            listed += candidateText(candidate) + " ";
        if (std::string(row.name) == "an impossible day for the weekday") {
            // 31일(월) fits months with a 31st on a Monday; "2월 30일" fits nothing.
            for (const auto& candidate : found)
                EXPECT_EQ(candidate.day, 31) << listed;
            continue;
        }
        EXPECT_TRUE(found.empty()) << row.name << ": " << listed;
    }
}

TEST(DateCandidates, OtherArticlesDatesComeLastAndAnchorTheWeekdays) {
    Article other = article("", "ko", 2);
    other.title = "LG 경영진과 오찬";
    other.published = "2018-03-01T09:00+09:00";
    Article self = article("28일(수) 오찬", "ko", 1);
    self.published = "";
    const auto found = dateCandidates(self, {self, other}, kToday);
    ASSERT_GE(found.size(), 2u);
    EXPECT_EQ(candidateText(found.front()), "2018-02-28") << "the Wednesday nearest the other";
    EXPECT_EQ(candidateText(found.back()), "2018-03-01");
    EXPECT_EQ(found.back().basis, CandidateBasis::OtherArticle);
    EXPECT_EQ(found.back().evidence, "LG 경영진과 오찬");
}

}  // namespace
}  // namespace yeonpyo::pipeline
