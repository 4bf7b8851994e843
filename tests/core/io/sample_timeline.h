// A small stored timeline for exporter tests: the lunch and dinner of the first story (the lunch's
// sources disagree on its part of day), a planned courtesy call with a date only, an undated
// event, and one whose text (a conflict's too) is hostile to every format.
#pragma once

#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"

namespace yeonpyo::io::testing {

inline constexpr const char* kHostileTitle =
    "<script>alert(\"x\")</script>, \"quoted\"; a\\b\nsecond line";

inline std::vector<Article> sampleArticles() {
    Article korean;
    korean.id = 1;
    korean.title = "저커버그, 서울서 LG·삼성 총수 잇달아 만나";
    korean.source = "연표일보";
    korean.url = "https://example.org/news/1";
    korean.published = "2024-02-28T17:32+09:00";
    korean.lang = "ko";
    Article english;
    english.id = 2;
    english.title = "Zuckerberg meets LG and Samsung leaders in Seoul";
    english.source = "Yeonpyo Times";
    english.published = "2024-02-28";
    english.lang = "en";
    return {korean, english};
}

inline std::vector<Event> sampleEvents() {
    Event lunch;
    lunch.id = 2;
    lunch.sequence = 1;
    lunch.kind = EventKind::Meal;
    lunch.title = "LG 경영진과 오찬";
    lunch.time = {"2024-02-28T12:00",
                  "2024-02-28T13:30",
                  "noon",
                  "Asia/Seoul",
                  "28일 → 2024-02-28 (기사 날짜)",
                  1709089200,
                  1709094600};
    lunch.place = {"LG트윈타워", "서울 영등포구",       37.528,
                   126.934,      PlacePrecision::Venue, "kr-seoul-lg-twin-towers"};
    lunch.participants = {{"조주완", "CEO", "LG전자"}, {"권봉석", "COO", "(주)LG"}};
    lunch.quotes = {{1, 12, 40, "LG트윈타워에서 조주완 사장과 점심을 함께했다.", ""},
                    {2, 5, 30, "He had lunch with LG's CEO.", "Cho Joo-wan"}};
    lunch.conflicts = {{"time_of_day", "noon", "afternoon", 2}};

    Event dinner;
    dinner.id = 3;
    dinner.sequence = 2;
    dinner.kind = EventKind::Meal;
    dinner.status = EventStatus::Reported;
    dinner.title = "이재용 회장과 만찬";
    dinner.time = {"2024-02-28T19:00", "",         "evening", "Asia/Seoul",
                   "이날 저녁",        1709114400, 1709128800};
    dinner.place = {"승지원", "서울 용산구", 37.538, 126.998, PlacePrecision::Venue, ""};
    dinner.participants = {{"이재용", "회장", "삼성전자"}};
    dinner.after = {2};

    Event call;
    call.id = 5;
    call.sequence = 3;
    call.kind = EventKind::Visit;
    call.status = EventStatus::Planned;
    call.title = "윤석열 대통령 예방";
    call.time = {"2024-02-29", "", "", "Asia/Seoul", "29일", 1709132400, 1709218800};
    call.place = {"서울", "", 37.5665, 126.978, PlacePrecision::City, ""};
    call.after = {2, 3};

    Event undated;
    undated.id = 7;
    undated.sequence = 4;
    undated.kind = EventKind::Departure;
    undated.status = EventStatus::Planned;
    undated.title = "인도로 출국";
    undated.time = {"XXXX-XX-29",           "",           "",          "Asia/Seoul",
                    "29일 (month unknown)", std::nullopt, std::nullopt};

    Event hostile;
    hostile.id = 9;
    hostile.sequence = 5;
    hostile.kind = EventKind::Other;
    hostile.title = kHostileTitle;
    hostile.time = {"2024-03", "", "", "Asia/Seoul", "=SUM(A1)", 1709218800, 1711897200};
    hostile.place = {"Café <b>&</b>, \"Seoul\"; 1",
                     "=HYPERLINK(\"x\")",
                     std::nullopt,
                     std::nullopt,
                     PlacePrecision::Unknown,
                     ""};
    hostile.participants = {{"O'Brien, Jr.", "\"CEO\"", "A;B\\C"}};
    hostile.editedByUser = true;
    hostile.conflicts = {{"place", hostile.place.name, "<script>x</script> & \"=Busan\"", 0}};
    return {lunch, dinner, call, undated, hostile};
}

}  // namespace yeonpyo::io::testing
