// Charset detection and decoding: Korean texts encoded here with ICU into CP949, EUC-KR and
// UTF-16, Latin-1 and windows-1252 English, broken UTF-8 and binary data.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>
#include <vector>

#include "core/text/loader.h"

namespace yeonpyo::text {
namespace {

// utf8 encoded into charset with ICU (the test's own encoder, independent of the loader).
std::string encode(const std::string& utf8, const char* charset) {
    std::vector<char> out(utf8.size() * 4 + 16);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                     static_cast<int32_t>(utf8.size()), &status);
    EXPECT_TRUE(U_SUCCESS(status)) << charset << ": " << u_errorName(status);
    return std::string(out.data(), static_cast<std::size_t>(length));
}

const std::string kKoreanArticle =
    "한강 다리 위 새 자전거길 열려\n\n"
    "서울시는 28일 한강을 가로지르는 다리 세 곳에 자전거 전용 차로를 새로 열었다고 밝혔다. "
    "시는 출퇴근 시간대 이용자가 늘 것으로 보고 안내 표지판도 함께 설치했다.";

struct CharsetCase {
    const char* name;
    std::string bytes;
    const char* charset;
};

TEST(Charset, KoreanInEveryEncodingDecodesToTheSameText) {
    const CharsetCase cases[] = {
        {"UTF-8", kKoreanArticle, "UTF-8"},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" + kKoreanArticle, "UTF-8"},
        {"UTF-16LE with BOM", encode("\xEF\xBB\xBF" + kKoreanArticle, "UTF-16LE"), "UTF-16LE"},
        {"UTF-16BE with BOM", encode("\xEF\xBB\xBF" + kKoreanArticle, "UTF-16BE"), "UTF-16BE"},
        {"EUC-KR", encode(kKoreanArticle, "EUC-KR"), "EUC-KR"},
    };
    for (const auto& c : cases) {
        const auto loaded = loadArticle(c.bytes, "article.txt");
        ASSERT_TRUE(loaded.ok()) << c.name << ": " << loaded.error().message;
        EXPECT_EQ(loaded->charset, c.charset) << c.name;
        EXPECT_EQ(loaded->title, "한강 다리 위 새 자전거길 열려") << c.name;
        EXPECT_EQ(loaded->text, kKoreanArticle.substr(kKoreanArticle.find("서울시"))) << c.name;
        EXPECT_EQ(loaded->lang, "ko") << c.name;
    }
}

TEST(Charset, Cp949ExtendedHangulIsWindows949) {
    const std::string text = "똠방각하와 뷁 같은 글자는 EUC-KR에 없고 CP949에만 있다.";
    const auto loaded = loadArticle(encode(text, "windows-949"), "note.txt");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->charset, "windows-949");
    EXPECT_EQ(loaded->text, text);
}

TEST(Charset, ShortKoreanTextsAreNotMistakenForOtherCharsets) {
    for (const std::string text :
         {"서울 맑음", "오늘 회의는 취소됐다.", "가", "입력 2024.02.28 17:32 연합"}) {
        const auto loaded = loadArticle(encode(text, "EUC-KR"), "short.txt");
        ASSERT_TRUE(loaded.ok()) << text << ": " << loaded.error().message;
        EXPECT_EQ(loaded->text, text);
        EXPECT_EQ(loaded->charset, "EUC-KR") << text;
    }
}

TEST(Charset, LatinEnglishFromIso88591AndWindows1252) {
    const std::string latin1 =
        "The caf\xE9 near the station re-opened, the owner's r\xE9sum\xE9 says, "
        "after a na\xEFve start in the old market of the city centre.";
    auto loaded = loadArticle(latin1, "latin1.txt");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->text,
              "The café near the station re-opened, the owner's résumé says, after a "
              "naïve start in the old market of the city centre.");
    EXPECT_TRUE(loaded->charset == "ISO-8859-1" || loaded->charset == "windows-1252")
        << loaded->charset;

    const std::string windows1252 =
        "\x93We will be back next year,\x94 the delegation said \x97 "
        "and the hosts agreed that the talks had gone well.";
    loaded = loadArticle(windows1252, "quotes.txt");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->text,
              "“We will be back next year,” the delegation said — and the hosts agreed "
              "that the talks had gone well.");
    EXPECT_EQ(loaded->lang, "en");
}

TEST(Charset, BrokenBytesInUtf8BecomeReplacementCharacters) {
    std::string bytes = kKoreanArticle;
    bytes.insert(bytes.find("다리 세"), "\xFF");
    bytes += "\xEA\xB0";  // cut off in the middle of 가
    const auto loaded = loadArticle(bytes, "broken.txt");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->charset, "UTF-8");
    EXPECT_NE(loaded->text.find("\xEF\xBF\xBD다리 세"), std::string::npos);
    EXPECT_TRUE(loaded->text.ends_with("\xEF\xBF\xBD"));
}

TEST(Charset, HtmlMetaCharsetIsHonoured) {
    const std::string html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"
        "<title>제목</title></head><body><p>" +
        kKoreanArticle.substr(kKoreanArticle.find("서울시")) + "</p></body></html>";
    const auto loaded = loadArticle(encode(html, "EUC-KR"), "page.html");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->charset, "EUC-KR");
    EXPECT_EQ(loaded->title, "제목");
    EXPECT_TRUE(loaded->text.starts_with("서울시는 28일")) << loaded->text;
}

TEST(Charset, WellFormedUtf8WinsOverAWrongDeclaration) {
    const std::string html = "<meta charset=\"euc-kr\"><p>" + kKoreanArticle + "</p>";
    const auto loaded = loadArticle(html, "resaved.html");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->charset, "UTF-8");
    EXPECT_TRUE(loaded->text.starts_with("한강 다리 위")) << loaded->text;
}

TEST(Charset, BinaryDataIsRefused) {
    const std::string withNul("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    std::string controls;
    for (int i = 0; i < 200; ++i)
        controls += static_cast<char>(i % 2 == 0 ? 'a' : 1 + i % 8);
    for (const auto& bytes : {withNul, controls}) {
        const auto loaded = loadArticle(bytes, "image.png");
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().message, "image.png is not a text file: it contains binary data.");
    }
}

TEST(Charset, StrayControlCharactersInLongTextAreDropped) {
    const std::string text = "\x07" + kKoreanArticle;
    const auto loaded = loadArticle(text, "bell.txt");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->title, "한강 다리 위 새 자전거길 열려");
}

}  // namespace
}  // namespace yeonpyo::text
