// Importing events files: `extract`'s JSON Lines merge like ingested articles, a JSON export is
// restored, and a bad record anywhere leaves the document as it was.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/io/export.h"
#include "core/lexicon/lexicon.h"
#include "core/pipeline/article_reading.h"
#include "core/pipeline/event_import.h"
#include "core/pipeline/ingest.h"
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

std::vector<IngestInput> samples() {
    return {
        {"zuckerberg-seoul-2024-ko.txt", readSample("zuckerberg-seoul-2024-ko.txt"), std::nullopt},
        {"zuckerberg-seoul-2024-en.txt", readSample("zuckerberg-seoul-2024-en.txt"), std::nullopt}};
}

/// What `yeonpyo-cli extract` writes for the inputs, one line each.
std::string extractedLines(const std::vector<IngestInput>& inputs) {
    std::string lines;
    for (const IngestInput& input : inputs) {
        auto extracted = extractArticle(input, {}, lexicon::builtinLexicon(), 1);
        EXPECT_TRUE(extracted.ok()) << extracted.error().message;
        if (extracted.ok())
            lines += io::exportJsonLine(extracted->article, extracted->events, "\"x\"");
    }
    return lines;
}

/// An event as compared across documents: everything but row ids.
struct Comparable {
    int sequence;
    std::string title, start, timeOfDay, place;
    std::size_t participants, quotes;
    bool operator==(const Comparable&) const = default;
};

std::vector<Comparable> comparable(store::Document& document) {
    std::vector<Comparable> result;
    auto events = document.events();
    EXPECT_TRUE(events.ok());
    for (const Event& event : *events) {
        result.push_back({event.sequence, event.title, event.time.start, event.time.timeOfDay,
                          event.place.name, event.participants.size(), event.quotes.size()});
    }
    return result;
}

class EventImport : public ::testing::Test {
protected:
    store::Document open(const std::string& name) {
        const fs::path path = fs::temp_directory_path() /
                              ("yeonpyo-event-import-" + std::to_string(::getpid()) + "-" + name);
        paths_.push_back(path);
        fs::remove(path);
        auto opened = store::Document::open(path, store::OpenMode::CreateOrOpen);
        EXPECT_TRUE(opened.ok());
        return std::move(*opened);
    }
    void TearDown() override {
        for (const fs::path& path : paths_) {
            for (const char* suffix : {"", "-wal", "-shm"})
                fs::remove(path.string() + suffix);
        }
    }

    static Result<EventImportReport> importText(store::Document& document, const std::string& text,
                                                io::ImportFormat format) {
        std::istringstream in(text);
        return importEventsFile(document, in, format, {});
    }

    std::vector<fs::path> paths_;
};

TEST_F(EventImport, ExtractedLinesMergeLikeIngestedArticles) {
    store::Document ingested = open("ingested");
    ASSERT_TRUE(ingest(ingested, samples(), {}).ok());
    store::Document imported = open("imported");
    auto report = importText(imported, extractedLines(samples()), io::ImportFormat::JsonLines);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->records, 2);
    EXPECT_EQ(report->eventsAdded, 5);
    EXPECT_EQ(comparable(imported), comparable(ingested));
    auto articles = imported.articles();
    ASSERT_TRUE(articles.ok());
    ASSERT_EQ(articles->size(), 2u);
    auto first = imported.article(articles->front().id);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->url, "zuckerberg-seoul-2024-ko.txt");
    EXPECT_FALSE(first->text.empty()) << "the text travels with the events";
}

TEST_F(EventImport, RecordsAlreadyStoredChangeNothing) {
    store::Document document = open("again");
    const std::string lines = extractedLines(samples());
    ASSERT_TRUE(importText(document, lines, io::ImportFormat::JsonLines).ok());
    const auto before = comparable(document);
    auto again = importText(document, lines, io::ImportFormat::JsonLines);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->recordsAlreadyIn, 2);
    EXPECT_EQ(again->eventsAdded, 0);
    EXPECT_EQ(comparable(document), before);
}

TEST_F(EventImport, ABadRecordInTheMiddleLeavesTheDocumentAsItWas) {
    store::Document document = open("bad-middle");
    const std::string good = extractedLines({samples()[0]});
    ASSERT_TRUE(importText(document, good, io::ImportFormat::JsonLines).ok());
    const auto before = comparable(document);

    std::string bad = extractedLines({samples()[1]});
    const std::size_t start = bad.find("\"start\":\"2024-02-");
    ASSERT_NE(start, std::string::npos);
    bad.replace(start, 19, "\"start\":\"2024-02-30");
    auto report = importText(document, extractedLines({samples()[1]}) + bad + good,
                             io::ImportFormat::JsonLines);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().message.rfind("line 2: ", 0), 0u) << report.error().message;
    EXPECT_NE(report.error().message.find("2024-02-30"), std::string::npos);
    EXPECT_EQ(comparable(document), before);
    auto articles = document.articles();
    ASSERT_TRUE(articles.ok());
    EXPECT_EQ(articles->size(), 1u) << "the first line's article went back out too";
}

TEST_F(EventImport, JsonExportIsRestoredWithForwardLinks) {
    store::Document source = open("source");
    ASSERT_TRUE(ingest(source, samples(), {}).ok());
    auto articles = source.articles();
    auto events = source.events();
    ASSERT_TRUE(articles.ok() && events.ok());
    std::reverse(events->begin(), events->end());  // every link now points forward in the file
    auto json = io::exportEvents(io::Format::Json, *articles, *events);
    ASSERT_TRUE(json.ok());

    store::Document restored = open("restored");
    auto report = importText(restored, *json, io::ImportFormat::Json);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->eventsAdded, 5);
    EXPECT_EQ(comparable(restored), comparable(source));
}

}  // namespace
}  // namespace yeonpyo::pipeline
