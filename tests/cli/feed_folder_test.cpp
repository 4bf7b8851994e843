// `yeonpyo-cli ingest` on folders and RSS/Atom feeds (files, and URLs served by a local stub):
// every article found is stored once; a feed that is not XML or a folder with an unreadable file
// is one sentence naming it, and the document stays as it was.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "tests/cli/cli_fixture.h"
#include "tests/cli/generated_articles.h"
#include "tests/cli/http_stub.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string htmlArticle(int index) {
    return "<html><head><title>협력 논의 " + std::to_string(index) + "보</title></head><body><p>" +
           generatedArticle(index) + "</p></body></html>";
}

std::string rssFeed(const std::vector<std::string>& items) {
    std::string feed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>시험 "
        "피드</title>\n";
    for (const std::string& item : items)
        feed += "<item>" + item + "</item>\n";
    return feed + "</channel></rss>\n";
}

std::string contentItem(int index, const std::string& pubDate) {
    return "<title>협력 논의 " + std::to_string(index) + "보</title><link>https://news.test/a/" +
           std::to_string(index) + "</link><pubDate>" + pubDate +
           "</pubDate><content:encoded><![CDATA[<p>" + generatedArticle(index) +
           "</p>]]></content:encoded>";
}

TEST_F(CliTest, AFolderIsReadRecursivelyAndOnlyOnce) {
    const fs::path folder = file("articles");
    fs::create_directories(folder / "2024" / "march");
    fs::create_directories(folder / ".cache");
    write("articles/one.txt", generatedArticle(1));
    write("articles/2024/two.md", "# 협력 논의 2보\n\n" + generatedArticle(2));
    write("articles/2024/march/three.html", htmlArticle(3));
    write("articles/2024/march/notes.pdf", "%PDF-1.4 not an article");
    write("articles/.cache/hidden.txt", generatedArticle(4));
    const fs::path db = file("folder.yeonpyo");

    const CliRun first = run({"ingest", "--db", db.string(), folder.string()});
    ASSERT_TRUE(succeededQuietly(first));
    EXPECT_EQ(Json::parse(eventsJson(db)).at("articles").size(), 3u) << first.out;
    const std::string before = eventsJson(db);

    const CliRun again = run({"ingest", "--db", db.string(), folder.string()});
    ASSERT_TRUE(succeededQuietly(again));
    EXPECT_EQ(std::count(again.out.begin(), again.out.end(), '\n'), 3) << again.out;
    EXPECT_NE(again.out.find("already in the timeline"), std::string::npos);
    EXPECT_EQ(eventsJson(db), before);
}

TEST_F(CliTest, AFolderWithAnUnreadableFileChangesNothing) {
    const fs::path db = makeSampleDocument("unreadable.yeonpyo");
    fs::create_directories(file("folder/inner"));
    write("folder/a.txt", generatedArticle(1));
    const fs::path locked = write("folder/inner/locked.txt", generatedArticle(2));
    fs::permissions(locked, fs::perms::none);
    const ChildSetup user = ordinaryUserSetup();
    const auto events = [&] {
        return run({"events", "--db", db.string(), "--format", "json"}, user).out;
    };
    const std::string before = events();
    ASSERT_FALSE(before.empty());
    const CliRun ingest = run({"ingest", "--db", db.string(), file("folder").string()}, user);
    EXPECT_TRUE(failedWithOneSentence(ingest, "locked.txt could not be read"));
    EXPECT_EQ(events(), before);
}

TEST_F(CliTest, AnEmptyFolderIsRefused) {
    fs::create_directories(file("empty/sub"));
    write("empty/sub/picture.png", "\x89PNG");
    const fs::path db = makeSampleDocument("empty-folder.yeonpyo");
    const CliRun ingest = run({"ingest", "--db", db.string(), file("empty").string()});
    EXPECT_TRUE(failedWithOneSentence(ingest, "is a folder without .txt, .html, .htm or .md"));
}

TEST_F(CliTest, AFeedFileGivesOneArticlePerItemDatedByItsItem) {
    const fs::path feed =
        write("feed.rss", rssFeed({contentItem(1, "Tue, 05 Mar 2024 09:00:00 +0900"),
                                   contentItem(2, "Wed, 06 Mar 2024 10:30:00 +0900")}));
    const fs::path db = file("feed.yeonpyo");
    const CliRun ingest = run({"ingest", "--db", db.string(), feed.string()});
    ASSERT_TRUE(succeededQuietly(ingest));
    EXPECT_NE(ingest.out.find("reference date 2024-03-05 (input)"), std::string::npos)
        << ingest.out;
    EXPECT_NE(ingest.out.find("reference date 2024-03-06 (input)"), std::string::npos);
    const Json events = Json::parse(eventsJson(db));
    ASSERT_EQ(events.at("articles").size(), 2u);
    EXPECT_EQ(events.at("articles")[0].at("source"), "news.test");
}

TEST_F(CliTest, AFeedThatIsNotXmlChangesNothing) {
    const fs::path db = makeSampleDocument("not-xml.yeonpyo");
    const std::string before = eventsJson(db);
    struct Row {
        const char* name;
        std::string bytes;
        const char* error;
    };
    const std::vector<Row> rows{
        {"text.xml", "this is plain text, not a feed", "the XML is not well-formed at line 1"},
        {"broken.rss", rssFeed({contentItem(1, "x")}).substr(0, 300), "the XML is not well-formed"},
        {"html.atom", "<html><body><p>기사</p></body></html>", "its root element is <html>"},
        {"no_content.rss", rssFeed({"<title>빈 항목</title>"}), "has neither content nor a link"},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.name);
        const CliRun ingest =
            run({"ingest", "--db", db.string(), write(row.name, row.bytes).string()});
        EXPECT_TRUE(failedWithOneSentence(ingest, row.error));
        EXPECT_EQ(eventsJson(db), before);
    }
}

TEST_F(CliTest, AFeedUrlFetchesItsLinksOnce) {
    const std::string html = "Content-Type: text/html; charset=utf-8\r\n";
    HttpStub articles({{"/news/1.html", {httpResponse("200 OK", html, htmlArticle(11))}},
                       {"/news/2.html", {httpResponse("200 OK", html, htmlArticle(12))}}});
    const std::string origin = articles.origin();
    const std::string atom =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        "<title>시험</title><entry><title>하나</title><link href=\"" +
        origin + "/news/1.html\"/><updated>2024-03-05T09:00:00+09:00</updated></entry>" +
        "<entry><title>둘</title><link rel=\"alternate\" href=\"" + origin +
        "/news/2.html\"/><published>2024-03-06T09:00:00+09:00</published></entry></feed>";
    HttpStub feeds(
        {{"/feed.atom", {httpResponse("200 OK", "Content-Type: application/atom+xml\r\n", atom)}},
         {"/not-a-feed.rss", {httpResponse("200 OK", html, "<p>점검 중</p> <b>")}}});
    const fs::path db = file("atom.yeonpyo");
    const CliRun first = run({"ingest", "--db", db.string(), feeds.origin() + "/feed.atom"});
    ASSERT_TRUE(succeededQuietly(first));
    EXPECT_EQ(Json::parse(eventsJson(db)).at("articles").size(), 2u);
    EXPECT_EQ(articles.requests().size(), 2u);

    const CliRun again = run({"ingest", "--db", db.string(), feeds.origin() + "/feed.atom"});
    ASSERT_TRUE(succeededQuietly(again));
    EXPECT_EQ(articles.requests().size(), 2u) << "the stored links are not fetched again";
    EXPECT_NE(again.out.find("not fetched again"), std::string::npos) << again.out;

    const std::string before = eventsJson(db);
    const CliRun notFeed = run({"ingest", "--db", db.string(), feeds.origin() + "/not-a-feed.rss"});
    EXPECT_TRUE(failedWithOneSentence(notFeed, "is not an RSS or Atom feed"));
    EXPECT_EQ(eventsJson(db), before);
}

}  // namespace
}  // namespace yeonpyo::cli::testing
