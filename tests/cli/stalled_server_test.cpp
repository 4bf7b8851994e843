// URL inputs from servers that hold the connection: one that never answers is given up after the
// fetch timeout (30 s); a body announced larger than the limit is refused without waiting, and
// one that does not announce its length is refused once it has passed the limit.
#include "tests/cli/cli_fixture.h"
#include "tests/cli/http_stub.h"

namespace yeonpyo::cli::testing {
namespace {

using Clock = std::chrono::steady_clock;

class StalledServerTest : public CliTest {
protected:
    /// Runs `ingest` on one URL; returns the run and how long it took.
    std::pair<CliRun, Clock::duration> ingestUrl(const std::string& url) const {
        const auto start = Clock::now();
        CliRun ingest = run({"ingest", "--db", file("web.yeonpyo").string(), url});
        return {std::move(ingest), Clock::now() - start};
    }
};

TEST_F(StalledServerTest, AServerThatNeverAnswersIsGivenUpAfterTheTimeout) {
    HttpStub stub({{"/stall", {"", true}}});
    const auto [ingest, took] = ingestUrl(stub.origin() + "/stall");
    EXPECT_TRUE(failedWithOneSentence(ingest, "no answer within 30 seconds"));
    EXPECT_LT(took, std::chrono::seconds(45));
}

TEST_F(StalledServerTest, ABodyAnnouncedLargerThanTheLimitIsRefusedAtOnce) {
    std::string huge =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 209715200\r\n\r\n";
    huge += std::string(64 * 1024, 'a');
    HttpStub stub({{"/huge", {huge, true}}});
    const auto [ingest, took] = ingestUrl(stub.origin() + "/huge");
    EXPECT_TRUE(failedWithOneSentence(ingest, "larger than 64 MB"));
    EXPECT_LT(took, std::chrono::seconds(10));
}

TEST_F(StalledServerTest, ABodyThatGrowsPastTheLimitUnannouncedIsRefusedAsItArrives) {
    std::string endless = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
    endless += std::string((64 << 20) + 64 * 1024, 'a');
    HttpStub stub({{"/endless", {endless, true}}});
    const auto [ingest, took] = ingestUrl(stub.origin() + "/endless");
    EXPECT_TRUE(failedWithOneSentence(ingest, "larger than 64 MB"));
    EXPECT_LT(took, std::chrono::seconds(20));
}

}  // namespace
}  // namespace yeonpyo::cli::testing
