// A small fully populated timeline (every field set) for round-trip tests of the document.
#pragma once

#include <string>
#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"

namespace yeonpyo::store::testing {

/// Code points in UTF-8 text (what quote offsets count).
inline int codePoints(const std::string& text) {
    int count = 0;
    for (unsigned char byte : text)
        count += (byte & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

inline const std::string kLunchPrefix = "메타의 마크 저커버그 CEO가 28일 서울을 찾았다. ";
inline const std::string kLunchSentence = "그는 LG트윈타워에서 조주완 사장과 점심을 함께했다.";
inline const std::string kDinnerSentence = " 저녁에는 승지원에서 이재용 회장을 만났다.";

inline Article sampleArticle() {
    Article article;
    article.title = "저커버그, 서울에서 LG·삼성 총수 잇달아 만나";
    article.source = "연표 테스트 신문";
    article.url = "https://example.org/news/1";
    article.published = "2024-02-28T17:32+09:00";
    article.lang = "ko";
    article.text = kLunchPrefix + kLunchSentence + kDinnerSentence;
    return article;
}

/// Two events with provisional ids 10 and 20 (20 follows 10); quotes cite `articleId`.
/// The lunch quote has no text (the document derives it), the dinner quote carries its own.
inline std::vector<Event> sampleEvents(std::int64_t articleId) {
    Event lunch;
    lunch.id = 10;
    lunch.sequence = 1;
    lunch.kind = EventKind::Meal;
    lunch.status = EventStatus::Happened;
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
    const int lunchStart = codePoints(kLunchPrefix);
    lunch.quotes = {{articleId, lunchStart, lunchStart + codePoints(kLunchSentence), "", ""}};

    Event dinner;
    dinner.id = 20;
    dinner.sequence = 2;
    dinner.kind = EventKind::Meal;
    dinner.status = EventStatus::Reported;
    dinner.title = "이재용 회장과 만찬 \"AI 반도체\"; 논의";
    dinner.time = {"2024-02-28", "", "evening", "Asia/Seoul", "이날 저녁", 1709046000, 1709132400};
    dinner.place = {"승지원", "서울 용산구", 37.538, 126.998, PlacePrecision::Venue, "user:1"};
    dinner.participants = {{"이재용", "회장", "삼성전자"}};
    const int dinnerStart = lunchStart + codePoints(kLunchSentence) + 1;
    dinner.quotes = {{articleId, dinnerStart, dinnerStart + codePoints(kDinnerSentence) - 1,
                      "저녁에는 승지원에서 이재용 회장을 만났다.", "기자"}};
    dinner.after = {10};
    return {lunch, dinner};
}

}  // namespace yeonpyo::store::testing
