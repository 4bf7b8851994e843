// Table-driven tests of extraction rules on short articles: trips measured in days, order-cue
// anchors, groups of people, summaries of a day, and what English prepositions tie together.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/extract/extractor.h"

namespace yeonpyo::extract {
namespace {

struct Row {
    std::string lang;
    temporal::CivilDate reference;
    std::string text;
    /// Per event in timeline order: "kind day part place [people, sorted] after-ids".
    std::vector<std::string> events;
};

std::string describe(const Event& event) {
    std::vector<std::string> names;
    for (const auto& person : event.participants)
        names.push_back(person.name);
    std::sort(names.begin(), names.end());
    std::string text = std::string(toString(event.kind)) + " " + event.time.start.substr(0, 10) +
                       " " + (event.time.timeOfDay.empty() ? "-" : event.time.timeOfDay) + " " +
                       (event.place.name.empty() ? "-" : event.place.name) + " [";
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i ? ", " : "") + names[i];
    text += "]";
    for (const auto previous : event.after)
        text += " after " + std::to_string(previous);
    return text;
}

std::vector<std::string> extracted(const Row& row) {
    Article article;
    article.id = 1;
    article.lang = row.lang;
    article.text = row.text;
    temporal::Reference reference;
    reference.date = row.reference;
    std::vector<std::string> result;
    for (const auto& event : extract(article, reference, lexicon::builtinLexicon()))
        result.push_back(describe(event));
    return result;
}

void expectRows(const std::vector<Row>& rows) {
    for (const auto& row : rows)
        EXPECT_EQ(extracted(row), row.events) << row.text;
}

TEST(ExtractRules, ATripMeasuredInDaysOrYearsIsNoStop) {
    expectRows({
        {"ko",
         {2024, 5, 14},
         "알바레스 대통령은 전날 저녁 서울공항을 통해 입국해 3박 4일 일정의 국빈 방문을 시작했다.",
         {"arrival 2024-05-13 evening 서울공항 [알바레스]"}},
        {"en",
         {2024, 5, 14},
         "Alvarez arrived at Seoul Air Base on Monday evening for a four-day state visit.",
         {"arrival 2024-05-13 evening Seoul Air Base []"}},
        {"ko", {2024, 2, 28}, "저커버그 CEO는 10년 만에 방한했다.", {}},
    });
}

TEST(ExtractRules, WhatAnOrderCueCountsFromLendsItsDayPartOfDayAndPlace) {
    expectRows({
        {"ko",
         {2024, 7, 29},
         "선수단은 29일 오전 서울월드컵경기장에서 공개 훈련을 진행했다. 마크 벤슨 감독은 훈련을 "
         "마친 뒤 기자회견을 열었다.",
         {"other 2024-07-29 morning 서울월드컵경기장 []",
          "announcement 2024-07-29 morning 서울월드컵경기장 [마크 벤슨] after 1"}},
        {"en",
         {2024, 5, 14},
         "Alvarez held talks with President Yoon Suk-yeol at the presidential office on Tuesday. "
         "He arrived at Seoul Air Base on Monday evening. After the summit, Alvarez attended a "
         "luncheon at the Lotte Hotel in Seoul.",
         {"arrival 2024-05-13 evening Seoul Air Base []",
          "meeting 2024-05-14 morning Presidential Office [Yoon Suk-yeol]",
          "meal 2024-05-14 noon Lotte Hotel Seoul [] after 2"}},
    });
}

TEST(ExtractRules, AGroupTakesThePeopleOfTheLastEventWithThatMany) {
    expectRows({
        {"ko",
         {2024, 11, 20},
         "윤석열 대통령과 천위밍 중국 총리, 사토 겐지 일본 총리가 20일 오전 벡스코에서 "
         "정상회의를 열었다. 이어 세 정상은 저녁 누리마루 APEC하우스에서 만찬을 했다.",
         {"meeting 2024-11-20 morning 벡스코 [사토 겐지, 윤석열, 천위밍]",
          "meal 2024-11-20 evening 누리마루 APEC하우스 [사토 겐지, 윤석열, 천위밍] after 1"}},
    });
}

TEST(ExtractRules, ASummaryOfTheDayIsDroppedForItsPreciseEvent) {
    expectRows({
        {"ko",
         {2024, 11, 20},
         "정상들이 오늘 부산에서 만나 협력을 논의했다. 윤석열 대통령과 사토 겐지 일본 총리는 "
         "20일 오전 벡스코에서 회담했다.",
         {"meeting 2024-11-20 morning 벡스코 [사토 겐지, 윤석열]"}},
    });
}

}  // namespace
}  // namespace yeonpyo::extract
