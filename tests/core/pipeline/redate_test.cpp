// Dating an undated article after import: its events ordered by what is known before, resolved in
// place after (as an ingest with that date would have), merged with other reports, the user's
// edits kept, and everything undone on request.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/pipeline/ingest.h"
#include "core/pipeline/redate.h"
#include "core/store/document.h"

namespace yeonpyo::pipeline {
namespace {

namespace fs = std::filesystem;

std::string readSample(const std::string& name) {
    std::ifstream file(fs::path(YEONPYO_SOURCE_DIR) / "resources" / "samples" / name,
                       std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

/// The Korean sample without its dateline ("입력 2024.02.28 17:32 …"): like the seed article, it
/// then states neither its year nor its date.
IngestInput undatedKorean() {
    std::istringstream lines(readSample("zuckerberg-seoul-2024-ko.txt"));
    std::string text;
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with("입력 "))
            text += line + "\n";
    }
    return {"undated-ko.txt", text, std::nullopt};
}

/// Events with ids replaced by their sequence (so documents built in different ways compare).
std::vector<Event> byPosition(std::vector<Event> events) {
    std::map<std::int64_t, std::int64_t> position;
    for (const Event& event : events)
        position[event.id] = event.sequence;
    for (Event& event : events) {
        event.id = event.sequence;
        for (std::int64_t& id : event.after)
            id = position[id];
        std::sort(event.after.begin(), event.after.end());
    }
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.sequence < b.sequence; });
    return events;
}

class Redate : public ::testing::Test {
protected:
    void TearDown() override {
        documents_.clear();
        for (const fs::path& path : paths_) {
            for (const char* suffix : {"", "-wal", "-shm"})
                fs::remove(path.string() + suffix);
        }
    }

    store::Document& newDocument() {
        const fs::path path = fs::temp_directory_path() /
                              ("yeonpyo-redate-" + std::to_string(::getpid()) + "-" +
                               ::testing::UnitTest::GetInstance()->current_test_info()->name() +
                               "-" + std::to_string(paths_.size()) + ".yeonpyo");
        fs::remove(path);
        paths_.push_back(path);
        documents_.push_back(std::make_unique<store::Document>(
            std::move(store::Document::open(path, store::OpenMode::CreateOrOpen).value())));
        return *documents_.back();
    }

    static void read(store::Document& document, std::vector<IngestInput> inputs,
                     IngestOptions options = {}) {
        auto report = ingest(document, inputs, options);
        ASSERT_TRUE(report.ok()) << report.error().message;
    }

    std::vector<fs::path> paths_;
    std::vector<std::unique_ptr<store::Document>> documents_;
};

constexpr temporal::CivilDate kDay{2024, 2, 28};

TEST_F(Redate, AnUndatedArticlesEventsFollowTheirKnownDaysAndPartsOfDay) {
    store::Document& document = newDocument();
    read(document, {undatedKorean()});
    const std::vector<Event> events = document.events().value();
    ASSERT_EQ(events.size(), 5u);
    const std::pair<std::string, std::string> expected[] = {{"XXXX-XX-28", "morning"},
                                                            {"XXXX-XX-28", "noon"},
                                                            {"XXXX-XX-28", "evening"},
                                                            {"XXXX-XX-29", ""},
                                                            {"XXXX-XX-29", ""}};
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i].sequence, static_cast<int>(i + 1));
        EXPECT_EQ(events[i].time.start, expected[i].first) << events[i].title;
        EXPECT_EQ(events[i].time.timeOfDay, expected[i].second) << events[i].title;
    }
    EXPECT_EQ(events[4].kind, EventKind::Departure) << "the departure follows the call";
}

TEST_F(Redate, DatingInPlaceGivesTheDocumentAnIngestWithThatDateGives) {
    store::Document& dated = newDocument();
    read(dated, {undatedKorean()});
    auto changes = redateArticle(dated, 1, kDay);
    ASSERT_TRUE(changes.ok()) << changes.error().message;
    EXPECT_EQ(changes->previousPublished, "");
    // Row ids of deleted events may be given again: each undated event is changed or removed.
    EXPECT_EQ(changes->removed.size() + changes->changedBefore.size(), 5u);

    store::Document& ingested = newDocument();
    IngestOptions options;
    options.referenceDate = kDay;
    read(ingested, {undatedKorean()}, options);

    EXPECT_EQ(byPosition(dated.events().value()), byPosition(ingested.events().value()));
    EXPECT_EQ(dated.articles().value(), ingested.articles().value());
    EXPECT_EQ(dated.article(1).value().published, "2024-02-28");
    EXPECT_TRUE(undatedArticles(dated).value().empty());
}

TEST_F(Redate, UndoPutsBackTheEventsAndTheMissingDate) {
    store::Document& document = newDocument();
    read(document, {undatedKorean()});
    const std::vector<Event> before = byPosition(document.events().value());
    auto changes = redateArticle(document, 1, kDay);
    ASSERT_TRUE(changes.ok()) << changes.error().message;
    auto renamed = undoRedate(document, 1, *changes);
    ASSERT_TRUE(renamed.ok()) << renamed.error().message;
    EXPECT_EQ(byPosition(document.events().value()), before);
    EXPECT_EQ(undatedArticles(document).value().size(), 1u);
}

TEST_F(Redate, TheUsersEditStaysAndTakesTheResolvedDate) {
    store::Document& document = newDocument();
    read(document, {undatedKorean()});
    Event lunch = document.events().value()[1];
    ASSERT_EQ(lunch.time.timeOfDay, "noon");
    lunch.title = "LG 경영진과 비빔밥 오찬";
    ASSERT_TRUE(document.updateEvent(lunch, store::EditOrigin::User).ok());

    auto changes = redateArticle(document, 1, kDay);
    ASSERT_TRUE(changes.ok()) << changes.error().message;
    const std::vector<Event> events = document.events().value();
    ASSERT_EQ(events.size(), 5u) << "the re-read lunch meets the edited one instead of doubling it";
    const Event kept = document.event(lunch.id).value();
    EXPECT_EQ(kept.title, "LG 경영진과 비빔밥 오찬");
    EXPECT_TRUE(kept.editedByUser);
    EXPECT_EQ(kept.time.start, "2024-02-28");
    EXPECT_EQ(kept.sequence, 2);
    EXPECT_EQ(kept.after, std::vector<std::int64_t>{events[0].id}) << "it follows the meeting";
    const auto undone = undoRedate(document, 1, *changes);
    ASSERT_TRUE(undone.ok()) << undone.error().message;
    EXPECT_EQ(document.event(lunch.id).value().time.start, "XXXX-XX-28") << "undo dates it back";
}

TEST_F(Redate, OnceDatedTheEventsJoinAnotherArticlesReportsOfThem) {
    store::Document& document = newDocument();
    read(document,
         {undatedKorean(), {"en.txt", readSample("zuckerberg-seoul-2024-en.txt"), std::nullopt}});
    ASSERT_EQ(document.events().value().size(), 10u) << "undated events cannot meet dated ones";
    auto changes = redateArticle(document, 1, kDay);
    ASSERT_TRUE(changes.ok()) << changes.error().message;
    const std::vector<Event> events = document.events().value();
    ASSERT_EQ(events.size(), 5u);
    for (const Event& event : events) {
        std::set<std::int64_t> sources;
        for (const Quote& quote : event.quotes)
            sources.insert(quote.articleId);
        EXPECT_EQ(sources.size(), 2u) << event.title;
    }
    auto renamed = undoRedate(document, 1, *changes);
    ASSERT_TRUE(renamed.ok()) << renamed.error().message;
    EXPECT_EQ(document.events().value().size(), 10u);
}

TEST_F(Redate, RefusesAMissingArticleOrOneWithoutTextAndChangesNothing) {
    store::Document& document = newDocument();
    read(document, {undatedKorean()});
    const std::vector<Event> before = document.events().value();
    auto missing = redateArticle(document, 7, kDay);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, "There is no article 7 in the document.");

    Article textless;
    textless.title = "From a JSON export";
    textless.source = "export.json";
    const std::int64_t id = document.addArticle(textless).value().id;
    auto empty = redateArticle(document, id, kDay);
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("no text"), std::string::npos);
    EXPECT_EQ(document.events().value(), before);
    EXPECT_EQ(document.article(id).value().published, "");
}

}  // namespace
}  // namespace yeonpyo::pipeline
