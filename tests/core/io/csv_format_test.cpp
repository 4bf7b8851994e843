// CSV export read back with an RFC 4180 reader: a row an event, BOM, CRLF, quoting, formulas.
#include <gtest/gtest.h>

#include "core/io/csv_p.h"
#include "core/io/export.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

struct Sheet {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    std::string cell(std::size_t row, const std::string& column) const {
        const auto at = std::find(header.begin(), header.end(), column);
        EXPECT_NE(at, header.end()) << column;
        return at == header.end() ? std::string{}
                                  : rows[row][static_cast<std::size_t>(at - header.begin())];
    }
};

std::string exportedCsv() {
    auto csv = exportEvents(Format::Csv, testing::sampleArticles(), testing::sampleEvents());
    EXPECT_TRUE(csv.ok());
    return csv.ok() ? *csv : std::string{};
}

Sheet readBack(const std::string& csv) {
    auto records = parseCsv(csv);
    EXPECT_TRUE(records.ok());
    Sheet sheet;
    if (!records.ok() || records->empty())
        return sheet;
    sheet.header = records->front().fields;
    for (std::size_t i = 1; i < records->size(); ++i)
        sheet.rows.push_back((*records)[i].fields);
    return sheet;
}

TEST(CsvFormat, StartsWithAByteOrderMarkAndEndsLinesWithCrLf) {
    const std::string csv = exportedCsv();
    EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFid,sequence,kind,status,title,start,"));
    EXPECT_TRUE(csv.ends_with("\r\n"));
}

TEST(CsvFormat, HasOneRowPerEventWithItsFields) {
    const Sheet sheet = readBack(exportedCsv());
    const std::vector<Event> events = testing::sampleEvents();
    ASSERT_EQ(sheet.rows.size(), events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        ASSERT_EQ(sheet.rows[i].size(), sheet.header.size()) << "row " << i;
        EXPECT_EQ(sheet.cell(i, "id"), std::to_string(events[i].id));
        EXPECT_EQ(sheet.cell(i, "start"), events[i].time.start);
        EXPECT_EQ(sheet.cell(i, "kind"), toString(events[i].kind));
    }
    EXPECT_EQ(sheet.cell(0, "lat"), "37.528");
    EXPECT_EQ(sheet.cell(0, "lon"), "126.934");
    EXPECT_EQ(sheet.cell(0, "participants"), "조주완 (CEO, LG전자); 권봉석 (COO, (주)LG)");
    EXPECT_EQ(sheet.cell(0, "quotes"),
              "“LG트윈타워에서 조주완 사장과 점심을 함께했다.”\n“He had lunch with LG's CEO.”");
    EXPECT_EQ(sheet.cell(0, "sources"),
              "저커버그, 서울서 LG·삼성 총수 잇달아 만나 — 연표일보, 2024-02-28\n"
              "Zuckerberg meets LG and Samsung leaders in Seoul — Yeonpyo Times, 2024-02-28");
    EXPECT_EQ(sheet.cell(2, "after"), "2 3");
    EXPECT_EQ(sheet.cell(3, "lat"), "") << "unknown coordinates stay empty";
}

TEST(CsvFormat, QuotesUserTextAndDisarmsFormulas) {
    const Sheet sheet = readBack(exportedCsv());
    ASSERT_EQ(sheet.rows.size(), 5u);
    EXPECT_EQ(sheet.cell(4, "title"), testing::kHostileTitle)
        << "commas, quotes and line breaks survive";
    EXPECT_EQ(sheet.cell(4, "address"), "'=HYPERLINK(\"x\")");
    EXPECT_EQ(sheet.cell(4, "derivation"), "'=SUM(A1)");
    EXPECT_EQ(sheet.cell(4, "edited"), "yes");
}

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
    struct Row {
        std::string value, written;
    };
    const std::vector<Row> rows{{"plain", "plain"},
                                {"a,b", "\"a,b\""},
                                {"say \"hi\"", "\"say \"\"hi\"\"\""},
                                {"two\nlines", "\"two\nlines\""},
                                {" padded", "\" padded\""},
                                {"", ""}};
    for (const Row& row : rows)
        EXPECT_EQ(csvField(row.value), row.written) << row.value;
}

}  // namespace
}  // namespace yeonpyo::io
