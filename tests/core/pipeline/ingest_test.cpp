// Ingest: the sample articles become one merged, ordered itinerary; re-imports, edits, bad input
// and cancellation leave the document as a user expects.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

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

class Ingest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() /
                ("yeonpyo-ingest-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".yeonpyo");
        fs::remove(path_);
        auto opened = store::Document::open(path_, store::OpenMode::CreateOrOpen);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        document_.emplace(std::move(*opened));
    }
    void TearDown() override {
        document_.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(path_.string() + suffix);
    }

    static std::vector<IngestInput> samples() {
        return {{"zuckerberg-seoul-2024-ko.txt", readSample("zuckerberg-seoul-2024-ko.txt"),
                 std::nullopt},
                {"zuckerberg-seoul-2024-en.txt", readSample("zuckerberg-seoul-2024-en.txt"),
                 std::nullopt}};
    }

    std::vector<Event> events() { return document_->events().value(); }

    fs::path path_;
    std::optional<store::Document> document_;
};

TEST_F(Ingest, SyndicatedCopiesAddOutletsToOneTextAndItsEventsNotQuotes) {
    std::vector<IngestInput> inputs = samples();
    const std::string korean = inputs[0].bytes;
    for (int copy = 1; copy <= 3; ++copy) {
        inputs.push_back({"copy-" + std::to_string(copy) + ".txt",
                          korean + "\n<재배포 " + std::to_string(copy) + "호 ⓒ 시험통신>\n",
                          std::nullopt});
    }
    auto report = ingest(*document_, inputs, {});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->articles.size(), 5u);
    for (std::size_t copy = 2; copy < 5; ++copy) {
        EXPECT_TRUE(report->articles[copy].copy);
        EXPECT_EQ(report->articles[copy].articleId, report->articles[0].articleId);
        EXPECT_EQ(report->articles[copy].eventsFound, 0);
    }
    const std::vector<Event> itinerary = events();
    ASSERT_EQ(itinerary.size(), 5u) << "copies merge into the same events";
    for (const Event& event : itinerary) {
        std::set<std::int64_t> sources;
        for (const Quote& quote : event.quotes)
            sources.insert(quote.articleId);
        EXPECT_EQ(sources.size(), 2u) << event.title << ": the Korean text once, the English once";
    }
    auto articles = document_->articles();
    ASSERT_TRUE(articles.ok());
    ASSERT_EQ(articles->size(), 2u);
    EXPECT_EQ(articles->front().copies.size(), 3u) << "the Korean text ran in four outlets";
}

TEST_F(Ingest, TheKoreanAndEnglishReportsBecomeOneItineraryOfFiveEvents) {
    auto report = ingest(*document_, samples(), {});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->articles.size(), 2u);
    EXPECT_EQ(report->articles[0].eventsAdded, 5);
    EXPECT_EQ(report->articles[1].eventsMerged, 5) << "every English event joins its Korean report";
    EXPECT_EQ(report->articles[1].referenceDate, "2024-02-28");

    const std::vector<Event> itinerary = events();
    ASSERT_EQ(itinerary.size(), 5u);
    for (std::size_t index = 0; index < itinerary.size(); ++index) {
        EXPECT_EQ(itinerary[index].sequence, static_cast<int>(index + 1));
        std::set<std::int64_t> sources;
        for (const Quote& quote : itinerary[index].quotes)
            sources.insert(quote.articleId);
        EXPECT_EQ(sources.size(), 2u) << itinerary[index].title << " is quoted from both articles";
    }
    EXPECT_EQ(itinerary[1].kind, EventKind::Meal);
    EXPECT_EQ(itinerary[1].time.timeOfDay, "noon");
    EXPECT_EQ(itinerary[2].time.timeOfDay, "evening");
    EXPECT_EQ(itinerary[4].kind, EventKind::Departure);
    EXPECT_EQ(itinerary[4].time.start, "2024-02-29");
}

TEST_F(Ingest, ReadingTheSameArticleAgainChangesNothing) {
    ASSERT_TRUE(ingest(*document_, samples(), {}).ok());
    const std::vector<Event> before = events();
    auto again = ingest(*document_, samples(), {});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->articles[0].duplicate);
    EXPECT_TRUE(again->articles[1].duplicate);
    EXPECT_EQ(events(), before);
}

TEST_F(Ingest, AUsersCorrectionSurvivesANewReportOfTheSameEvent) {
    const std::vector<IngestInput> all = samples();
    ASSERT_TRUE(ingest(*document_, std::span(all).first(1), {}).ok());
    Event lunch = events()[1];
    lunch.title = "LG 경영진과 오찬 (데스크 확인)";
    ASSERT_TRUE(document_->updateEvent(lunch, store::EditOrigin::User).ok());

    ASSERT_TRUE(ingest(*document_, std::span(all).subspan(1), {}).ok());
    const Event after = document_->event(lunch.id).value();
    EXPECT_EQ(after.title, "LG 경영진과 오찬 (데스크 확인)");
    EXPECT_TRUE(after.editedByUser);
    EXPECT_GT(after.quotes.size(), lunch.quotes.size()) << "the new report still adds its quotes";
}

TEST_F(Ingest, OneUnreadableInputRefusesAllAndWritesNothing) {
    std::vector<IngestInput> inputs = samples();
    std::string image("\x89PNG\r\n\x1a\n", 8);
    image.append(4096, '\0');
    inputs.push_back({"broken.txt", image, std::nullopt});
    auto report = ingest(*document_, inputs, {});
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("broken.txt"), std::string::npos)
        << report.error().message;
    EXPECT_TRUE(events().empty());
    EXPECT_TRUE(document_->articles().value().empty());
}

TEST_F(Ingest, CancellingKeepsTheArticlesThatFinished) {
    std::atomic<bool> cancel{false};
    int progressCalls = 0;
    auto report = ingest(
        *document_, samples(), {},
        [&](const IngestProgress& step) {
            ++progressCalls;
            if (step.done == 1)
                cancel = true;
        },
        &cancel);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(report->articles.size(), 1u);
    EXPECT_EQ(document_->articles().value().size(), 1u);
    EXPECT_GE(progressCalls, 2);
}

TEST_F(Ingest, WithoutAnyDateRelativeDaysStayUnresolved) {
    IngestInput undated{"undated.txt",
                        "저커버그 CEO는 28일 서울에서 조주완 LG전자 CEO와 오찬을 함께했다.\n",
                        std::nullopt};
    auto report = ingest(*document_, std::span(&undated, 1), {});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->articles[0].referenceSource, "none");
    const std::vector<Event> found = events();
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].time.start, "XXXX-XX-28");
    EXPECT_FALSE(found[0].time.beginUtc.has_value());
}

TEST_F(Ingest, AnExplicitReferenceDateWinsOverTheArticles) {
    IngestOptions options;
    options.referenceDate = temporal::CivilDate{2024, 3, 5};
    IngestInput article{"article.txt",
                        "저커버그 CEO는 28일 서울에서 조주완 LG전자 CEO와 오찬을 함께했다.\n",
                        std::nullopt};
    auto report = ingest(*document_, std::span(&article, 1), options);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->articles[0].referenceSource, "option");
    EXPECT_EQ(events()[0].time.start, "2024-02-28") << "the 28th before 5 March is in February";
}

}  // namespace
}  // namespace yeonpyo::pipeline
