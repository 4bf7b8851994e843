// Derivations read out in Korean: table rows of English derivations and their Korean wording, and
// every derivation the case table produces leaves no English phrase behind.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "core/temporal/derivation_text.h"
#include "core/temporal/temporal.h"
#include "tests/core/temporal/case_table.h"

namespace yeonpyo::temporal {
namespace {

struct Wording {
    std::string english;
    std::string korean;
};

TEST(DerivationText, KoreanWordingOfEachKindOfDerivation) {
    const Wording rows[] = {
        {"written in full", "본문에 모두 적힘"},
        {"day 28 of the reference month (article dated 2024-02-28)",
         "기사 날짜 2024-02-28의 달 28일"},
        {"the day after the last mentioned date 2024-02-28", "앞서 언급된 날짜 2024-02-28 다음 날"},
        {"past tense ('met'): the previous Thursday (the article date 2024-02-28)",
         "과거 시제('met'): 지난 목요일 (기사 날짜 2024-02-28)"},
        {"5 March, future tense ('예정'): the year after the article date 2024-12-20",
         "3월 5일, 미래 시제('예정'): 기사 날짜 2024-12-20의 다음 해"},
        {"2 weeks up to the article date 2024-02-28", "기사 날짜 2024-02-28까지 2주"},
        {"weekday number 1, Tuesday of October (in the year of the article date 2024-02-28)",
         "10월 (기사 날짜 2024-02-28의 해)의 1번째 화요일"},
        {"a duration of more than 2 hours", "2시간 넘게"},
        {"Chuseok 2024 by the Korean lunar calendar (lunar 8/15), in the year of the article date "
         "2024-09-01; the holiday season around it",
         "추석 2024년 (음력 8월 15일), 기사 날짜 2024-09-01의 해; 앞뒤 연휴"},
        {"set by the user", "사용자가 지정함"},
    };
    for (const Wording& row : rows)
        EXPECT_EQ(derivationIn(row.english, "ko"), row.korean) << row.english;
}

TEST(DerivationText, EnglishAndUnknownLanguagesKeepTheText) {
    const std::string english = "day 28 of the reference month (article dated 2024-02-28)";
    EXPECT_EQ(derivationIn(english, "en"), english);
    EXPECT_EQ(derivationIn(english, "fr"), english);
    EXPECT_EQ(derivationIn("", "ko"), "");
}

TEST(DerivationText, EveryDerivationOfTheCaseTableReadsInKorean) {
    // Left in English: quoted tense markers ('will'), zone ids and underspecified values.
    const std::regex allowed("'[^']*'|[A-Z][a-z]+/[A-Za-z_]+|UTC|X{2,}[-0-9X]*");
    const std::regex english("[A-Za-z]{3,}");
    for (const auto& c : testing::loadCases(testing::casesPath())) {
        for (const auto& found : Tagger(c.language, c.reference).tag(c.text)) {
            const std::string korean = derivationIn(found.derivation, "ko");
            const std::string rest = std::regex_replace(korean, allowed, "");
            EXPECT_FALSE(std::regex_search(rest, english))
                << "cases.tsv:" << c.line << " " << found.derivation << " -> " << korean;
        }
    }
}

}  // namespace
}  // namespace yeonpyo::temporal
