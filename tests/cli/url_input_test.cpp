// `yeonpyo-cli ingest` on http URLs served by a local stub: an article is stored under a name
// without the URL's credentials or query; failures (missing, redirect off the web, too large,
// endless redirects, nobody listening, binary) are one sentence that leaks neither, and change
// nothing.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/store/document.h"
#include "tests/cli/cli_fixture.h"
#include "tests/cli/http_stub.h"

namespace yeonpyo::cli::testing {
namespace {

constexpr std::string_view kPassword = "s3cr3t-pass";
constexpr std::string_view kToken = "t0ken-value";

const std::string kArticle =
    "<html><head><title>북항 소식</title></head><body><p>부산시는 14일 웹에서온 북항 재개발 "
    "현장을 공개했다.</p></body></html>";

std::map<std::string, HttpAnswer> stubAnswers() {
    const std::string html = "Content-Type: text/html; charset=utf-8\r\n";
    return {
        {"/news/article.html", {httpResponse("200 OK", html, kArticle)}},
        {"/to-file", {httpResponse("302 Found", "Location: file:///etc/passwd\r\n", "")}},
        {"/to-ftp", {httpResponse("301 Moved Permanently", "Location: ftp://127.0.0.1/a\r\n", "")}},
        {"/loop", {httpResponse("302 Found", "Location: /loop\r\n", "")}},
        {"/photo",
         {httpResponse("200 OK", "Content-Type: image/png\r\n",
                       std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20))}},
    };
}

/// A URL of the stub with a user name, a password and a query, which must never be shown.
std::string urlWithSecrets(const HttpStub& stub, const std::string& path) {
    return "http://reader:" + std::string(kPassword) + "@127.0.0.1:" + std::to_string(stub.port()) +
           path + "?session=" + std::string(kToken);
}

::testing::AssertionResult keepsSecrets(std::string_view text) {
    if (text.find(kPassword) != std::string_view::npos ||
        text.find(kToken) != std::string_view::npos)
        return ::testing::AssertionFailure() << "a secret of the URL is shown: " << oneLine(text);
    return ::testing::AssertionSuccess();
}

TEST_F(CliTest, AnArticleFromAUrlIsStoredWithoutTheSecretsOfItsUrl) {
    HttpStub stub(stubAnswers());
    const auto db = makeSampleDocument("web.yeonpyo");
    const CliRun ingest =
        run({"ingest", "--db", db.string(), urlWithSecrets(stub, "/news/article.html")});
    ASSERT_TRUE(succeededQuietly(ingest));
    EXPECT_TRUE(keepsSecrets(ingest.out + ingest.err));
    const std::string events = eventsJson(db);
    EXPECT_TRUE(keepsSecrets(events)) << "the stored source names the URL with its secrets";
    auto document = store::Document::open(db, store::OpenMode::ReadOnly);
    ASSERT_TRUE(document.ok());
    auto articles = document->articles();
    ASSERT_TRUE(articles.ok() && articles->size() == 3u);
    EXPECT_EQ(articles->back().url, stub.origin() + "/news/article.html");

    const auto requests = stub.requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_NE(requests[0].find("\r\nUser-Agent: Yeonpyo/"), std::string::npos) << requests[0];
}

struct BadUrl {
    std::string name;
    std::string path;
    std::string sentencePart;
};

void PrintTo(const BadUrl& row, std::ostream* out) {
    *out << row.name;
}

class BadUrlTest : public CliTest, public ::testing::WithParamInterface<BadUrl> {};

TEST_P(BadUrlTest, IsOneSentenceWithoutSecretsAndChangesNothing) {
    HttpStub stub(stubAnswers());
    const auto db = makeSampleDocument("web.yeonpyo");
    const std::string before = eventsJson(db);
    const CliRun ingest =
        run({"ingest", "--db", db.string(), urlWithSecrets(stub, GetParam().path)});
    EXPECT_TRUE(failedWithOneSentence(ingest, GetParam().sentencePart));
    EXPECT_TRUE(keepsSecrets(ingest.out + ingest.err));
    EXPECT_EQ(eventsJson(db), before);
}

INSTANTIATE_TEST_SUITE_P(
    Urls, BadUrlTest,
    ::testing::Values(
        BadUrl{"redirect_to_a_file", "/to-file",
               "could not be fetched: it redirects to an address that is not http or https"},
        BadUrl{"redirect_to_ftp", "/to-ftp",
               "could not be fetched: it redirects to an address that is not http or https"},
        BadUrl{"endless_redirects", "/loop", "could not be fetched: it redirects too many times"},
        BadUrl{"binary", "/photo", "binary data"}),
    [](const auto& row) { return row.param.name; });

TEST_F(CliTest, AMissingPageIsOneSentenceWithoutSecrets) {
    HttpStub stub(stubAnswers());
    const auto db = makeSampleDocument("web.yeonpyo");
    const CliRun ingest = run({"ingest", "--db", db.string(), urlWithSecrets(stub, "/missing")});
    EXPECT_TRUE(failedWithOneSentence(ingest, "404"));
    EXPECT_TRUE(keepsSecrets(ingest.out + ingest.err));
}

TEST_F(CliTest, AUrlWhereNobodyListensIsOneSentenceWithoutSecrets) {
    const int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(socket, reinterpret_cast<sockaddr*>(&address), length), 0);
    ASSERT_EQ(::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length), 0);
    // Bound but not listening: the port is taken, and a connection to it is refused.
    const std::string url = "http://reader:" + std::string(kPassword) +
                            "@127.0.0.1:" + std::to_string(ntohs(address.sin_port)) +
                            "/a.html?session=" + std::string(kToken);
    const CliRun ingest = run({"ingest", "--db", file("web.yeonpyo").string(), url});
    ::close(socket);
    EXPECT_TRUE(failedWithOneSentence(ingest, "127.0.0.1"));
    EXPECT_TRUE(keepsSecrets(ingest.out + ingest.err));
    EXPECT_FALSE(std::filesystem::exists(file("web.yeonpyo"))) << "a failed read made a document";
}

}  // namespace
}  // namespace yeonpyo::cli::testing
