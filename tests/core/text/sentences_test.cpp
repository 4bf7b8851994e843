// Sentence splitting: Korean and English tables with quotations, abbreviations, numbers and
// paragraphs (negative rows included), exact offsets, the length cap and large inputs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/sentences.h"
#include "core/text/unicode.h"

namespace yeonpyo::text {
namespace {

struct SplitCase {
    const char* lang;
    std::string text;
    std::vector<std::string> sentences;
};

std::vector<std::string> sentenceTexts(const std::string& text, const char* lang) {
    std::vector<std::string> texts;
    for (const auto& sentence : splitSentences(text, lang)) {
        texts.push_back(text.substr(sentence.byteBegin, sentence.byteEnd - sentence.byteBegin));
    }
    return texts;
}

TEST(SplitSentences, KoreanTable) {
    const SplitCase cases[] = {
        {"ko",
         "서울시는 28일 새 정책을 발표했다. 시민들은 대체로 환영했다.",
         {"서울시는 28일 새 정책을 발표했다.", "시민들은 대체로 환영했다."}},
        {"ko",
         "그는 “시장을 다시 열겠다. 상인들과 약속했다”고 말했다. 상인들은 박수를 쳤다.",
         {"그는 “시장을 다시 열겠다. 상인들과 약속했다”고 말했다.", "상인들은 박수를 쳤다."}},
        {"ko",
         "“내년에 다시 오겠다.”라고 그는 말했다. 일정은 미정이다.",
         {"“내년에 다시 오겠다.”라고 그는 말했다.", "일정은 미정이다."}},
        {"ko",
         "그는 “첫째가 중요하다.”라며 “둘째도 있다.”고 덧붙였다.",
         {"그는 “첫째가 중요하다.”라며 “둘째도 있다.”고 덧붙였다."}},
        {"ko",
         "관계자는 \"협상은 끝났다. 서명만 남았다\"고 전했다. 발표는 내일이다.",
         {"관계자는 \"협상은 끝났다. 서명만 남았다\"고 전했다.", "발표는 내일이다."}},
        {"ko",
         "정말 끝났을까? 아직 모른다. 이게 뭐예요! 처음 봐요.",
         {"정말 끝났을까?", "아직 모른다.", "이게 뭐예요!", "처음 봐요."}},
        {"ko",
         "지수는 2.5% 올라 2,650.31로 마감했다. 거래량은 줄었다.",
         {"지수는 2.5% 올라 2,650.31로 마감했다.", "거래량은 줄었다."}},
        {"ko",
         "2024.02.28 발표된 자료를 보면 수출이 늘었다. 수입은 줄었다.",
         {"2024.02.28 발표된 자료를 보면 수출이 늘었다.", "수입은 줄었다."}},
        {"ko",
         "이른바 '비빔밥 회동'은 한 시간 넘게 이어졌다. 메뉴는 한식이었다.",
         {"이른바 '비빔밥 회동'은 한 시간 넘게 이어졌다.", "메뉴는 한식이었다."}},
        {"ko", "10년 만에 방한…삼성·LG 두루 만나", {"10년 만에 방한…삼성·LG 두루 만나"}},
        {"ko",
         "첫째 줄 제목\n둘째 줄 부제\n\n본문 첫 문장이다.",
         {"첫째 줄 제목", "둘째 줄 부제", "본문 첫 문장이다."}},
        {"ko", "시장 전경 사진\n\n본문 첫 문장이다.", {"시장 전경 사진", "본문 첫 문장이다."}},
        // A quotation never holds sentences together across a paragraph break.
        {"ko",
         "그는 “첫 문단이 끝나도\n\n다음 문단은 따로다.",
         {"그는 “첫 문단이 끝나도", "다음 문단은 따로다."}},
        {"ko", "  \n\n  ", {}},
    };
    for (const auto& c : cases)
        EXPECT_EQ(sentenceTexts(c.text, c.lang), c.sentences) << c.text;
}

TEST(SplitSentences, EnglishTable) {
    const SplitCase cases[] = {
        {"en",
         "Mr. Kim met Dr. Lee on Feb. 28. They talked for an hour.",
         {"Mr. Kim met Dr. Lee on Feb. 28.", "They talked for an hour."}},
        {"en",
         "The U.S. President arrived on Tuesday. He left a day later.",
         {"The U.S. President arrived on Tuesday.", "He left a day later."}},
        {"en",
         "The deal was signed in the U.S. The talks then moved to Seoul.",
         {"The deal was signed in the U.S.", "The talks then moved to Seoul."}},
        {"en",
         "It ended at 5 p.m. The guests left soon after.",
         {"It ended at 5 p.m.", "The guests left soon after."}},
        {"en",
         "The meeting started at 9 a.m. and lasted two hours.",
         {"The meeting started at 9 a.m. and lasted two hours."}},
        {"en",
         "Shares of Acme Corp. rose 3%. The company said profits doubled.",
         {"Shares of Acme Corp. rose 3%.", "The company said profits doubled."}},
        {"en",
         "LG Corp. Chief Operating Officer Kwon joined them.",
         {"LG Corp. Chief Operating Officer Kwon joined them."}},
        {"en",
         "\"Are you sure?\" he asked. \"Yes,\" she said.",
         {"\"Are you sure?\" he asked.", "\"Yes,\" she said."}},
        {"en",
         "“We will be back. Soon,” Cho said. The hosts smiled.",
         {"“We will be back. Soon,” Cho said.", "The hosts smiled."}},
        {"en",
         "Mark E. Zuckerberg visited Seoul. He met executives.",
         {"Mark E. Zuckerberg visited Seoul.", "He met executives."}},
        {"en", "She lives on Main St. in Seoul.", {"She lives on Main St. in Seoul."}},
        {"en",
         "Meta's headset sold well. Apple's did not.",
         {"Meta's headset sold well.", "Apple's did not."}},
        {"en",
         "He said: ‘This is a long remark. It goes on.’ Then he left.",
         {"He said: ‘This is a long remark. It goes on.’", "Then he left."}},
        {"en",
         "First paragraph without a stop\n\nSecond paragraph.",
         {"First paragraph without a stop", "Second paragraph."}},
        // Negative rows: no break inside numbers, initials of a name, or a clock time.
        {"en", "Growth was 2.5 percent in Q1.", {"Growth was 2.5 percent in Q1."}},
        {"en", "J. R. R. Tolkien wrote it.", {"J. R. R. Tolkien wrote it."}},
    };
    for (const auto& c : cases)
        EXPECT_EQ(sentenceTexts(c.text, c.lang), c.sentences) << c.text;
}

TEST(SplitSentences, ParagraphNumbersCountBlankLines) {
    const std::string text =
        "제목 줄\n부제 줄\n\n\n첫 문단 첫 문장. 첫 문단 둘째 문장.\n  \n둘째 문단.";
    const auto sentences = splitSentences(text, "ko");
    std::vector<int> paragraphs;
    for (const auto& s : sentences)
        paragraphs.push_back(s.paragraph);
    EXPECT_EQ(paragraphs, (std::vector<int>{0, 0, 1, 1, 2}));
}

TEST(SplitSentences, OffsetsAreExactInBytesAndCodePoints) {
    std::string text;
    for (int i = 0; i < 50; ++i) {
        text +=
            "저커버그는 “XR 기기를 😀 함께 만든다”고 말했다.  Mr. Cho agreed. 다음 문장이다?\n\n";
    }
    const auto sentences = splitSentences(text, "ko");
    ASSERT_EQ(sentences.size(), 150u);
    std::size_t previousEnd = 0;
    for (const auto& s : sentences) {
        ASSERT_LE(previousEnd, s.byteBegin);
        ASSERT_LT(s.byteBegin, s.byteEnd);
        EXPECT_EQ(s.begin, codePointCount(std::string_view(text).substr(0, s.byteBegin)));
        EXPECT_EQ(s.end, codePointCount(std::string_view(text).substr(0, s.byteEnd)));
        EXPECT_NE(text[s.byteBegin], ' ');
        EXPECT_NE(text[s.byteEnd - 1], ' ');
        previousEnd = s.byteEnd;
    }
    EXPECT_EQ(sentences.back().paragraph, 49);
}

TEST(SplitSentences, OverlongRunsAreCutAtSpaces) {
    std::string text;
    for (int i = 0; i < 5000; ++i)
        text += "낱말 ";
    const auto sentences = splitSentences(text, "ko");
    ASSERT_GT(sentences.size(), 1u);
    for (const auto& s : sentences) {
        EXPECT_LE(s.byteEnd - s.byteBegin, kMaxSentenceBytes);
        EXPECT_EQ(text.substr(s.byteBegin, 6), "낱말");
    }
    const std::string noSpaces(3 * kMaxSentenceBytes, 'x');
    EXPECT_EQ(splitSentences(noSpaces, "en").size(), 3u);
}

TEST(SplitSentences, HandlesManyMegabytes) {
    std::string text;
    while (text.size() < 8'000'000)
        text += "회의는 길어졌다. “그렇다”고 말했다. Mr. Lee left.\n";
    const auto sentences = splitSentences(text, "ko");
    EXPECT_GT(sentences.size(), 300'000u);
    EXPECT_EQ(sentences.back().byteEnd, text.size() - 1);
}

}  // namespace
}  // namespace yeonpyo::text
