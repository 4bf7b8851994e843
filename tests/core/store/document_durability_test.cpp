// A document survives a killed import, and a second reader (the GUI) sees only committed work.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "core/store/document.h"
#include "core/store/synthetic.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::TempFolder;

constexpr int kEventsPerArticle = 50;

/// Article number `n` and its events, as one import step would add them.
Status importStep(Document& document, int n) {
    return document.transaction([&]() -> Status {
        Article article;
        article.title = "기사 " + std::to_string(n);
        article.text = "본문 " + std::to_string(n) + ": " + std::string(2000, 'x');
        auto stored = document.addArticle(article);
        if (!stored)
            return stored.error();
        SyntheticSpec spec;
        spec.seed = static_cast<std::uint64_t>(n);
        std::vector<Event> events;
        for (int i = 0; i < kEventsPerArticle; ++i)
            events.push_back(syntheticEvent(spec, i, stored->id));
        for (Event& event : events)
            event.quotes.clear();
        auto added = document.addEvents(events);
        if (!added)
            return added.error();
        return success();
    });
}

std::int64_t scalar(Document& document, std::string_view what) {
    if (what == "events") {
        auto count = document.eventCount();
        return count.ok() ? *count : -1;
    }
    auto articles = document.articles();
    return articles.ok() ? static_cast<std::int64_t>(articles->size()) : -1;
}

TEST(DocumentDurability, AnImportKilledInsideItsTransactionLeavesTheDocumentAsItWas) {
    TempFolder folder;
    const fs::path path = folder.file("killed.yeonpyo");
    {
        auto document = Document::open(path, OpenMode::CreateOrOpen);
        ASSERT_TRUE(document.ok());
        ASSERT_TRUE(importStep(*document, 0).ok());
    }
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto document = Document::open(path, OpenMode::ReadWrite);
        if (!document)
            ::_exit(2);
        (void)document->transaction([&]() -> Status {
            for (int n = 1; n < 20; ++n)
                (void)importStep(*document, n);
            ::kill(::getpid(), SIGKILL);
            return success();
        });
        ::_exit(3);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    auto document = Document::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_TRUE(document->checkIntegrity().ok());
    EXPECT_EQ(scalar(*document, "articles"), 1);
    EXPECT_EQ(scalar(*document, "events"), kEventsPerArticle);
}

TEST(DocumentDurability, AKilledIngestKeepsExactlyTheArticlesThatFinished) {
    TempFolder folder;
    const fs::path path = folder.file("ingest.yeonpyo");
    ASSERT_TRUE(Document::open(path, OpenMode::CreateOrOpen).ok());
    int pipeEnds[2];
    ASSERT_EQ(::pipe(pipeEnds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(pipeEnds[0]);
        auto document = Document::open(path, OpenMode::ReadWrite);
        if (!document)
            ::_exit(2);
        for (int n = 0;; ++n) {
            if (!importStep(*document, n).ok())
                ::_exit(4);
            const char done = 'x';
            if (::write(pipeEnds[1], &done, 1) != 1)
                ::_exit(5);
        }
    }
    ::close(pipeEnds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    int reported = 0;
    char buffer[256];
    for (ssize_t got; (got = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
        reported += static_cast<int>(got);
    ::close(pipeEnds[0]);
    ASSERT_GT(reported, 0) << "the child finished no article in 300 ms";

    auto document = Document::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_TRUE(document->checkIntegrity().ok());
    const std::int64_t articles = scalar(*document, "articles");
    // The last commit may have finished without its report reaching the pipe.
    EXPECT_TRUE(articles == reported || articles == reported + 1) << articles << " vs " << reported;
    EXPECT_EQ(scalar(*document, "events"), articles * kEventsPerArticle);
}

TEST(DocumentDurability, AReaderSeesCommittedWorkOnlyAndIsNotBlocked) {
    TempFolder folder;
    const fs::path path = folder.file("shared.yeonpyo");
    auto writer = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(writer.ok());
    auto reader = Document::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(reader.ok()) << reader.error().message;

    const Status written = writer->transaction([&]() -> Status {
        if (auto step = importStep(*writer, 1); !step)
            return step;
        EXPECT_EQ(scalar(*reader, "events"), 0) << "uncommitted events are invisible";
        return success();
    });
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(scalar(*reader, "events"), kEventsPerArticle);
}

}  // namespace
}  // namespace yeonpyo::store
