// Events whose year (and month) no source states: placed on a stand-in calendar, labelled with the
// known parts only, never as 1970 or the stand-in year, on screen and in every export.
#include <gtest/gtest.h>

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "app/render/image_export.h"
#include "app/render/timeline_layout.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

const QLocale kKorean(QLocale::Korean, QLocale::SouthKorea);

/// The sample story as an article without its year or month tells it: "XXXX-XX-28", unresolved.
std::vector<Event> undatedStory(const char* monthPart = "XX") {
    std::vector<Event> events = testing::zuckerbergSeoulEvents();
    for (Event& event : events) {
        event.time.start = "XXXX-" + std::string(monthPart) + event.time.start.substr(7);
        event.time.beginUtc.reset();
        event.time.endUtc.reset();
    }
    return events;
}

/// Every text of a frame: ticks, context labels and event subtitles.
QStringList textsOf(const TimelineLayout& layout) {
    QStringList texts{layout.axis.contextAtStart};
    for (const auto* ticks : {&layout.axis.ticks, &layout.axis.contextTicks}) {
        for (const AxisTick& tick : *ticks)
            texts << tick.label;
    }
    for (const EventGlyph& glyph : layout.events)
        texts << glyph.subtitle;
    return texts;
}

TimelineLayout layOut(const TimelineData& data, const QLocale& locale, double days = 2.5) {
    TimelineFrame frame;
    const auto extent = data.extent().value();
    frame.time = TimeViewport(static_cast<double>(extent.first) - 3600,
                              static_cast<double>(extent.first) + days * 86400, 1200);
    frame.height = 400;
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = locale;
    frame.known = data.knownCalendar();
    TimelineLayouter layouter(TimelineStyle::fromTheme(theme(ThemeKind::Light)));
    return layouter.layOut(data, frame);
}

TEST(UnknownDates, TheStoryWithoutAYearIsDrawnInOrderOnItsKnownDays) {
    const TimelineData data = TimelineData::fromEvents(undatedStory(), LaneMode::None, kKorean);
    EXPECT_EQ(data.size(), 5u);
    EXPECT_EQ(data.unplacedCount(), 0);
    EXPECT_EQ(data.knownCalendar(), KnownCalendar::DayOnly);
    for (std::uint32_t row = 0; row < data.size(); ++row)
        EXPECT_EQ(data.items()[row].sequence, static_cast<int>(row + 1));

    const TimelineLayout layout = layOut(data, kKorean);
    EXPECT_EQ(layout.axis.known, KnownCalendar::DayOnly);
    EXPECT_TRUE(layout.axis.contextAtStart.startsWith(QStringLiteral("?년 ?월 28일")))
        << layout.axis.contextAtStart.toStdString();
    const QString all = textsOf(layout).join(QLatin1Char('|'));
    EXPECT_TRUE(all.contains(QStringLiteral("?년 ?월 29일"))) << all.toStdString();
    for (const char* never : {"1970", "2000", "1월", "("})
        EXPECT_FALSE(all.contains(QString::fromUtf8(never)))
            << never << " in " << all.toStdString();
    EXPECT_EQ(layout.events.size(), 5u);
}

TEST(UnknownDates, LabelsNameWhatIsKnownInEachLanguageAndAtEachZoom) {
    struct Row {
        const char* month;
        QLocale locale;
        double days;
        const char* expected;  ///< Among the frame's texts.
        KnownCalendar known;
    };
    const Row rows[] = {
        {"XX", kKorean, 2.5, "?년 ?월 28일", KnownCalendar::DayOnly},
        {"XX", QLocale(QLocale::English), 2.5, "day 28, month and year ?", KnownCalendar::DayOnly},
        {"XX", kKorean, 40, "?월", KnownCalendar::DayOnly},
        {"02", kKorean, 2.5, "?년 2월 28일", KnownCalendar::MonthAndDay},
        {"02", QLocale(QLocale::English), 2.5, "28 Feb, year ?", KnownCalendar::MonthAndDay},
    };
    for (const Row& row : rows) {
        const TimelineData data =
            TimelineData::fromEvents(undatedStory(row.month), LaneMode::None, row.locale);
        EXPECT_EQ(data.knownCalendar(), row.known) << row.expected;
        const QString all = textsOf(layOut(data, row.locale, row.days)).join(QLatin1Char('|'));
        EXPECT_TRUE(all.contains(QString::fromUtf8(row.expected))) << all.toStdString();
        EXPECT_FALSE(all.contains(QStringLiteral("2000"))) << all.toStdString();
        EXPECT_FALSE(all.contains(QStringLiteral("1970"))) << all.toStdString();
    }
}

TEST(UnknownDates, DatedEventsKeepTheRealCalendarAndLeaveTheOthersOut) {
    std::vector<Event> mixed = undatedStory();
    mixed.front() = testing::zuckerbergSeoulEvents().front();
    const TimelineData data = TimelineData::fromEvents(mixed, LaneMode::None, kKorean);
    EXPECT_EQ(data.knownCalendar(), KnownCalendar::Full);
    EXPECT_EQ(data.size(), 1u);
    EXPECT_EQ(data.unplacedCount(), 4);
}

TEST(UnknownDates, ValuesThatNameNoDayStayUnplaced) {
    std::vector<Event> events = undatedStory();
    events[0].time.start = "XXXX-WXX-3";
    events[1].time.start = "";
    events[2].time.start = "FUTURE_REF";
    events[3].time.start = "XXXX-XX-2";
    events[4].time.start = "XXXX-XX-28Tgarbage";
    const TimelineData data = TimelineData::fromEvents(events, LaneMode::None, kKorean);
    EXPECT_EQ(data.size(), 0u);
    EXPECT_EQ(data.unplacedCount(), 5);
    EXPECT_EQ(data.knownCalendar(), KnownCalendar::Full);
}

TEST(UnknownDates, ThePdfShowsTheEventsAndTheKnownDaysNever1970) {
    const std::vector<Event> events = undatedStory();
    const std::vector<Article> articles = testing::zuckerbergSeoulArticles();
    ExportOptions options;
    options.size = QSize(1200, 640);
    options.locale = kKorean;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exportImage(buffer, ImageFormat::Pdf, {events, articles}, options).ok());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undated.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(20000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("이재용 회장과 만찬"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("사건 5건"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("?년 ?월 28일"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("날짜 미상"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("1970"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("2000"))) << text.toStdString();
}

}  // namespace
}  // namespace yeonpyo::render
