// Code point and byte offsets must be exact, because the GUI highlights the text with them.
#include <gtest/gtest.h>

#include <string>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal {
namespace {

/// Code points in a UTF-8 string.
int codePoints(const std::string& utf8) {
    int count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

struct OffsetCase {
    Language language;
    std::string text;
};

TEST(Offsets, SpansPointAtTheirTextInBytesAndCodePoints) {
    const OffsetCase cases[] = {
        {Language::Korean, "🎉 기념 😀 저커버그는 28일 오후 LG를 찾았고, 이튿날 오전 10시 출국했다."},
        {Language::Korean, "«Ｘ» ２８일 – 𝔸 “이날 저녁” 만찬"},
        {Language::English,
         "🎉 He arrived on Feb. 26 — the next day, at 3 p.m. KST, he left. «𝔸» tomorrow"},
        {Language::English, "Ünïcödé café: on Thursday 😀 and next week"},
    };
    for (const auto& c : cases) {
        Reference reference;
        reference.date = CivilDate{2024, 2, 28};
        const auto found = Tagger(c.language, reference).tag(c.text);
        ASSERT_FALSE(found.empty()) << c.text;
        for (const auto& e : found) {
            EXPECT_EQ(c.text.substr(e.byteBegin, e.byteEnd - e.byteBegin), e.text);
            EXPECT_EQ(codePoints(c.text.substr(0, e.byteBegin)), e.begin) << e.text;
            EXPECT_EQ(codePoints(e.text), e.end - e.begin) << e.text;
        }
    }
}

TEST(Offsets, InvalidUtf8CountsAsOneCodePointPerBadByteAndDoesNotDerail) {
    const std::string text = "\xff\xfe 28일 \xc3 오후 3시";
    Reference reference;
    reference.date = CivilDate{2024, 2, 28};
    const auto found = Tagger(Language::Korean, reference).tag(text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "28일");
    EXPECT_EQ(found[0].begin, 3);
    EXPECT_EQ(found[1].value, "2024-02-28T15:00");
    EXPECT_EQ(found[1].begin, 9);
}

TEST(Offsets, EmptyAndTimelessTextsGiveNothing) {
    const Tagger korean(Language::Korean, {});
    const Tagger english(Language::English, {});
    EXPECT_TRUE(korean.tag("").empty());
    EXPECT_TRUE(english.tag("").empty());
    EXPECT_TRUE(korean.tag("메타는 LG전자와 협력한다").empty());
    EXPECT_TRUE(english.tag("Meta works with LG Electronics").empty());
}

}  // namespace
}  // namespace yeonpyo::temporal
