// NFC, code point counting and indexing, and the language guess over UTF-8.
#include <gtest/gtest.h>

#include <string>

#include "core/text/unicode.h"

namespace yeonpyo::text {
namespace {

TEST(NormalizeNfc, ComposesHangulJamoAndLatinAccents) {
    EXPECT_EQ(normalizeNfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "한");  // ᄒ ᅡ ᆫ
    EXPECT_EQ(normalizeNfc("Cafe\xCC\x81"), "Café");
    EXPECT_EQ(normalizeNfc("이미 정규형인 문장."), "이미 정규형인 문장.");
    EXPECT_EQ(normalizeNfc(""), "");
}

TEST(NormalizeNfc, InvalidUtf8BecomesReplacementCharacters) {
    EXPECT_EQ(normalizeNfc("a\xFF"
                           "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(normalizeNfc("\xEA\xB0"), "\xEF\xBF\xBD");              // truncated 가
    EXPECT_EQ(normalizeNfc("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
    EXPECT_EQ(normalizeNfc("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
}

TEST(CodePointCount, CountsCharactersNotBytes) {
    EXPECT_EQ(codePointCount(""), 0);
    EXPECT_EQ(codePointCount("abc"), 3);
    EXPECT_EQ(codePointCount("저커버그"), 4);
    EXPECT_EQ(codePointCount("é😀가"), 3);
}

TEST(CodePointIndex, MapsBothWaysOnMixedText) {
    std::string text;
    for (int i = 0; i < 100; ++i)
        text += "Meta 메타 😀 ";  // 1-, 3- and 4-byte characters
    const CodePointIndex index(text);
    ASSERT_EQ(index.size(), codePointCount(text));
    int codePoint = 0;
    for (std::size_t byte = 0; byte < text.size(); ++byte) {
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80)
            continue;
        ASSERT_EQ(index.toCodePoint(byte), codePoint) << byte;
        ASSERT_EQ(index.toByte(codePoint), byte) << codePoint;
        ++codePoint;
    }
    EXPECT_EQ(index.toCodePoint(text.size()), index.size());
    EXPECT_EQ(index.toByte(index.size()), text.size());
}

TEST(CodePointIndex, ClampsAndCountsPartialCharacters) {
    const std::string text = "가나다";
    const CodePointIndex index(text);
    EXPECT_EQ(index.toCodePoint(1), 1);  // inside 가: 가 counts
    EXPECT_EQ(index.toCodePoint(4), 2);
    EXPECT_EQ(index.toCodePoint(1000), 3);
    EXPECT_EQ(index.toByte(-5), 0u);
    EXPECT_EQ(index.toByte(99), text.size());
    const CodePointIndex empty("");
    EXPECT_EQ(empty.size(), 0);
    EXPECT_EQ(empty.toByte(0), 0u);
    EXPECT_EQ(empty.toCodePoint(0), 0);
}

TEST(GuessLanguage, ScriptShareTable) {
    const struct {
        const char* text;
        const char* lang;
    } cases[] = {
        {"저커버그 CEO는 28일 서울에서 LG전자 경영진과 오찬을 했다.", "ko"},
        {"메타(Meta Platforms)의 XR 헤드셋 전략", "ko"},
        {"Zuckerberg met Cho Joo-wan (조주완) at LG Twin Towers in Seoul.", "en"},
        {"The lunch lasted more than an hour.", "en"},
        {"2024-02-28 17:32", "en"},
        {"", "en"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(guessLanguage(c.text), c.lang) << c.text;
}

}  // namespace
}  // namespace yeonpyo::text
