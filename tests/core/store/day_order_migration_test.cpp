// Schema 3 (the order kept day by day): a schema-2 document, whose sequences number the whole
// timeline, upgrades to ranks within days and reads back in the same order with the same numbers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/model/order_day.h"
#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::TempFolder;

constexpr int kVersionBeforeDayOrder = 2;

struct OldRow {
    std::int64_t id;
    int sequence;
    std::string start;
};

/// The rows in the order their sequences give: two days, a day known only in part, undated.
const std::vector<OldRow> kOldTimeline{{7, 1, "2024-02-27"},
                                       {3, 2, "2024-02-28T09:00"},
                                       {9, 3, "2024-02-28"},
                                       {4, 4, "2024-02-28T19:00"},
                                       {1, 5, "XXXX-XX-28"},
                                       {8, 6, "2024-02"},
                                       {2, 7, ""}};

void writeVersion2Document(const fs::path& path, const std::vector<OldRow>& rows = kOldTimeline) {
    auto connection = Connection::open(path, Connection::Access::ReadWriteCreate);
    ASSERT_TRUE(connection.ok()) << connection.error().message;
    ASSERT_TRUE(migrate(*connection, 0, kVersionBeforeDayOrder).ok());
    auto insert = connection->prepare(
        "INSERT INTO event(id, sequence, title, time_start, created_at, modified_at) "
        "VALUES (?1, ?2, ?3, ?4, 0, 0)");
    ASSERT_TRUE(insert.ok()) << insert.error().message;
    for (const OldRow& row : rows) {
        const std::string title = "event " + std::to_string(row.id);
        ASSERT_TRUE(insert->bindAll(row.id, row.sequence, title, row.start).run().ok());
    }
    ASSERT_TRUE(connection->execute("INSERT INTO event_fts(event_fts) VALUES ('rebuild')").ok());
}

std::vector<std::pair<std::int64_t, int>> idsAndSequences(Document& document) {
    auto events = document.events();
    if (!events.ok()) {
        ADD_FAILURE() << events.error().message;
        return {};
    }
    std::vector<std::pair<std::int64_t, int>> order;
    for (const Event& event : *events)
        order.emplace_back(event.id, event.sequence);
    return order;
}

TEST(DayOrderMigration, AVersion2DocumentKeepsItsOrderAndNumbers) {
    TempFolder folder;
    const fs::path path = folder.file("old.yeonpyo");
    writeVersion2Document(path);
    auto document = Document::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_TRUE(document->checkIntegrity().ok());

    std::vector<std::pair<std::int64_t, int>> expected;
    for (const OldRow& row : kOldTimeline)
        expected.emplace_back(row.id, row.sequence);
    EXPECT_EQ(idsAndSequences(*document), expected);
    auto one = document->event(4);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->sequence, 4);
    auto days = document->eventsOnDays(std::vector<std::string>{"2024-02-28"});
    ASSERT_TRUE(days.ok());
    ASSERT_EQ(days->size(), 3u);
    EXPECT_EQ(days->front().id, 3);
}

TEST(DayOrderMigration, AnEventAddedAfterTheUpgradeShiftsOnlyTheLaterDays) {
    TempFolder folder;
    const fs::path path = folder.file("old.yeonpyo");
    writeVersion2Document(path);
    auto document = Document::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    Event early;
    early.title = "new first day";
    early.time.start = "2024-02-26";
    const auto keepOrder = [](std::vector<Event>& day) {
        int rank = 0;
        for (Event& event : day)
            event.sequence = ++rank;
    };
    const Status added = document->transaction([&]() -> Status {
        auto ids = document->addEvents({early});
        if (!ids)
            return ids.error();
        return document->renumberChangedDays(keepOrder);
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
    const auto order = idsAndSequences(*document);
    ASSERT_EQ(order.size(), kOldTimeline.size() + 1);
    EXPECT_EQ(order.front().second, 1);
    for (std::size_t i = 0; i < kOldTimeline.size(); ++i) {
        EXPECT_EQ(order[i + 1].first, kOldTimeline[i].id);
        EXPECT_EQ(order[i + 1].second, kOldTimeline[i].sequence + 1);
    }
}

TEST(DayOrderMigration, TheDaysOfOlderEventsAreThoseOrderDayGives) {
    const std::vector<std::string> starts{"2024-02-28",
                                          "2024-02-28T12:00+09:00",
                                          "XXXX-XX-28",
                                          "2024-02-XX",
                                          "2024-02",
                                          "2024-W09",
                                          "PRESENT_REF",
                                          "FUTURE_REF",
                                          "",
                                          "2024-Q1",
                                          "2024-02-2"};
    std::vector<OldRow> rows;
    for (const std::string& start : starts)
        rows.push_back(
            {static_cast<std::int64_t>(rows.size() + 1), static_cast<int>(rows.size() + 1), start});
    TempFolder folder;
    const fs::path path = folder.file("old.yeonpyo");
    writeVersion2Document(path, rows);
    ASSERT_TRUE(Document::open(path, OpenMode::ReadWrite).ok());
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    ASSERT_TRUE(connection.ok());
    auto stored = connection->prepare("SELECT time_start, order_day FROM event");
    ASSERT_TRUE(stored.ok());
    int seen = 0;
    for (auto row = stored->step(); row.ok() && *row; row = stored->step(), ++seen)
        EXPECT_EQ(stored->textAt(1), orderDay(stored->textAt(0))) << stored->textAt(0);
    EXPECT_EQ(seen, static_cast<int>(starts.size()));
}

}  // namespace
}  // namespace yeonpyo::store
