// `yeonpyo-cli events --format` end to end: every format to standard output and to a file, the
// same bytes either way, readable by its kind of parser; an unknown format refused.
#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

#include <memory>

#include "cli_process.h"

namespace yeonpyo::cli::testing {
namespace {

/// iCalendar stamps the moment of export (DTSTAMP); two runs differ only there.
QByteArray withoutTimestamps(QByteArray bytes) {
    static const QRegularExpression stamp(QStringLiteral("DTSTAMP:[0-9TZ]+\r?\n"));
    return QString::fromUtf8(bytes).remove(stamp).toUtf8();
}

bool isWellFormedXml(const QByteArray& bytes) {
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

class EventsCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { sample = std::make_unique<SampleDocument>(); }
    static void TearDownTestSuite() { sample.reset(); }

    void SetUp() override { ASSERT_TRUE(sample->ok()) << sample->error().toStdString(); }

    static CliRun events(const QStringList& options) {
        return runCli(
            QStringList{QStringLiteral("events"), QStringLiteral("--db"), sample->path()} +
            options);
    }

    /// The number of events in the document, from the JSON contract.
    static std::size_t eventCount() {
        const CliRun run = events({});
        const auto json = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
        return json.is_discarded() ? 0 : json.at("events").size();
    }

    static std::unique_ptr<SampleDocument> sample;
};

std::unique_ptr<SampleDocument> EventsCliTest::sample;

TEST_F(EventsCliTest, EveryFormatGoesToStandardOutputOrToTheFileNamed) {
    const std::size_t count = eventCount();
    ASSERT_GE(count, 5u) << "the sample story has at least five events";
    for (const char* format : {"json", "csv", "ics", "geojson", "kml", "timelinejs"}) {
        const QString file = sample->file(QStringLiteral("events-%1").arg(format));
        const CliRun toFile = events({"--format", format, "-o", file});
        ASSERT_EQ(toFile.exitCode, 0) << format << ": " << toFile.err.toStdString();
        EXPECT_TRUE(toFile.out.isEmpty()) << format << ": -o writes nothing to standard output";
        QFile written(file);
        ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << format;
        const QByteArray bytes = written.readAll();

        const CliRun toStdout = events({"--format", format});
        ASSERT_EQ(toStdout.exitCode, 0) << format << ": " << toStdout.err.toStdString();
        EXPECT_TRUE(toStdout.err.isEmpty()) << format;
        EXPECT_EQ(withoutTimestamps(toStdout.out), withoutTimestamps(bytes)) << format;

        const std::string text = bytes.toStdString();
        const QString name = QString::fromLatin1(format);
        if (name == "json" || name == "geojson" || name == "timelinejs") {
            const auto json = nlohmann::json::parse(text, nullptr, false);
            ASSERT_FALSE(json.is_discarded()) << format;
            if (name == "json" || name == "timelinejs") {
                EXPECT_EQ(json.at("events").size(), count) << format;
            }
            if (name == "geojson") {
                EXPECT_EQ(json.at("type"), "FeatureCollection");
            }
        } else if (name == "kml") {
            EXPECT_TRUE(isWellFormedXml(bytes));
            EXPECT_GE(bytes.count("<Placemark"), 1);
        } else if (name == "ics") {
            EXPECT_TRUE(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
            EXPECT_EQ(static_cast<std::size_t>(bytes.count("BEGIN:VEVENT")), count);
        } else if (name == "csv") {
            EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a BOM for spreadsheets";
        }
    }
}

TEST_F(EventsCliTest, AnUnknownFormatGivesOneSentenceAndExitTwo) {
    const CliRun run = events({"--format", "xlsx", "-o", sample->file("events.xlsx")});
    EXPECT_EQ(run.exitCode, 2);
    ASSERT_FALSE(run.errorLines().isEmpty());
    EXPECT_TRUE(run.errorLines().front().startsWith(QStringLiteral("yeonpyo-cli events: ")));
    EXPECT_TRUE(run.errorLines().front().endsWith('.'));
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFile::exists(sample->file("events.xlsx")));
}

TEST_F(EventsCliTest, AnUnwritableOutputFailsWithOneSentence) {
    const CliRun run = events({"-o", sample->file("no-such-folder/events.json")});
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.errorLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.errorLines().front().endsWith('.'));
}

}  // namespace
}  // namespace yeonpyo::cli::testing
