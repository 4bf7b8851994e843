// `yeonpyo-cli ingest` killed with SIGKILL at random moments: the document passes SQLite's
// integrity check and equals a document that ingested exactly the articles that finished.
#include <signal.h>

#include <nlohmann/json.hpp>

#include <random>
#include <set>
#include <thread>

#include "core/store/document.h"
#include "tests/cli/cli_fixture.h"
#include "tests/cli/generated_articles.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kArticles = 150;
constexpr int kRounds = 3;

/// The number in a progress line "[12/200] name", or 0 for any other line.
int progressNumber(std::string_view line) {
    if (!line.starts_with('[') || line.find('/') == std::string_view::npos)
        return 0;
    return std::atoi(std::string(line.substr(1, line.find('/') - 1)).c_str());
}

/// The highest progress number on standard error: articles before it have finished.
int lastProgress(const std::string& err) {
    int last = 0;
    std::size_t begin = 0;
    for (std::size_t end; (end = err.find('\n', begin)) != std::string::npos; begin = end + 1)
        last = std::max(last, progressNumber(std::string_view(err).substr(begin, end - begin)));
    return last;
}

class InterruptionTest : public CliTest {
protected:
    void SetUp() override {
        for (int i = 0; i < kArticles; ++i) {
            const std::string name = "article-" + std::to_string(1000 + i) + ".txt";
            articles_.push_back(write(name, generatedArticle(i)).string());
        }
    }

    std::vector<std::string> ingestArguments(const fs::path& db, int count) const {
        std::vector<std::string> arguments{"ingest", "--db", db.string()};
        arguments.insert(arguments.end(), articles_.begin(), articles_.begin() + count);
        return arguments;
    }

    /// Articles in the document beyond the two of the sample, checked to be cited by events.
    std::int64_t ingestedArticles(const fs::path& db) const {
        const auto content = nlohmann::json::parse(eventsJson(db));
        std::set<std::int64_t> cited;
        for (const auto& event : content["events"]) {
            for (const auto& quote : event["quotes"])
                cited.insert(quote["article"].get<std::int64_t>());
        }
        std::int64_t stored = 0;  // a generated article may be another's copy (syndication)
        for (const auto& article : content["articles"]) {
            EXPECT_TRUE(cited.count(article["id"].get<std::int64_t>()))
                << "article " << article["id"] << " is stored without its events";
            stored += 1 + static_cast<std::int64_t>(
                              article.value("copies", nlohmann::json::array()).size());
        }
        return stored - 2;
    }

    std::vector<std::string> articles_;
};

TEST_F(InterruptionTest, AnIngestKilledAtRandomMomentsKeepsExactlyTheArticlesThatFinished) {
    const unsigned seed = std::random_device()();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    for (int round = 0; round < kRounds; ++round) {
        const int killAt = std::uniform_int_distribution<int>(2, kArticles)(random);
        const auto delay =
            std::chrono::microseconds(std::uniform_int_distribution(0, 3000)(random));
        SCOPED_TRACE("killed after progress line " + std::to_string(killAt) + " and " +
                     std::to_string(delay.count()) + " µs");
        const fs::path db = makeSampleDocument("killed-" + std::to_string(round) + ".yeonpyo");

        CliProcess ingest(ingestArguments(db, kArticles), setup());
        for (std::optional<std::string> line;
             (line = ingest.nextErrorLine(std::chrono::seconds(20)));) {
            if (progressNumber(*line) >= killAt)
                break;
        }
        std::this_thread::sleep_for(delay);
        ingest.kill(SIGKILL);
        const CliRun killed = ingest.wait(std::chrono::seconds(10));
        const int seen = lastProgress(killed.err);
        ASSERT_GE(seen, killAt) << oneLine(killed.err);

        {
            auto document = store::Document::open(db, store::OpenMode::ReadWrite);
            ASSERT_TRUE(document.ok()) << document.error().message;
            const Status integrity = document->checkIntegrity();
            EXPECT_TRUE(integrity.ok()) << integrity.error().message;
        }
        const std::int64_t finished = ingestedArticles(db);
        const bool ranToTheEnd = killed.signal != SIGKILL;
        if (ranToTheEnd) {
            EXPECT_EQ(finished, kArticles);
        } else {
            EXPECT_TRUE(finished == seen - 1 || finished == seen) << finished << " of " << seen;
        }

        const fs::path reference =
            makeSampleDocument("reference-" + std::to_string(round) + ".yeonpyo");
        if (finished > 0) {
            ASSERT_TRUE(
                succeededQuietly(run(ingestArguments(reference, static_cast<int>(finished)))));
        }
        EXPECT_EQ(eventsJson(db), eventsJson(reference))
            << "the killed document differs from one that ingested the " << finished
            << " finished articles alone";
    }
}

}  // namespace
}  // namespace yeonpyo::cli::testing
