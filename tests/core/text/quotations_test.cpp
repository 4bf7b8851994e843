// Direct quotations: which marks count, what the span covers, and offsets in code points.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/sentences.h"

namespace yeonpyo::text {
namespace {

std::vector<std::string> quotedTexts(const std::string& text) {
    std::vector<std::string> texts;
    for (const auto& q : findQuotations(text))
        texts.push_back(text.substr(q.byteBegin, q.byteEnd - q.byteBegin));
    return texts;
}

TEST(FindQuotations, MarksTable) {
    const struct {
        std::string text;
        std::vector<std::string> quotes;
    } cases[] = {
        {"그는 “협력의 결과물은 내년에 나온다”고 말했다.", {"협력의 결과물은 내년에 나온다"}},
        {"“첫째다”라며 “둘째다”고 했다.", {"첫째다", "둘째다"}},
        {"\"We will be back,\" Cho said.", {"We will be back,"}},
        {"「회의는 끝났다」고 적었다.", {"회의는 끝났다"}},
        {"『장편 제목』이라는 책", {"장편 제목"}},
        {"He said “the plan ‘works’ for now” today.", {"the plan ‘works’ for now"}},
        {"“  spaced inside  ”", {"spaced inside"}},
        {"그는 '이번 협력은 오래 준비한 것'이라고 말했다.", {"이번 협력은 오래 준비한 것"}},
        {"He called it ‘a long overdue step forward’ on Monday.", {"a long overdue step forward"}},
        // Negative rows: scare quotes of one or two words, apostrophes, unclosed and cross-line
        // straight quotes, empty pairs, quotes across a blank line.
        {"이른바 '비빔밥 회동'이 열렸다.", {}},
        {"Meta's and Apple's plans; the '90s.", {}},
        {"“이 인용은 닫히지 않는다", {}},
        {"first \"line\nsecond\" line", {}},
        {"“”", {}},
        {"“첫 문단\n\n둘째 문단”", {}},
    };
    for (const auto& c : cases)
        EXPECT_EQ(quotedTexts(c.text), c.quotes) << c.text;
}

TEST(FindQuotations, CurlyQuotesSpanLineBreaksWithinAParagraph) {
    EXPECT_EQ(quotedTexts("“첫 줄\n둘째 줄”"), (std::vector<std::string>{"첫 줄\n둘째 줄"}));
}

TEST(FindQuotations, OffsetsCountCodePoints) {
    const std::string text = "조 CEO는 “협력의 결과물은 2025년”이라고 말했다. 😀 “둘째 인용”";
    const auto quotes = findQuotations(text);
    ASSERT_EQ(quotes.size(), 2u);
    EXPECT_EQ(quotes[0].begin, 8);  // 조 CEO는 “ : 8 code points before the quote
    EXPECT_EQ(quotes[0].end, 22);   // 협력의 결과물은 2025년 : 14 more
    EXPECT_EQ(quotes[1].begin, 35);  // ”이라고 말했다. 😀 “ : 13 more, the emoji one code point
    EXPECT_EQ(quotes[1].end, 40);
}

}  // namespace
}  // namespace yeonpyo::text
