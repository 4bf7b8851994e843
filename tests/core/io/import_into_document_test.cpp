// The `import` path end to end: a JSON export read back and stored in a new document gives the
// same timeline; importing it again adds nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>

#include "core/io/export.h"
#include "core/io/import.h"
#include "core/store/document.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

namespace fs = std::filesystem;

class ImportIntoDocument : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() /
                  ("yeonpyo-io-test-" + std::to_string(std::random_device{}()));
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    fs::path folder_;
};

/// Events as a second document holds them: ids renumbered in order, links and quotes following.
std::vector<Event> renumbered(std::vector<Event> events, const std::vector<std::int64_t>& ids) {
    std::map<std::int64_t, std::int64_t> rowOf;
    for (std::size_t i = 0; i < events.size(); ++i)
        rowOf[events[i].id] = ids[i];
    for (Event& event : events) {
        event.id = rowOf[event.id];
        for (std::int64_t& after : event.after)
            after = rowOf[after];
        std::sort(event.after.begin(), event.after.end());
    }
    return events;
}

TEST_F(ImportIntoDocument, StoresWhatTheJsonExportHolds) {
    auto json = exportEvents(Format::Json, testing::sampleArticles(), testing::sampleEvents());
    ASSERT_TRUE(json.ok());
    auto imported = importEvents(*json);
    ASSERT_TRUE(imported.ok()) << imported.error().message;

    auto document =
        store::Document::open(folder_ / "imported.yeonpyo", store::OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok());
    auto stored = document->addTimeline(imported->articles, imported->events);
    ASSERT_TRUE(stored.ok()) << stored.error().message;
    EXPECT_EQ(stored->articlesAdded, 2);
    EXPECT_EQ(stored->eventsAdded, 5);

    auto events = document->events();
    ASSERT_TRUE(events.ok());
    std::vector<Event> expected = renumbered(testing::sampleEvents(), stored->eventIds);
    for (Event& event : expected) {
        for (Quote& quote : event.quotes)
            quote.articleId = stored->articleIds[static_cast<std::size_t>(quote.articleId - 1)];
        for (SourceConflict& conflict : event.conflicts) {
            if (conflict.articleId != 0) {
                const auto file = static_cast<std::size_t>(conflict.articleId - 1);
                conflict.articleId = stored->articleIds[file];
            }
        }
    }
    EXPECT_EQ(*events, expected);

    auto again = document->addTimeline(imported->articles, imported->events);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->articlesAdded, 0);
    EXPECT_EQ(again->eventsAdded, 0);
    EXPECT_EQ(*document->eventCount(), 5);
    EXPECT_TRUE(document->checkIntegrity().ok());
}

TEST_F(ImportIntoDocument, StoresATimelineJsSheetWithItsText) {
    auto imported = importEvents("Year,Month,Day,Headline,Text\n2024,2,28,Lunch,Bibimbap at LG\n");
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    auto document = store::Document::open(folder_ / "sheet.yeonpyo", store::OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok());
    ASSERT_TRUE(document->addTimeline(imported->articles, imported->events).ok());
    auto hits = document->search("bibimbap");
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2u) << "the event (by its quote) and the sheet's article";
}

}  // namespace
}  // namespace yeonpyo::io
