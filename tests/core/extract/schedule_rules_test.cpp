// Table-driven tests of the constructions real itineraries are written in: activity nouns with
// light verbs, schedules written as lists, venues outside the gazetteer, titles before single
// names, times kept to their clause and background that is no stop; the day the story is at, steps
// chained in one sentence and dated stops listed before one word.
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
    /// Per event in timeline order: "kind day part place (precision) [people, sorted]".
    std::vector<std::string> events;
};

std::string describe(const Event& event) {
    std::vector<std::string> names;
    for (const auto& person : event.participants)
        names.push_back(person.name);
    std::sort(names.begin(), names.end());
    std::string text = std::string(toString(event.kind)) + " " + event.time.start.substr(0, 10) +
                       " " + (event.time.timeOfDay.empty() ? "-" : event.time.timeOfDay) + " " +
                       (event.place.name.empty() ? "-" : event.place.name) + " (" +
                       std::string(toString(event.place.precision)) + ") [";
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i ? ", " : "") + names[i];
    return text + "]";
}

void expectRows(const std::vector<Row>& rows) {
    for (const auto& row : rows) {
        Article article;
        article.id = 1;
        article.lang = row.lang;
        article.text = row.text;
        temporal::Reference reference;
        reference.date = row.reference;
        std::vector<std::string> found;
        for (const auto& event : extract(article, reference, lexicon::builtinLexicon()))
            found.push_back(describe(event));
        EXPECT_EQ(found, row.events) << row.text;
    }
}

TEST(ScheduleRules, ALightVerbMakesAnActivityNounAnEvent) {
    expectRows({
        {"ko",
         {2025, 3, 3},
         "김민수 장관은 4일 오후 부산에서 청년 창업가들과 대담을 진행한다.",
         {"meeting 2025-03-04 afternoon 부산 (city) [김민수]"}},
        {"ko",
         {2025, 3, 3},
         "5일 오전 울산에서는 수소 산업 행사가 열린다.",
         {"other 2025-03-05 morning 울산 (city) []"}},
        // Without a light verb, a weak noun needs a second anchor: none here.
        {"ko", {2025, 3, 3}, "5일 행사가 열린다.", {"other 2025-03-05 - - () []"}},
        {"ko", {2025, 3, 3}, "5일 행사 준비가 한창이다.", {}},
        {"en",
         {2025, 3, 3},
         "The minister will attend a reception in Busan on Tuesday.",
         {"other 2025-03-04 - Busan (city) []"}},
        {"en", {2025, 3, 3}, "A reception in Busan was praised on Tuesday.", {}},
    });
}

TEST(ScheduleRules, ASchedulWrittenAsAListGivesOneEventPerItem) {
    expectRows({
        {"ko",
         {2025, 3, 3},
         "장관 일정\n\n김민수 장관은 4일 지역 순회에 나선다.\n\n▲오전 울산 현대중공업 조선소 방문 "
         "▲오후 부산 시청에서 간담회",
         {"visit 2025-03-04 morning 현대중공업 조선소 (city) []",
          "meeting 2025-03-04 afternoon 부산 시청 (city) []"}},
        {"en",
         {2025, 5, 1},
         "Tour dates\n\nThe band announced its stadium dates.\n\nMay 12 – Wembley Stadium – "
         "London\nMay 15 – Etihad Stadium – Manchester",
         {"visit 2025-05-12 - Wembley Stadium (city) []",
          "visit 2025-05-15 - Etihad Stadium (city) []"}},
        // A date alone on its line heads the day of a programme.
        {"en",
         {2025, 9, 1},
         "Mission itinerary\n\nThe delegation leaves next week.\n\nMonday, September "
         "15\nDelegates will attend a welcome dinner in Hangzhou.",
         {"meal 2025-09-15 evening Hangzhou (city) []"}},
        // A byline with a date is no schedule item.
        {"en", {2025, 5, 1}, "Tour dates\n\nBy Jane Roe, May 1, 2025\n\nThe band rested.", {}},
    });
}

TEST(ScheduleRules, AVenueOutsideTheGazetteerIsKeptAtTheKnownPlaceAroundIt) {
    expectRows({
        {"ko",
         {2025, 3, 3},
         "교황은 4일 오전 대전월드컵경기장에서 미사를 집전한다.",
         {"other 2025-03-04 morning 대전월드컵경기장 (city) []"}},
        {"en",
         {2025, 3, 3},
         "The president met business leaders at the Elysee Palace in Paris on Tuesday.",
         {"meeting 2025-02-25 - Elysee Palace (city) []"}},
        // A known venue is kept as the gazetteer has it.
        {"ko",
         {2024, 2, 28},
         "저커버그 CEO는 28일 LG트윈타워에서 오찬을 했다.",
         {"meal 2024-02-28 noon LG트윈타워 (venue) [마크 저커버그]"}},
    });
}

TEST(ScheduleRules, TitlesBeforeSingleNamesAndSpousesNamePeople) {
    expectRows({
        {"en",
         {2025, 3, 3},
         "Pope Francis will celebrate Mass at Daejeon Baseball Stadium in Daejeon on Tuesday.",
         {"other 2025-03-04 - Daejeon Baseball Stadium (city) [Francis]"}},
        {"en",
         {2025, 3, 3},
         "President Emil Varga and his wife Ilona will attend a dinner in Seoul on Tuesday.",
         {"meal 2025-03-04 evening Seoul (city) [Emil Varga, Ilona Varga]"}},
        {"ko",
         {2025, 3, 3},
         "바르가 헝가리 대통령은 4일 서울에서 오찬을 한다.",
         {"meal 2025-03-04 noon 서울 (city) [바르가]"}},
    });
}

TEST(ScheduleRules, TimesStayInTheirClauseAndBackgroundIsNoStop) {
    expectRows({
        // The church service belongs to the weekend, not to Monday's trip.
        {"en",
         {2024, 10, 19},
         "After a church service in Sydney, the couple will travel to Canberra on Monday.",
         {"visit 2024-10-21 - Canberra (city) []"}},
        // An invitation "in January" is background, not a stop on the day the story is at.
        {"en",
         {2025, 6, 10},
         "The minister arrived in Seoul on Tuesday. She was invited to Seoul in January.",
         {"arrival 2025-06-10 - Seoul (city) []"}},
        // A clock time stays with its own clause.
        {"ko",
         {2025, 3, 5},
         "김민수 장관은 4일 오전 11시 울산에 도착했다. 이어 울산시청에서 간담회를 가졌다.",
         {"arrival 2025-03-04 morning 울산 (city) [김민수]",
          "meeting 2025-03-04 - 울산시청 (venue) []"}},
    });
}

TEST(ScheduleRules, AStoryWithoutADateIsOnItsPublicationDay) {
    expectRows({
        {"en",
         {2025, 4, 22},
         "President Emil Varga landed at Halden Airbase, where he was welcomed by the foreign "
         "minister.",
         {"arrival 2025-04-22 - Halden Airbase () [Emil Varga]"}},
    });
}

TEST(ScheduleRules, LaterStepsOfASentenceTakeItsDayAndSubject) {
    expectRows({
        // The talks, then the speech: the second step has no date or place of its own.
        {"ko",
         {2025, 3, 3},
         "김민수 장관은 4일 오후 울산시청에서 시장과 면담한 뒤 공무원들을 대상으로 연설한다.",
         {"meeting 2025-03-04 afternoon 울산시청 (venue) [김민수]",
          "speech 2025-03-04 afternoon 울산시청 (venue) [김민수]"}},
        // Another happening of the same people is told with a word of another kind.
        {"en",
         {2025, 4, 22},
         "On Tuesday, President Emil Varga will be greeted by Prime Minister Anna Holm in Oslo. "
         "Prime Minister Holm will also host a luncheon for President Varga.",
         {"meeting 2025-04-22 - Oslo (city) [Anna Holm, Emil Varga]",
          "meal 2025-04-22 noon - () [Anna Holm, Emil Varga]"}},
    });
}

TEST(ScheduleRules, ARunOfTriggerWordsIsNamedByItsStrongestWord) {
    expectRows({
        // "만나 연설한다": a speech, not a meeting.
        {"ko",
         {2025, 3, 3},
         "교황은 4일 대전에서 청년들을 만나 연설한다.",
         {"speech 2025-03-04 - 대전 (city) []"}},
        {"ko",
         {2025, 3, 3},
         "김민수 의원은 4일 부산에서 마지막 유세를 한다.",
         {"speech 2025-03-04 - 부산 (city) [김민수]"}},
    });
}

TEST(ScheduleRules, WhatATripIsForIsNoStepOfIt) {
    expectRows({
        // The talks are what the trip is for; the text dates them where it tells them.
        {"ko",
         {2025, 3, 3},
         "김민수 장관은 정상회담을 갖기 위해 4일 미국으로 출국한다.",
         {"departure 2025-03-04 - 미국 (country) [김민수]"}},
    });
}

TEST(ScheduleRules, DatedStopsListedBeforeOneWordAreOneEventEach) {
    expectRows({
        // A day without a place of its own ("21일·") goes with the next place.
        {"ko",
         {2025, 3, 3},
         "밴드는 13∼14일 도쿄, 21일·23일 오사카, 내년 1월 12일 나고야에서 콘서트를 연다.",
         {"other 2025-03-13 - 도쿄 (city) []", "other 2025-03-21 - 오사카 (city) []",
          "other 2026-01-12 - 나고야 (city) []"}},
        {"ko",
         {2025, 3, 3},
         "대표팀은 20일 대구에서 칠레, 27일 인천에서 중국과 각각 평가전을 치른다.",
         {"other 2025-03-20 - 대구 (city) []", "other 2025-03-27 - 인천 (city) []"}},
        // A bare day after a date of another month in the sentence goes on in that month.
        {"ko",
         {2025, 11, 16},
         "밴드는 내년 2월 16일 뉴욕, 18일 보스턴에서 공연을 연다.",
         {"other 2026-02-16 - 뉴욕 (city) []", "other 2026-02-18 - 보스턴 (city) []"}},
        // A last day with no place of its own is a stop of its own.
        {"ko",
         {2025, 3, 3},
         "대표팀은 5월 28일 칠레, 6월 1일 우승후보와 평가전을 치른다.",
         {"other 2025-05-28 - 칠레 (country) []", "other 2025-06-01 - - () []"}},
        // A range is one day span, not a list.
        {"ko",
         {2025, 3, 3},
         "밴드는 13∼14일 도쿄에서 콘서트를 연다.",
         {"other 2025-03-13 - 도쿄 (city) []"}},
    });
}

TEST(ScheduleRules, PlacesAndPeopleReadInTheArticlesContext) {
    expectRows({
        // A country that encloses the city the story is at names the trip, not the place.
        {"ko",
         {2017, 6, 30},
         "문재인 대통령은 28일 워싱턴에 도착했다.\n\n문 대통령은 29일 미국 의회 지도자들과 "
         "간담회를 가졌다.",
         {"arrival 2017-06-28 - 워싱턴 (city) [문재인]",
          "meeting 2017-06-29 - 워싱턴 (city) [문재인]"}},
        // Two people joined by 과 are the subject of the steps that follow together.
        {"ko",
         {2025, 3, 3},
         "김민수 장관과 박영호 시장은 4일 부산시청으로 이동해 단독 회담, 확대 회담 순으로 "
         "회담을 진행한다.",
         {"meeting 2025-03-04 - 부산시청 (venue) [김민수, 박영호]"}},
        // A surname and title with no one named before: the holder on the article's date.
        {"en",
         {2017, 6, 29},
         "President Moon landed in Washington on Wednesday.",
         {"arrival 2017-06-28 - Washington D.C. (city) [Moon Jae-in]"}},
        // A town of the long list where the text reads as a place.
        {"en",
         {2016, 8, 1},
         "Senator Marian Whitcombe will visit Greensboro on Friday.",
         {"visit 2016-08-05 - Greensboro (city) [Marian Whitcombe]"}},
    });
}

}  // namespace
}  // namespace yeonpyo::extract
