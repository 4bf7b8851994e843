// `yeonpyo-cli ingest` on broken and hostile articles: refused with one sentence, or read safely
// (no script text, no fetch, no entity expansion); the document keeps what it had either way.
#include <nlohmann/json.hpp>

#include <functional>
#include <random>

#include "core/store/document.h"
#include "tests/cli/cli_fixture.h"
#include "tests/cli/silent_listener.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;

/// Writes the article at `path`; `port` is a local port that nothing may connect to.
using MakeArticle = std::function<void(const fs::path& path, int port)>;

struct BadArticle {
    std::string name;
    std::string fileName;
    MakeArticle make;
    bool refused = true;
    std::string sentencePart = {};  ///< Refused: part of the error sentence.
    std::string keptWord = {};      ///< Read: a word the stored text must contain.
    std::string droppedWord = {};   ///< Read: a word the stored text must not contain.
};

void PrintTo(const BadArticle& row, std::ostream* out) {
    *out << row.name;
}

MakeArticle bytes(std::string content) {
    return [content](const fs::path& path, int) { store::testing::writeBytes(path, content); };
}

std::string binaryBytes() {
    std::string png = "\x89PNG\r\n\x1a\n";
    png += std::string("\0\0\0\rIHDR", 8);
    std::mt19937 random(7);
    for (int i = 0; i < 4096; ++i)
        png += static_cast<char>(random());
    return png;
}

// "부산시는 14일 북항 재개발 현장을 공개했다." in EUC-KR.
constexpr std::string_view kEucKrSentence =
    "\xba\xce\xbb\xea\xbd\xc3\xb4\xc2 14\xc0\xcf \xba\xcf\xc7\xd7 \xc0\xe7\xb0\xb3\xb9\xdf "
    "\xc7\xf6\xc0\xe5\xc0\xbb \xb0\xf8\xb0\xb3\xc7\xdf\xb4\xd9.";

std::string deeplyNested() {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        html += i % 2 == 0 ? "<div>" : "<span><table><tr><td>";
    return html + "<p>시장은 깊은둥지 현장을 둘러봤다.";
}

std::string hostilePage(int port) {
    const std::string origin = "http://127.0.0.1:" + std::to_string(port);
    return "<!doctype html><html><head><title>항만 소식</title>"
           "<meta http-equiv=\"refresh\" content=\"0; url=" +
           origin +
           "/refresh\">"
           "<link rel=\"stylesheet\" href=\"" +
           origin +
           "/style.css\">"
           "<style>@import url(" +
           origin + "/import.css); body{background:url(" + origin +
           "/bg.png)}</style>"
           "<script src=\"" +
           origin +
           "/app.js\"></script>"
           "<script>document.write('scriptsecret 스크립트비밀'); fetch('" +
           origin +
           "/x');</script>"
           "</head><body><article><p>부산시는 14일 안전한본문 현장을 공개했다.</p>"
           "<img src=\"" +
           origin + "/photo.jpg\" srcset=\"" + origin +
           "/big.jpg 2x\">"
           "<iframe src=\"" +
           origin +
           "/frame\">iframesecret</iframe>"
           "<video src=\"" +
           origin + "/v.mp4\" poster=\"" + origin +
           "/p.jpg\"></video>"
           "<object data=\"" +
           origin + "/o.swf\"></object><embed src=\"" + origin +
           "/e\">"
           "<svg><image href=\"" +
           origin +
           "/svg.png\"/></svg>"
           "<p onclick=\"scriptsecret()\">시장은 현장을 둘러봤다.</p></article></body></html>";
}

std::string entityBomb() {
    std::string doctype = "<?xml version=\"1.0\"?><!DOCTYPE bomb [<!ENTITY lol \"lollol\">";
    std::string previous = "lol";
    for (int level = 1; level <= 9; ++level) {
        const std::string name = "lol" + std::to_string(level);
        std::string value;
        for (int copy = 0; copy < 10; ++copy)
            value += "&" + previous + ";";
        doctype += "<!ENTITY " + name + " \"" + value + "\">";
        previous = name;
    }
    return doctype + "]><html><body><p>&lol9; 시장은 폭탄없는 현장을 둘러봤다.</p></body></html>";
}

std::vector<BadArticle> badArticles() {
    return {
        {"missing", "missing.txt", [](const fs::path&, int) {}, true, "does not exist."},
        {"folder", "folder.txt", [](const fs::path& path, int) { fs::create_directory(path); },
         true, "is a folder"},
        {"empty", "empty.txt", bytes(""), true, "is empty."},
        {"blank", "blank.txt", bytes(" \n\t\n  \r\n"), true, "contains no article text."},
        {"binary", "photo.png", bytes(binaryBytes()), true, "binary data."},
        {"binary_named_text", "notes.txt", bytes(binaryBytes()), true, "binary data."},
        {"script_only_html", "script.html",
         bytes("<html><head><script>var scriptsecret = 1;</script></head><body></body></html>"),
         true, "contains no article text."},
        {"invalid_utf8", "broken.txt",
         bytes("항만 소식\n\n부산시는 14일 북항 깨진바이트 \xff\xfe 현장을 공개했다. 시장은 현장을 "
               "둘러본 뒤 \xed\xa0\x80 주민들과 만났다. 시는 다음 달 공사를 시작한다.\xe1\x84\n"),
         false, "", "깨진바이트", "\xff"},
        {"euc_kr", "euckr.txt", bytes(std::string(kEucKrSentence)), false, "", "재개발", ""},
        {"deeply_nested_html", "nested.html", bytes(deeplyNested()), false, "", "깊은둥지", ""},
        {"unclosed_html", "unclosed.html",
         bytes("<html><body><p>시장은 닫히지않은 <b><i>현장을 <table><tr><td>둘러봤다 <a href="
               "\"x\"><p <<< <!-- 주석"),
         false, "", "닫히지않은", "주석"},
        {"scripts_iframes_remote_images", "hostile.html",
         [](const fs::path& path, int port) {
             store::testing::writeBytes(path, hostilePage(port));
         },
         false, "", "안전한본문", "scriptsecret"},
        {"entity_bomb", "bomb.html", bytes(entityBomb()), false, "", "폭탄없는", "lollollol"},
    };
}

/// The stored text of the newest article of a document.
std::string newestArticleText(const fs::path& db) {
    auto document = store::Document::open(db, store::OpenMode::ReadOnly);
    EXPECT_TRUE(document.ok()) << document.error().message;
    if (!document)
        return {};
    auto articles = document->articles();
    EXPECT_TRUE(articles.ok() && !articles->empty());
    if (!articles || articles->empty())
        return {};
    auto article = document->article(articles->back().id);
    return article ? article->text : std::string();
}

/// Every article and event of `before` is still in `after`, unchanged but for added quotes.
void expectKept(const std::string& before, const std::string& after) {
    const auto old = nlohmann::json::parse(before);
    const auto now = nlohmann::json::parse(after);
    for (const auto& article : old["articles"])
        EXPECT_NE(std::find(now["articles"].begin(), now["articles"].end(), article),
                  now["articles"].end())
            << article.dump();
    for (const auto& event : old["events"]) {
        const auto same = std::find_if(now["events"].begin(), now["events"].end(),
                                       [&](const auto& e) { return e["id"] == event["id"]; });
        ASSERT_NE(same, now["events"].end()) << event.dump();
        for (const char* key : {"title", "kind", "start", "end", "status", "place"})
            EXPECT_EQ((*same)[key], event[key]) << key;
    }
}

class BadArticleTest : public CliTest, public ::testing::WithParamInterface<BadArticle> {};

TEST_P(BadArticleTest, IsRefusedWithOneSentenceOrReadSafelyAndTheDocumentKeepsWhatItHad) {
    const BadArticle& row = GetParam();
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    const std::string before = eventsJson(db);
    SilentListener listener;
    const fs::path article = file(row.fileName);
    row.make(article, listener.port());

    const CliRun ingest = run({"ingest", "--db", db.string(), article.string()});
    EXPECT_EQ(listener.connections(), 0) << "the article made yeonpyo-cli reach the network";
    if (row.refused) {
        EXPECT_TRUE(failedWithOneSentence(ingest, row.sentencePart));
        EXPECT_EQ(eventsJson(db), before);
        return;
    }
    ASSERT_TRUE(succeededQuietly(ingest));
    const std::string after = eventsJson(db);
    expectKept(before, after);
    EXPECT_EQ(nlohmann::json::parse(after)["articles"].size(),
              nlohmann::json::parse(before)["articles"].size() + 1);
    const std::string text = newestArticleText(db);
    EXPECT_NE(text.find(row.keptWord), std::string::npos) << text;
    if (!row.droppedWord.empty()) {
        EXPECT_EQ(text.find(row.droppedWord), std::string::npos) << text;
    }
    EXPECT_LT(text.size(), 4096u) << "markup or entities were expanded into the text";
}

INSTANTIATE_TEST_SUITE_P(Articles, BadArticleTest, ::testing::ValuesIn(badArticles()),
                         [](const auto& row) { return row.param.name; });

TEST_F(CliTest, OneBadArticleAmongGoodOnesStoresNone) {
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    const std::string before = eventsJson(db);
    const fs::path good = write("good.txt", "부산시는 14일 북항 현장을 공개했다.\n");
    const fs::path bad = write("bad.txt", binaryBytes());
    const CliRun ingest = run({"ingest", "--db", db.string(), good.string(), bad.string()});
    EXPECT_TRUE(failedWithOneSentence(ingest, "bad.txt is not a text file"));
    EXPECT_EQ(eventsJson(db), before);
}

}  // namespace
}  // namespace yeonpyo::cli::testing
