// Article loading: clear errors for bad inputs, format choice, plain-text titles and the samples.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/text/loader.h"

namespace yeonpyo::text {
namespace {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() : path_(fs::temp_directory_path() / ("yeonpyo-text-" + std::to_string(::getpid()))) {
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    std::string write(const std::string& name, const std::string& bytes) const {
        const fs::path file = path_ / name;
        std::ofstream(file, std::ios::binary) << bytes;
        return file.string();
    }
    std::string path() const { return path_.string(); }

private:
    fs::path path_;
};

TEST(LoadArticleFile, ErrorsNameThePath) {
    const TempDir dir;
    const std::string missing = dir.path() + "/missing.txt";
    const std::string empty = dir.write("empty.txt", "");
    const std::string blank = dir.write("blank.txt", " \n\n\t \n");
    const struct {
        std::string path;
        std::string message;
    } cases[] = {
        {missing, missing + " does not exist."},
        {dir.path(), dir.path() + " is a folder, not a file."},
        {empty, empty + " is empty."},
        {blank, blank + " contains no article text."},
    };
    for (const auto& c : cases) {
        const auto loaded = loadArticleFile(c.path);
        ASSERT_FALSE(loaded.ok()) << c.path;
        EXPECT_EQ(loaded.error().message, c.message);
    }
}

TEST(LoadArticleFile, UnreadableFileSaysWhy) {
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads every file";
    const TempDir dir;
    const std::string path = dir.write("secret.txt", "A line of text.");
    fs::permissions(path, fs::perms::none);
    const auto loaded = loadArticleFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().message, path + " could not be read: Permission denied.");
}

TEST(LoadArticle, TooLargeInputIsRefusedBeforeReading) {
    const std::string huge(kMaxArticleBytes + 1, 'a');
    const auto loaded = loadArticle(huge, "huge.txt");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().message, "huge.txt is larger than the 64 MB limit for one article.");
    EXPECT_EQ(loadArticle("", "").error().message, "The article is empty.");
}

TEST(LoadArticle, FormatFromTheNameElseFromTheContent) {
    const std::string html = "<!DOCTYPE html><title>T</title><p>Body text here.</p>";
    const std::string markdown = "# Heading\n\nBody *text* here.";
    const struct {
        std::string bytes;
        const char* name;
        SourceFormat format;
    } cases[] = {
        {html, "page.html", SourceFormat::Html},
        {html, "PAGE.HTM", SourceFormat::Html},
        {html, "https://news.example/a/1?x=2.txt", SourceFormat::Html},
        {html, "https://news.example/story.html?id=7#top", SourceFormat::Html},
        {html, "-", SourceFormat::Html},
        {html, "notes.txt", SourceFormat::PlainText},
        {markdown, "post.md", SourceFormat::Markdown},
        {markdown, "", SourceFormat::Markdown},
        {"Plain words only.\n\nMore words.", "", SourceFormat::PlainText},
    };
    for (const auto& c : cases) {
        const auto loaded = loadArticle(c.bytes, c.name);
        ASSERT_TRUE(loaded.ok()) << c.name << ": " << loaded.error().message;
        EXPECT_EQ(loaded->format, c.format) << c.name;
    }
}

TEST(LoadArticle, PlainTextHeadlineBecomesTheTitle) {
    const struct {
        const char* text;
        const char* title;
        const char* body;
    } cases[] = {
        {"시장 새 단장 마쳐\n\n전통시장이 석 달 공사를 마쳤다.", "시장 새 단장 마쳐",
         "전통시장이 석 달 공사를 마쳤다."},
        {"Market reopens after repairs\nThe market reopened on Monday.",
         "Market reopens after repairs", "The market reopened on Monday."},
        {"Who pays for the new bridge?\n\nThe council will decide.", "Who pays for the new bridge?",
         "The council will decide."},
        // Negative rows: a sentence with a full stop, a single line, a very long first line.
        {"The market reopened on Monday.\n\nTraders were relieved.", "",
         "The market reopened on Monday.\n\nTraders were relieved."},
        {"Only one line without a break", "", "Only one line without a break"},
    };
    for (const auto& c : cases) {
        const auto loaded = loadArticle(c.text, "story.txt");
        ASSERT_TRUE(loaded.ok()) << c.text;
        EXPECT_EQ(loaded->title, c.title) << c.text;
        EXPECT_EQ(loaded->text, c.body) << c.text;
    }
    const std::string longLine(200, 'w');
    EXPECT_EQ(loadArticle(longLine + "\n\nBody.", "long.txt")->title, "");
}

TEST(LoadArticle, LineBreaksAndBlankLinesAreNormalised) {
    const auto loaded = loadArticle(
        "Title line\r\n\r\n\r\nFirst paragraph.  \r\n  \r\nSecond.\rThird.\n\n\n", "crlf.txt");
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->title, "Title line");
    EXPECT_EQ(loaded->text, "First paragraph.\n\nSecond.\nThird.");
}

TEST(LoadArticle, HardWrappedParagraphsAreJoined) {
    const std::string wrapped =
        "Council approves bridge\n\n"
        "The city council approved the new bridge on Tuesday after a long\n"
        "debate about its cost, which has risen twice since the first plans\n"
        "were drawn up, and about the noise it will bring to the riverside.\n\n"
        "Work is due to start in the spring and to last about two years, the\n"
        "council said in a statement released after the vote in the evening.";
    const auto loaded = loadArticle(wrapped, "wrapped.txt");
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->text,
              "The city council approved the new bridge on Tuesday after a long debate about its "
              "cost, which "
              "has risen twice since the first plans were drawn up, and about the noise it will "
              "bring to the "
              "riverside.\n\nWork is due to start in the spring and to last about two years, the "
              "council said "
              "in a statement released after the vote in the evening.");
}

TEST(LoadArticle, ShortLinesStayLines) {
    const std::string subtitles =
        "Headline of the day\n\nFirst point in brief\nSecond point in brief\n"
        "Third point\n\nThe body of the story is a long paragraph that runs well past "
        "the width of the short lines above it, as prose does.";
    const auto loaded = loadArticle(subtitles, "lines.txt");
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(
        loaded->text.starts_with("First point in brief\nSecond point in brief\nThird point\n\n"))
        << loaded->text;
}

TEST(LoadArticle, TextIsNfc) {
    const auto loaded = loadArticle(
        "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xEA\xB0\x95 \xEB\xB3\xB8\xEB\xAC\xB8.", "nfc.txt");
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->text, "한강 본문.");
}

// One line of 4 MB, with no sentence end and no line break, in each format: read in linear time
// (a quadratic step would take hours here), with every byte of the text kept.
TEST(LoadArticle, OneHugeLineInEveryFormat) {
    std::string line;
    while (line.size() < 4 * 1024 * 1024)
        line += "끝없이 이어지는 한 줄 ";
    for (const char* name : {"line.txt", "line.md", "line.html"}) {
        const auto loaded = loadArticle(line, name);
        ASSERT_TRUE(loaded.ok()) << name << ": " << loaded.error().message;
        EXPECT_EQ(loaded->text.size(), line.size() - 1) << name;  // the final space trimmed
    }
}

TEST(LoadArticleFile, BundledSamplesLoadWithTitleDateAndLanguage) {
    const std::string samples = std::string(YEONPYO_SOURCE_DIR) + "/resources/samples/";
    const auto korean = loadArticleFile(samples + "zuckerberg-seoul-2024-ko.txt");
    ASSERT_TRUE(korean.ok()) << korean.error().message;
    EXPECT_EQ(korean->lang, "ko");
    EXPECT_EQ(korean->published, "2024-02-28T17:32+09:00");
    EXPECT_FALSE(korean->title.empty());
    EXPECT_EQ(korean->text.find(korean->title), std::string::npos)
        << "the title is not repeated in the body";

    const auto english = loadArticleFile(samples + "zuckerberg-seoul-2024-en.txt");
    ASSERT_TRUE(english.ok()) << english.error().message;
    EXPECT_EQ(english->lang, "en");
    EXPECT_EQ(english->charset, "UTF-8");
    EXPECT_FALSE(english->title.empty());
}

}  // namespace
}  // namespace yeonpyo::text
