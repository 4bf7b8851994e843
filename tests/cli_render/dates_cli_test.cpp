// `yeonpyo-cli dates` and `set-date` end to end: an article without its date lists candidates, and
// dating it in place gives the document an ingest with that date gives; bad requests refused.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <map>

#include "cli_process.h"

namespace yeonpyo::cli::testing {
namespace {

/// `events --format json` with event ids replaced by sequence numbers, `after` lists too.
nlohmann::json withoutIds(const QByteArray& json) {
    nlohmann::json document = nlohmann::json::parse(json.toStdString());
    std::map<std::int64_t, std::int64_t> sequenceOf;
    for (const auto& event : document["events"])
        sequenceOf[event["id"].get<std::int64_t>()] = event["sequence"].get<std::int64_t>();
    for (auto& event : document["events"]) {
        event["id"] = sequenceOf[event["id"].get<std::int64_t>()];
        std::vector<std::int64_t> after;
        for (const auto& id : event["after"])
            after.push_back(sequenceOf[id.get<std::int64_t>()]);
        std::sort(after.begin(), after.end());
        event["after"] = after;
    }
    return document;
}

class DatesCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        // The Korean sample without its dateline, so that it states no year and no date.
        QFile sample(
            QStringLiteral(YEONPYO_SOURCE_DIR "/resources/samples/zuckerberg-seoul-2024-ko.txt"));
        ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
        QFile undated(article());
        ASSERT_TRUE(undated.open(QIODevice::WriteOnly));
        for (const QByteArray& line : sample.readAll().split('\n')) {
            if (!line.startsWith("입력 "))
                undated.write(line + '\n');
        }
    }

    QString article() const { return dir.filePath(QStringLiteral("undated.txt")); }
    QString db(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir dir;
};

TEST_F(DatesCliTest, DatingTheArticleInPlaceEqualsIngestingItWithThatDate) {
    ASSERT_EQ(runCli({"ingest", "--db", db("later.yeonpyo"), article()}).exitCode, 0);
    const CliRun undated = runCli({"events", "--db", db("later.yeonpyo")});
    ASSERT_EQ(undated.exitCode, 0);
    EXPECT_TRUE(undated.out.contains("\"XXXX-XX-28\"")) << undated.out.toStdString();
    EXPECT_FALSE(undated.out.contains("1970"));

    const CliRun dates = runCli({"dates", "--db", db("later.yeonpyo")});
    ASSERT_EQ(dates.exitCode, 0) << dates.err.toStdString();
    EXPECT_TRUE(dates.out.startsWith("article 1\t")) << dates.out.toStdString();
    EXPECT_TRUE(dates.out.contains("2024-?\?-?\?\ta relative year beside an explicit one"))
        << dates.out.toStdString();

    const CliRun set =
        runCli({"set-date", "--db", db("later.yeonpyo"), "--article", "1", "2024-02-28"});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    ASSERT_EQ(runCli({"ingest", "--db", db("at-once.yeonpyo"), "--reference-date", "2024-02-28",
                      article()})
                  .exitCode,
              0);
    const CliRun later = runCli({"events", "--db", db("later.yeonpyo")});
    const CliRun atOnce = runCli({"events", "--db", db("at-once.yeonpyo")});
    ASSERT_EQ(later.exitCode, 0);
    ASSERT_EQ(atOnce.exitCode, 0);
    EXPECT_EQ(withoutIds(later.out), withoutIds(atOnce.out));
    EXPECT_TRUE(later.out.contains("\"2024-02-28\""));

    const CliRun none = runCli({"dates", "--db", db("later.yeonpyo")});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.isEmpty());
    EXPECT_EQ(none.errorLines(),
              QStringList{"yeonpyo-cli: every article of the document has a date."});
}

TEST_F(DatesCliTest, BadRequestsAreRefusedWithOneSentenceAndChangeNothing) {
    ASSERT_EQ(runCli({"ingest", "--db", db("doc.yeonpyo"), article()}).exitCode, 0);
    const CliRun before = runCli({"events", "--db", db("doc.yeonpyo")});
    struct Row {
        QStringList arguments;
        int exitCode;
        const char* message;
    };
    const Row rows[] = {
        {{"--article", "1", "2024-02-30"}, 2, "'2024-02-30' is not a date in the form YYYY-MM-DD."},
        {{"--article", "one", "2024-02-28"}, 2, "'one' is not an article id."},
        {{"2024-02-28"}, 2, "article"},
        {{"--article", "1"}, 2, "give one DATE in the form YYYY-MM-DD."},
        {{"--article", "9", "2024-02-28"}, 1, "There is no article 9 in the document."},
    };
    for (const Row& row : rows) {
        const CliRun run =
            runCli(QStringList{"set-date", "--db", db("doc.yeonpyo")} + row.arguments);
        EXPECT_EQ(run.exitCode, row.exitCode) << row.message;
        EXPECT_TRUE(run.err.contains(row.message)) << run.err.toStdString();
    }
    EXPECT_EQ(runCli({"events", "--db", db("doc.yeonpyo")}).out, before.out);
    EXPECT_EQ(runCli({"dates", "--db", db("missing.yeonpyo")}).exitCode, 1);
}

}  // namespace
}  // namespace yeonpyo::cli::testing
