// A reader (the GUI) open on a document while yeonpyo-cli writes to it from another process: the
// writer is not blocked, a read in progress keeps its snapshot, and a refresh sees the new events.
#include <nlohmann/json.hpp>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "tests/cli/cli_fixture.h"
#include "tests/cli/generated_articles.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;

std::int64_t eventCount(store::Document& document) {
    auto count = document.eventCount();
    EXPECT_TRUE(count.ok()) << count.error().message;
    return count.ok() ? *count : -1;
}

/// Counts the rows of a query that was stepped once before the writer ran and finishes now.
std::int64_t finishCounting(store::Statement& statement) {
    std::int64_t rows = 1;
    for (auto row = statement.step(); row.ok() && *row; row = statement.step())
        ++rows;
    return rows;
}

TEST_F(CliTest, AnImportIntoAnOpenDocumentIsSeenAfterARefreshAndNotInAReadInProgress) {
    const fs::path db = makeSampleDocument("shared.yeonpyo");
    auto reader = store::Document::open(db, store::OpenMode::ReadOnly);
    ASSERT_TRUE(reader.ok()) << reader.error().message;
    const std::int64_t before = eventCount(*reader);

    auto snapshot = store::Connection::open(db, store::Connection::Access::ReadOnly);
    ASSERT_TRUE(snapshot.ok());
    auto reading = snapshot->prepare("SELECT id FROM event");
    ASSERT_TRUE(reading.ok());
    auto first = reading->step();
    ASSERT_TRUE(first.ok() && *first) << "a read in progress holds its snapshot";

    const fs::path article = write("more.txt", generatedArticle(7));
    const CliRun ingest = run({"ingest", "--db", db.string(), article.string()});
    ASSERT_TRUE(succeededQuietly(ingest)) << "a reader must not block the writer";

    EXPECT_EQ(finishCounting(*reading), before) << "a read in progress saw a later commit";
    const std::int64_t after = eventCount(*reader);
    EXPECT_GT(after, before) << "the open document does not see the import";
    const auto exported = nlohmann::json::parse(eventsJson(db));
    EXPECT_EQ(static_cast<std::int64_t>(exported["events"].size()), after);
}

TEST_F(CliTest, RefreshingWhileAnIngestRunsNeverFailsAndNeverGoesBack) {
    const fs::path db = makeSampleDocument("busy.yeonpyo");
    const std::int64_t sampleEvents = 3;
    std::vector<std::string> arguments{"ingest", "--db", db.string()};
    for (int i = 0; i < 120; ++i) {
        arguments.push_back(
            write("busy-" + std::to_string(i) + ".txt", generatedArticle(i)).string());
    }
    CliProcess ingest(arguments, setup());
    std::int64_t seen = 0;
    int refreshes = 0;
    while (ingest.nextErrorLine(std::chrono::seconds(20))) {
        auto document = store::Document::open(db, store::OpenMode::ReadOnly);
        ASSERT_TRUE(document.ok()) << document.error().message;
        auto events = document->events();
        ASSERT_TRUE(events.ok()) << events.error().message;
        const auto count = static_cast<std::int64_t>(events->size());
        EXPECT_GE(count, seen);
        seen = count;
        ++refreshes;
    }
    const CliRun finished = ingest.wait(std::chrono::seconds(60));
    ASSERT_TRUE(succeededQuietly(finished));
    EXPECT_GT(refreshes, 100);
    auto document = store::Document::open(db, store::OpenMode::ReadOnly);
    ASSERT_TRUE(document.ok());
    const std::int64_t last = eventCount(*document);
    EXPECT_GT(last, sampleEvents);
    EXPECT_GE(last, seen);
}

}  // namespace
}  // namespace yeonpyo::cli::testing
