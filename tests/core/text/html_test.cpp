// HTML reading: golden pages, metadata variants, what is left out, and hostile structure.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/text/formats_p.h"
#include "core/text/loader.h"
#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

LoadedText loadHtml(const std::string& html) {
    auto loaded = loadArticle(html, "page.html");
    EXPECT_TRUE(loaded.ok()) << loaded.error().message;
    return loaded.ok() ? std::move(loaded).value() : LoadedText();
}

// Each data/x.html is read and compared with data/x.html.expected (title, date, body). On a
// mismatch the actual output is written beside the build as x.html.fail for `diff -u`.
TEST(HtmlGolden, PagesMatchTheirExpectedText) {
    const fs::path data = fs::path(YEONPYO_SOURCE_DIR) / "tests/core/text/data";
    int pages = 0;
    for (const auto& entry : fs::directory_iterator(data)) {
        if (entry.path().extension() != ".html")
            continue;
        ++pages;
        const auto loaded = loadArticleFile(entry.path().string());
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
        const std::string actual = "title: " + loaded->title + "\npublished: " + loaded->published +
                                   "\n\n" + loaded->text + "\n";
        const fs::path expectedPath = entry.path().string() + ".expected";
        const std::string expected = readFile(expectedPath);
        if (actual != expected) {
            const fs::path fail =
                fs::path(YEONPYO_BINARY_DIR) / (entry.path().filename().string() + ".fail");
            std::ofstream(fail, std::ios::binary) << actual;
            ADD_FAILURE() << entry.path().filename() << " differs; see: diff -u " << expectedPath
                          << " " << fail;
        }
    }
    EXPECT_GE(pages, 3);
}

struct DateCase {
    const char* head;
    const char* body;
    const char* published;
};

TEST(HtmlMetadata, PublicationDateSourcesInOrder) {
    const DateCase cases[] = {
        {R"(<meta property="article:published_time" content="2024-02-28T17:32:00+09:00">)", "",
         "2024-02-28T17:32+09:00"},
        {R"(<meta property="og:article:published_time" content="2024-02-28T08:32:00Z">)", "",
         "2024-02-28T08:32+00:00"},
        {R"(<meta name="date" content="2024-02-28">)", "", "2024-02-28"},
        {R"(<meta name="pubdate" content="2024.02.28 17:32">)", "", "2024-02-28T17:32+09:00"},
        {R"(<meta name="PublishDate" content="Wed, 28 Feb 2024 08:32:00 GMT">)", "",
         "2024-02-28T08:32+00:00"},
        {R"(<meta itemprop="datePublished" content="2024-02-28">)", "", "2024-02-28"},
        {R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-28T17:32:00+09:00"}</script>)",
         "", "2024-02-28T17:32+09:00"},
        {R"(<script type="application/ld+json">[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2024-02-27"}]</script>)",
         "", "2024-02-27"},
        {R"(<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2024-02-26"}]}</script>)",
         "", "2024-02-26"},
        {"", R"(<p>Text.</p><time datetime="2024-02-28T17:32:00+09:00">Feb. 28</time>)",
         "2024-02-28T17:32+09:00"},
        {"",
         R"(<time datetime="2024-03-01">Mar. 1</time><time pubdate datetime="2024-02-28">Feb. 28</time>)",
         "2024-02-28"},
        {"", "<p>입력 2024.02.28 17:32</p><p>본문 문장이다.</p>", "2024-02-28T17:32+09:00"},
        {"", "<header>Published Feb. 28, 2024</header><p>The story.</p>", "2024-02-28"},
        // Priorities: the Open Graph property wins over JSON-LD and <time>; broken JSON is skipped.
        {R"(<script type="application/ld+json">{"datePublished":"2024-01-01"}</script><meta property="article:published_time" content="2024-02-28">)",
         R"(<time datetime="2024-03-03">x</time>)", "2024-02-28"},
        {R"(<script type="application/ld+json">{"datePublished": "2024-01-01", </script>)",
         R"(<time datetime="2024-03-03">x</time>)", "2024-03-03"},
        // Negative rows: values that are no dates, and no date at all.
        {R"(<meta property="article:published_time" content="yesterday">)", "", ""},
        {R"(<meta name="date" content="">)", "<p>No date anywhere in this story.</p>", ""},
    };
    for (const auto& c : cases) {
        const std::string html = std::string("<html><head>") + c.head +
                                 "</head><body><p>The body text of the story.</p>" + c.body +
                                 "</body></html>";
        EXPECT_EQ(loadHtml(html).published, c.published) << c.head << c.body;
    }
}

TEST(HtmlMetadata, TitleSourcesInOrder) {
    const struct {
        const char* html;
        const char* title;
    } cases[] = {
        {R"(<meta property="og:title" content="Open Graph title"><title>Title element</title><h1>Heading</h1>)",
         "Open Graph title"},
        {"<title>Headline here | Site name</title><h1>Another heading</h1>", "Headline here"},
        {"<title>Headline here - Site name</title><h1>Headline here</h1>", "Headline here"},
        {"<title>  Spaced\n  title  </title>", "Spaced title"},
        {"<h1>Only a <b>heading</b></h1>", "Only a heading"},
        {"<title>A &amp; B &lt;C&gt;</title>", "A & B <C>"},
        {"<p>No title at all.</p>", ""},
    };
    for (const auto& c : cases) {
        const std::string html = std::string(c.html) + "<p>The body text of the story is here.</p>";
        EXPECT_EQ(loadHtml(html).title, c.title) << c.html;
    }
}

TEST(HtmlText, BlocksBreaksEntitiesAndPreformattedText) {
    const struct {
        const char* html;
        const char* text;
    } cases[] = {
        {"<p>One</p><p>Two</p>", "One\n\nTwo"},
        {"<div>Line one<br>line two<br><br>New paragraph</div>",
         "Line one\nline two\n\nNew paragraph"},
        {"<p>a &amp; b &lt; c &#xAC00;&#44032; d&nbsp;e</p>", "a & b < c 가가 d e"},
        {"<p>  lots   of\n\n  space </p>", "lots of space"},
        {"<pre>keep   this\n  indented</pre>", "keep   this\n  indented"},
        {"<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"},
        {"<p>one<p>two<div>three", "one\n\ntwo\n\nthree"},
        {"<p>in <b>bold <i>and</b> italic</i> text</p>", "in bold and italic text"},
        {"<p>x < y and y > z</p>", "x < y and y > z"},
        {"<p>Visible</p><!-- <p>commented out</p> --><p>Also visible</p>",
         "Visible\n\nAlso visible"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(loadHtml(c.html).text, c.text) << c.html;
}

// Gumbo turns references past the int range into a stray byte; the reader's own output (before
// the loader's NFC) must already be UTF-8, with U+FFFD where the reference stood.
TEST(HtmlText, NumericReferencesOutOfRangeBecomeReplacementCharacters) {
    const std::string replacement = "\xEF\xBF\xBD";
    const struct {
        const char* reference;
    } cases[] = {{"&#6666666666;"}, {"&#xFBBBBBBB;"}, {"&#99999999999;"},
                 {"&#x110000;"},    {"&#xD800;"},     {"&#0;"}};
    for (const auto& c : cases) {
        const std::string html =
            std::string("<title>T") + c.reference + "</title><p>a" + c.reference + "b</p>";
        const ArticleParts parts = readHtml(html);
        EXPECT_EQ(parts.title, "T" + replacement) << c.reference;
        EXPECT_EQ(parts.body, "a" + replacement + "b") << c.reference;
        EXPECT_TRUE(isValidUtf8(parts.title) && isValidUtf8(parts.body)) << c.reference;
    }
}

TEST(HtmlText, ScriptsStylesFramesAndHiddenPartsAreLeftOut) {
    const std::string html =
        "<html><head><style>p { color: red }</style><script>var s = '<p>script "
        "text</p>';</script></head><body>"
        "<noscript>Enable scripts</noscript><p>Story text.</p>"
        "<iframe src=\"https://frame.example.invalid/\"><p>frame fallback</p></iframe>"
        "<img src=\"https://img.example.invalid/x.png\" alt=\"image alt\">"
        "<template><p>template text</p></template><svg><text>svg label</text></svg>"
        "<textarea>form text</textarea><div hidden>hidden text</div><div aria-hidden=\"true\">aria "
        "text</div>"
        "<p>More story text.</p></body></html>";
    EXPECT_EQ(loadHtml(html).text, "Story text.\n\nMore story text.");
}

TEST(HtmlText, UnclosedScriptOrCommentHidesTheRestAsInABrowser) {
    EXPECT_EQ(loadHtml("<p>Before.</p><script>var never = 1; <p>After</p>").text, "Before.");
    EXPECT_EQ(loadHtml("<p>Before.</p><!-- <p>After</p>").text, "Before.");
    EXPECT_EQ(loadHtml("<p>Before.</p><!--><p>After.</p>").text, "Before.\n\nAfter.");
}

TEST(HtmlText, EntityDefinitionsAreNeverExpanded) {
    std::string html = "<!DOCTYPE html [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i) {
        html += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j)
            html += "&lol" + std::to_string(i - 1) + ";";
        html += "\">";
    }
    html += "]><p>&lol9;</p><p>The story.</p>";
    const auto loaded = loadHtml(html);
    EXPECT_LT(loaded.text.size(), 200u) << loaded.text.substr(0, 200);
    EXPECT_NE(loaded.text.find("The story."), std::string::npos);
}

std::string repeated(std::string_view piece, int times) {
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

// 100,000 levels of nesting, unclosed formatting and tables: the text survives, and nothing
// recurses or goes quadratic (Gumbo alone takes minutes on some of these, or crashes).
TEST(HtmlText, DeepAndUnclosedNestingIsReadQuickly) {
    constexpr int kDepth = 100'000;
    const struct {
        const char* name;
        std::string html;
    } cases[] = {
        {"nested divs", repeated("<div>", kDepth) + "deep text" + repeated("</div>", kDepth)},
        {"unclosed divs", repeated("<div>", kDepth) + "deep text"},
        {"nested tables", repeated("<table><tr><td>", kDepth) + "deep text"},
        {"formatting in paragraphs", repeated("<p><b id=x>", kDepth) + "deep text"},
        {"unclosed formatting", repeated("<b><i><u>", kDepth) + "deep text"},
        {"lists in cells", repeated("<ul><li><table><td><div></li>", kDepth) + "deep text"},
        {"divs closed by body", repeated("<div><div></body>", kDepth) + "deep text"},
    };
    for (const auto& c : cases) {
        const auto start = std::chrono::steady_clock::now();
        const auto loaded = loadHtml(c.html);
        const auto seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        EXPECT_NE(loaded.text.find("deep text"), std::string::npos) << c.name;
        EXPECT_LT(seconds, 20.0) << c.name;  // generous for sanitizer builds; seconds in practice
    }
}

}  // namespace
}  // namespace yeonpyo::text
