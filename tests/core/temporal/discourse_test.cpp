// A whole article at once: the last mentioned date carries the context from sentence to sentence,
// anchors say what each value rests on, derivations explain it, and tagging is safe on threads.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {
namespace {

Reference seoulReference(int year, int month, int day) {
    Reference reference;
    reference.date = CivilDate{year, month, day};
    return reference;
}

// A visit story written for this test: dates move on as the text names them.
constexpr const char* kKoreanStory =
    "총리는 지난 25일 베를린에 도착했다. 이튿날 오전 10시 총리 회담을 가졌고, 이날 저녁 만찬에 "
    "참석했다.\n\n"
    "27일에는 파리로 이동해 정오께 오찬을 했다. 다음 날 귀국길에 올랐다. 총리는 다음 달 3일 다시 "
    "출국할 예정이다.";

constexpr const char* kEnglishStory =
    "The minister arrived in Berlin on Sunday. The next day she met the chancellor at 10 a.m., and "
    "that "
    "evening she attended a state dinner.\n\nOn Feb. 27 she flew to Paris for lunch. Two days "
    "later she "
    "returned home. She will travel again on March 3.";

struct Expected {
    const char* text;
    const char* value;
    const char* timeOfDay;
    Anchor anchor;
};

void expectStory(const std::vector<TimeExpression>& found, const std::vector<Expected>& expected) {
    ASSERT_EQ(found.size(), expected.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        SCOPED_TRACE(found[i].text + " — " + found[i].derivation);
        EXPECT_EQ(found[i].text, expected[i].text);
        EXPECT_EQ(found[i].value, expected[i].value);
        EXPECT_EQ(found[i].timeOfDay, expected[i].timeOfDay);
        EXPECT_EQ(found[i].anchor, expected[i].anchor);
    }
}

TEST(Discourse, KoreanStoryMovesTheContextWithEachNewDate) {
    const auto found = Tagger(Language::Korean, seoulReference(2024, 2, 28)).tag(kKoreanStory);
    expectStory(found, {
                           {"지난 25일", "2024-02-25", "", Anchor::Reference},
                           {"이튿날 오전 10시", "2024-02-26T10:00", "morning", Anchor::Context},
                           {"이날 저녁", "2024-02-26", "evening", Anchor::Context},
                           {"만찬", "2024-02-26", "evening", Anchor::Context},
                           {"27일", "2024-02-27", "", Anchor::Reference},
                           {"정오께", "2024-02-27T12:00", "noon", Anchor::Context},
                           {"오찬", "2024-02-27", "noon", Anchor::Context},
                           {"다음 날", "2024-02-28", "", Anchor::Context},
                           {"다음 달 3일", "2024-03-03", "", Anchor::Reference},
                       });
}

TEST(Discourse, EnglishStoryMovesTheContextWithEachNewDate) {
    const auto found = Tagger(Language::English, seoulReference(2024, 2, 28)).tag(kEnglishStory);
    expectStory(found, {
                           {"Sunday", "2024-02-25", "", Anchor::Reference},
                           {"The next day", "2024-02-26", "", Anchor::Context},
                           {"10 a.m.", "2024-02-26T10:00", "morning", Anchor::Context},
                           {"that evening", "2024-02-26", "evening", Anchor::Context},
                           {"dinner", "2024-02-26", "evening", Anchor::Context},
                           {"Feb. 27", "2024-02-27", "", Anchor::Reference},
                           {"lunch", "2024-02-27", "noon", Anchor::Context},
                           {"Two days later", "2024-02-29", "", Anchor::Context},
                           {"March 3", "2024-03-03", "", Anchor::Reference},
                       });
}

TEST(Discourse, DerivationsSayWhatTheValueRestsOn) {
    const auto found =
        Tagger(Language::Korean, seoulReference(2024, 2, 28)).tag("28일 도착했다. 이튿날 떠났다.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].derivation, "day 28 of the reference month (article dated 2024-02-28)");
    EXPECT_EQ(found[1].derivation, "the day after the last mentioned date 2024-02-28");
    const auto english =
        Tagger(Language::English, seoulReference(2024, 2, 28)).tag("They met on Friday.");
    ASSERT_EQ(english.size(), 1u);
    EXPECT_EQ(english[0].derivation,
              "past tense ('met'): the previous Friday (the article date 2024-02-28)");
    const auto planned = Tagger(Language::Korean, seoulReference(2024, 2, 28)).tag("2일 개최 예정");
    ASSERT_EQ(planned.size(), 1u);
    EXPECT_EQ(planned[0].derivation,
              "future tense ('예정'): day 2 of the month after the article date 2024-02-28");
}

TEST(Discourse, WithoutAReferenceNothingIsGuessed) {
    const auto found = Tagger(Language::Korean, {}).tag(kKoreanStory);
    ASSERT_FALSE(found.empty());
    for (const auto& e : found) {
        EXPECT_TRUE(e.value.find('X') != std::string::npos) << e.text << " " << e.value;
        EXPECT_FALSE(dateOfValue(e.value).has_value()) << e.text;
    }
}

TEST(Discourse, TaggingOnSeveralThreadsGivesTheSameResult) {
    const Tagger tagger(Language::Korean, seoulReference(2024, 8, 1));
    const std::string text = std::string(kKoreanStory) + " 추석 연휴와 설날, 2030년 설날.";
    const auto expected = tagger.tag(text);
    std::vector<std::vector<TimeExpression>> results(4);
    std::vector<std::thread> threads;
    for (auto& result : results) {
        threads.emplace_back([&tagger, &text, &result] {
            for (int i = 0; i < 20; ++i)
                result = tagger.tag(text);
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const auto& result : results) {
        ASSERT_EQ(result.size(), expected.size());
        for (std::size_t i = 0; i < result.size(); ++i)
            EXPECT_EQ(result[i].value, expected[i].value);
    }
}

}  // namespace
}  // namespace yeonpyo::temporal
