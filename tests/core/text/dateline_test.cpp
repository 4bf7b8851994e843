// Datelines and date values: a table of Korean and English writings with negative rows.
#include <gtest/gtest.h>

#include <string>

#include "core/text/dateline.h"

namespace yeonpyo::text {
namespace {

struct DatelineCase {
    const char* text;
    const char* expected;  ///< "" when no dateline must be found.
};

TEST(Dateline, KoreanAndEnglishDatelinesTable) {
    const DatelineCase cases[] = {
        // Korean labels; Korean datelines are in Korean time.
        {"입력 2024.02.28 17:32", "2024-02-28T17:32+09:00"},
        {"기사입력 2024-02-28 17:32", "2024-02-28T17:32+09:00"},
        {"수정 2024.02.28. 오후 5:32", "2024-02-28T17:32+09:00"},
        {"입력 2024.02.28. 오전 9:05", "2024-02-28T09:05+09:00"},
        {"입력 2024.02.28. 오후 12:10", "2024-02-28T12:10+09:00"},
        {"입력 2024.02.28. 오전 12:10", "2024-02-28T00:10+09:00"},
        {"입력 : 2024-02-28 17:32:11", "2024-02-28T17:32+09:00"},
        {"등록일 2024/02/28 17:32", "2024-02-28T17:32+09:00"},
        {"입력시간 : 2024. 2. 28. 17:32", "2024-02-28T17:32+09:00"},
        {"입력 2024년 2월 28일 17시 32분", "2024-02-28T17:32+09:00"},
        {"입력 2024년 02월 28일 오후 5시", "2024-02-28T17:00+09:00"},
        {"입력 2024.02.28(수) 17:32", "2024-02-28T17:32+09:00"},
        {"입력 2024.02.28", "2024-02-28"},
        // First publication wins over an update, wherever they stand.
        {"수정 2024.02.28 20:14 입력 2024.02.28 17:32", "2024-02-28T17:32+09:00"},
        {"기사입력 2024.02.28. 오후 5:32 최종수정 2024.02.28. 오후 8:14", "2024-02-28T17:32+09:00"},
        {"최종수정 2024.02.28. 오후 8:14", "2024-02-28T20:14+09:00"},
        // A bare date-time on a line of its own near the top or the bottom.
        {"2024.02.28 17:32\n\n본문이 여기서 시작된다.", "2024-02-28T17:32+09:00"},
        {"본문 마지막 문장이다.\n\n2024.02.28 17:32 | 정다은 기자", "2024-02-28T17:32+09:00"},
        {"Feb 28, 2024 at 5:32 pm\n\nThe story begins here.", "2024-02-28T17:32"},
        {"February 28, 2024\n\nThe story begins here.", "2024-02-28"},
        // English labels; the offset only when a zone is named.
        {"Published Feb. 28, 2024", "2024-02-28"},
        {"Updated February 28, 2024 5:32 p.m. KST", "2024-02-28T17:32+09:00"},
        {"Published: 28 February 2024, 08:32 GMT", "2024-02-28T08:32+00:00"},
        {"Published on Wednesday, February 28, 2024", "2024-02-28"},
        {"Posted : Feb. 28, 2024 - 17:32", "2024-02-28T17:32"},
        {"Published Feb. 28, 2024 5:32 a.m. ET", "2024-02-28T05:32-05:00"},
        {"Published July 4, 2024 5:32 a.m. ET", "2024-07-04T05:32-04:00"},
        {"Updated Feb. 28, 2024 5:32 AM (KST)", "2024-02-28T05:32+09:00"},
        {"PUBLISHED 2024-02-28T17:32:00+09:00", "2024-02-28T17:32+09:00"},
        {"Published 2024-02-28 17:32 KST", "2024-02-28T17:32+09:00"},
        {"Published 2024-02-28 17:32", "2024-02-28T17:32"},
        {"Published Feb. 29, 2024", "2024-02-29"},
        // Negative rows: impossible dates, no year, no label in the middle of a line, lone times.
        {"입력 2024.02.30 17:32", ""},
        {"입력 2023.02.29", ""},
        {"입력 2024.13.01 17:32", ""},
        {"Published Feb. 28", ""},
        {"The company posted 2024 revenue of 3 billion won.", ""},
        {"그는 2024.02.28 17:32에 서울에 도착했다고 한 관계자가 전하며 일정이 바쁘다고 말했다. 그 "
         "뒤 "
         "다른 일정이 이어졌다는 설명도 덧붙이며 자세한 내용은 밝히지 않았다.",
         ""},
        {"SEOUL, Feb. 28 (Yonhap) -- The story begins.", ""},
        {"입력 17:32", ""},
        {"", ""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(findDateline(c.text), c.expected) << c.text;
    }
}

TEST(Dateline, InvalidClockTimeLeavesTheDate) {
    EXPECT_EQ(findDateline("입력 2024.02.28 25:61"), "2024-02-28");
    EXPECT_EQ(findDateline("Published Feb. 28, 2024 13:30 p.m."), "2024-02-28");
}

TEST(Dateline, OnlyNearTheTopOrTheBottom) {
    const std::string filler(4000, 'x');
    EXPECT_EQ(findDateline("입력 2024.02.28 17:32\n" + filler + "\n" + filler),
              "2024-02-28T17:32+09:00");
    EXPECT_EQ(findDateline(filler + "\n" + filler + "\n입력 2024.02.28 17:32"),
              "2024-02-28T17:32+09:00");
    EXPECT_EQ(findDateline(filler + "\n입력 2024.02.28 17:32\n" + filler), "");
}

TEST(Dateline, UnlabelledDateNeedsAShortLineOfItsOwn) {
    EXPECT_EQ(findDateline("Meta CEO Mark Zuckerberg arrives in Seoul on Feb. 28, 2024. (Photo)"),
              "");
    EXPECT_EQ(findDateline("February 28, 2024, was a busy day for the visitors from California."),
              "");
}

TEST(NormalizeDateTime, MetadataValuesTable) {
    const DatelineCase cases[] = {
        {"2024-02-28T17:32:00+09:00", "2024-02-28T17:32+09:00"},
        {"2024-02-28T08:32:00Z", "2024-02-28T08:32+00:00"},
        {"2024-02-28T17:32:00.000+0900", "2024-02-28T17:32+09:00"},
        {"2024-02-28T17:32", "2024-02-28T17:32"},
        {"2024-02-28", "2024-02-28"},
        {"  2024-02-28 ", "2024-02-28"},
        {"2024.02.28 17:32", "2024-02-28T17:32+09:00"},
        {"Wed, 28 Feb 2024 08:32:00 GMT", "2024-02-28T08:32+00:00"},
        {"Wed, 28 Feb 2024 17:32:00 +0900", "2024-02-28T17:32+09:00"},
        {"February 28, 2024 5:32 p.m. KST", "2024-02-28T17:32+09:00"},
        {"2024-02-28T17:32:00-05:00", "2024-02-28T17:32-05:00"},
        {"2024-02-28T17:32:00+05:30", "2024-02-28T17:32+05:30"},
        {"not a date", ""},
        {"2024-02", ""},
        {"28/02/2024", ""},
        {"", ""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(normalizeDateTime(c.text), c.expected) << c.text;
    }
}

}  // namespace
}  // namespace yeonpyo::text
