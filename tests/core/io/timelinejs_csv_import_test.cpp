// Reading TimelineJS sheets saved as CSV: dates and times, ranges, HTML cells, the title row, the
// Text cells as one article, and rows that are refused with their line number.
#include <gtest/gtest.h>

#include "core/io/import.h"

namespace yeonpyo::io {
namespace {

// Columns in another order and case than TimelineJS's template, a title row, an era row,
// quoted commas, a line break inside a cell and HTML in Text.
constexpr std::string_view kSheet =
    "\xEF\xBB\xBFHeadline,Text,YEAR,Month,Day,Time,End Year,End Month,End Day,End "
    "Time,Type,Group\r\n"
    "Seoul visit,\"<p>Five events, <b>one</b> trip</p>\",,,,,,,,,title,\r\n"
    "Meta and start-ups,\"<p>Meeting with XR start-ups &amp; founders</p>\",2024,2,28,9:30 "
    "AM,,,,,,meeting\r\n"
    "LG lunch,\"Bibimbap\nand noodles\",2024,2,28,12:00,2024,2,28,13:15,,Meal\r\n"
    "Early 2024,,2024,,,,,,,,era,\r\n"
    "Courtesy call,,2024,2,29,,,,,,,\r\n"
    ",Background in 2025,2025,,,,,,,,,\r\n"
    ",,,,,,,,,,,\r\n";

TEST(TimelineCsvImport, ReadsEventsDatesAndText) {
    auto imported = importTimelineCsv(kSheet, ImportOptions{"Asia/Seoul"});
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    const std::vector<Event>& events = imported->events;
    ASSERT_EQ(events.size(), 4u);
    struct Expected {
        std::string title, start, end;
        EventKind kind;
    };
    const std::vector<Expected> expected{
        {"Meta and start-ups", "2024-02-28T09:30", "", EventKind::Meeting},
        {"LG lunch", "2024-02-28T12:00", "2024-02-28T13:15", EventKind::Meal},
        {"Courtesy call", "2024-02-29", "", EventKind::Other},
        {"", "2025", "", EventKind::Other},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(events[i].id, static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(events[i].sequence, static_cast<int>(i + 1));
        EXPECT_EQ(events[i].title, expected[i].title) << i;
        EXPECT_EQ(events[i].time.start, expected[i].start) << i;
        EXPECT_EQ(events[i].time.end, expected[i].end) << i;
        EXPECT_EQ(events[i].kind, expected[i].kind) << i;
        EXPECT_EQ(events[i].time.timeZone, "Asia/Seoul");
    }
    EXPECT_EQ(events[0].time.beginUtc, 1709080200) << "09:30 in Seoul is 00:30 UTC";
    EXPECT_EQ(events[1].time.endUtc, 1709093700) << "the lunch ends at 13:15";

    ASSERT_EQ(imported->articles.size(), 1u);
    const Article& sheet = imported->articles.front();
    EXPECT_EQ(sheet.title, "Seoul visit");
    EXPECT_EQ(
        sheet.text,
        "Meeting with XR start-ups & founders\n\nBibimbap\nand noodles\n\nBackground in 2025");
    ASSERT_EQ(events[1].quotes.size(), 1u);
    const Quote& quote = events[1].quotes.front();
    EXPECT_EQ(quote.text, "Bibimbap\nand noodles");
    EXPECT_EQ(quote.start, 38);
    EXPECT_EQ(quote.end, 38 + 20);
    EXPECT_TRUE(events[2].quotes.empty());
}

TEST(TimelineCsvImport, RefusesBadRowsNamingTheLine) {
    const std::string header = "Year,Month,Day,Time,Headline\n";
    struct Row {
        std::string sheet;
        std::string message;
    };
    const std::vector<Row> rows{
        {header + "2024,13,1,,x\n", "Line 2: Month \"13\" is not a number from 1 to 12."},
        {header + "2024,2,30,,x\n", "Line 2: 2024-02-30 is not a day of the calendar."},
        {header + "2024,2,28,25:00,x\n",
         "Line 2: Time \"25:00\" is not a time such as 14:30 or 2:30 PM."},
        {header + "2024,2,28,noon,x\n", "Line 2: Time \"noon\" is not a time"},
        {header + "2024,2,28,13:00 PM,x\n", "Line 2: Time \"13:00 PM\" is not a time"},
        {header + "two thousand,,,,x\n", "Line 2: Year \"two thousand\" is not a number"},
        {header + "2024,2,28,,\n", "Line 2: the row has neither a Headline nor a Text."},
        {header + "2024,2,28,,ok\n,3,,,x\n", "Line 3: the Year is empty."},
        {header + "2024,2,28,,\"open quote\n",
         "Line 2: a quoted field is not closed before the end of the file."},
        {header + "2024,2,28,,\"closed\"x\n", "Line 2: text follows the closing quote of a field."},
        {"Headline,Date\nx,2024\n",
         "The sheet has no Year column, so it is not a TimelineJS sheet saved as CSV."},
        {header, "The sheet has no event rows."},
        {"", "The sheet is empty."},
    };
    for (const Row& row : rows) {
        auto imported = importTimelineCsv(row.sheet);
        ASSERT_FALSE(imported.ok()) << row.sheet;
        EXPECT_TRUE(imported.error().message.starts_with(row.message))
            << row.sheet << "→ " << imported.error().message;
    }
}

}  // namespace
}  // namespace yeonpyo::io
