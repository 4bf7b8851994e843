// Table-driven tests of the phrase matcher and the Korean particle rules it relies on.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/lexicon/phrase_matcher.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::lexicon {
namespace {

TEST(ParticleTail, AcceptsParticlesAndRejectsOtherWords) {
    struct Row {
        std::string tail;
        bool accepted;
    };
    const std::vector<Row> rows{
        {"", true},      {"를", true},    {"에서", true},    {"으로", true},   {"로", true},
        {"의", true},    {"서", true},    {"행", true},      {"에서의", true}, {"측은", true},
        {"까지", true},  {"대", false},   {"네시아", false}, {"전자", false},  {"에서다가", false},
        {"시장", false}, {"스탄", false}, {"인", true},      {"인근", false},  {"인천", false},
    };
    for (const auto& row : rows) {
        EXPECT_EQ(isParticleTail(row.tail), row.accepted) << row.tail;
    }
}

std::vector<std::string> found(const PhraseMatcher& matcher, std::string_view text, StartRule start,
                               EndRule end) {
    std::vector<std::string> texts;
    for (const auto& match : matcher.scan(text, start, end)) {
        texts.emplace_back(text.substr(match.begin, match.end - match.begin));
    }
    return texts;
}

TEST(PhraseMatcher, PrefersTheLongestPhraseAndStripsParticles) {
    PhraseMatcher matcher;
    matcher.add("LG", 1);
    matcher.add("LG전자", 2);
    matcher.add("서울", 3);
    matcher.add("인도", 4);
    matcher.add("인도네시아", 5);
    struct Row {
        std::string text;
        std::vector<std::string> expected;
    };
    const std::vector<Row> rows{
        {"LG전자와 LG가", {"LG전자", "LG"}},
        {"서울의 인도로 인도네시아에서", {"서울", "인도", "인도네시아"}},
        {"서울대 LGE 인도양", {}},
        {"서울·인도", {"서울", "인도"}},
    };
    for (const auto& row : rows) {
        EXPECT_EQ(found(matcher, row.text, StartRule::WordStart, EndRule::ParticleTail),
                  row.expected)
            << row.text;
    }
}

TEST(PhraseMatcher, CapitalisedPhrasesNeedCapitalisedText) {
    PhraseMatcher matcher;
    matcher.add("Meta", 1);
    matcher.add("lunch", 2);
    EXPECT_EQ(found(matcher, "Meta met at lunch", StartRule::WordStart, EndRule::WordEnd),
              (std::vector<std::string>{"Meta", "lunch"}));
    EXPECT_EQ(found(matcher, "the meta data at Lunch", StartRule::WordStart, EndRule::WordEnd),
              (std::vector<std::string>{"Lunch"}));
    EXPECT_TRUE(
        found(matcher, "Metaverse lunches", StartRule::WordStart, EndRule::WordEnd).empty());
}

TEST(PhraseMatcher, FindsTriggersInsideHangulWordsOnlyWhenAsked) {
    PhraseMatcher matcher;
    matcher.add("회담", 1);
    EXPECT_EQ(found(matcher, "정상회담을 했다", StartRule::InsideHangulWord, EndRule::AnyEnding),
              (std::vector<std::string>{"회담"}));
    EXPECT_TRUE(
        found(matcher, "정상회담을 했다", StartRule::WordStart, EndRule::AnyEnding).empty());
}

TEST(PhraseMatcher, LookupIsExactAndKeepsEveryPayload) {
    PhraseMatcher matcher;
    matcher.add("중구", 1);
    matcher.add("중구", 2);
    EXPECT_EQ(matcher.lookup("중구"), (std::vector<int>{1, 2}));
    EXPECT_TRUE(matcher.lookup("중").empty());
}

}  // namespace
}  // namespace yeonpyo::lexicon
