// Markdown: front matter, headings, inline markup, lists, quotes and code fences → plain text.
#include <gtest/gtest.h>

#include <string>

#include "core/text/loader.h"

namespace yeonpyo::text {
namespace {

LoadedText loadMarkdown(const std::string& markdown) {
    auto loaded = loadArticle(markdown, "post.md");
    EXPECT_TRUE(loaded.ok()) << loaded.error().message;
    return loaded.ok() ? std::move(loaded).value() : LoadedText();
}

TEST(Markdown, FrontMatterGivesTitleAndDate) {
    const auto yaml = loadMarkdown(
        "---\ntitle: \"Bridge opens\"\ndate: 2024-02-28T17:32:00+09:00\ntags: [city]\n---\n\n"
        "# Heading that is not the title\n\nThe bridge opened on Wednesday.");
    EXPECT_EQ(yaml.title, "Bridge opens");
    EXPECT_EQ(yaml.published, "2024-02-28T17:32+09:00");
    EXPECT_EQ(yaml.text, "Heading that is not the title\n\nThe bridge opened on Wednesday.");

    const auto toml =
        loadMarkdown("+++\ndate = '2024-02-28'\n+++\n# 다리 개통\n\n다리가 28일 개통했다.");
    EXPECT_EQ(toml.title, "다리 개통");
    EXPECT_EQ(toml.published, "2024-02-28");
    EXPECT_EQ(toml.text, "다리가 28일 개통했다.");
}

TEST(Markdown, UnclosedFrontMatterIsText) {
    const auto loaded = loadMarkdown("---\ntitle: x\n\nNo closing fence here.");
    EXPECT_EQ(loaded.published, "");
    EXPECT_NE(loaded.text.find("No closing fence here."), std::string::npos);
}

TEST(Markdown, InlineMarkupTable) {
    const struct {
        const char* markdown;
        const char* text;
    } cases[] = {
        {"Some **bold**, *italic*, __strong__ and _em_ words.",
         "Some bold, italic, strong and em words."},
        {"A [link to the report](https://example.invalid/r \"Report\") here.",
         "A link to the report here."},
        {"A [reference link][r] here.\n\n[r]: https://example.invalid/", "A reference link here."},
        {"Before ![a photo](https://example.invalid/p.jpg) after.", "Before  after."},
        {"Run `make test` now.", "Run make test now."},
        {"Keep snake_case_names and 2 * 3 = 6 and 5*3.",
         "Keep snake_case_names and 2 * 3 = 6 and 5*3."},
        {"Escaped \\*stars\\* stay.", "Escaped *stars* stay."},
        {"~~struck~~ text", "struck text"},
        {"[**bold link**](x)", "bold link"},
        {"Unclosed [bracket and (paren", "Unclosed [bracket and (paren"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(loadMarkdown(c.markdown).text, c.text) << c.markdown;
}

TEST(Markdown, BlocksTable) {
    const struct {
        const char* markdown;
        const char* title;
        const char* text;
    } cases[] = {
        {"# Title #\n\nFirst line\nsame paragraph.\n\nSecond.", "Title",
         "First line same paragraph.\n\nSecond."},
        {"Setext title\n============\n\nBody.", "Setext title", "Body."},
        {"# T\n\nSub heading\n-----------\n\nBody.", "T", "Sub heading\n\nBody."},
        {"# T\n\n- one\n- two\n* three\n1. four", "T", "one\ntwo\nthree\nfour"},
        {"# T\n\n> quoted line\n> continues", "T", "quoted line continues"},
        {"# T\n\n```cpp\nint x = *p; // [not](a link)\n```\n\nAfter.", "T",
         "int x = *p; // [not](a link)\n\nAfter."},
        {"# T\n\nAbove\n\n---\n\nBelow", "T", "Above\n\nBelow"},
        {"# T\n\nhard  \nbreak", "T", "hard\nbreak"},
        {"No heading at all.\n\nSecond paragraph.", "", "No heading at all.\n\nSecond paragraph."},
    };
    for (const auto& c : cases) {
        const auto loaded = loadMarkdown(c.markdown);
        EXPECT_EQ(loaded.title, c.title) << c.markdown;
        EXPECT_EQ(loaded.text, c.text) << c.markdown;
    }
}

TEST(Markdown, DatelineInTheBodyWhenNoFrontMatter) {
    EXPECT_EQ(loadMarkdown("# 제목\n\n입력 2024.02.28 17:32\n\n본문이다.").published,
              "2024-02-28T17:32+09:00");
}

TEST(Markdown, PathologicalLinesStayLinear) {
    const std::string brackets(200'000, '[');
    const std::string backticks = [] {
        std::string s;
        for (int n = 1; s.size() < 200'000; ++n)
            s += std::string(static_cast<std::size_t>(n % 50 + 1), '`') + "x";
        return s;
    }();
    EXPECT_FALSE(loadMarkdown("# T\n\n" + brackets + "x").text.empty());
    EXPECT_FALSE(loadMarkdown("# T\n\n" + backticks).text.empty());
}

}  // namespace
}  // namespace yeonpyo::text
