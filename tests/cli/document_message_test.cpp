// A document that opens but is damaged inside (one table's page overwritten): every command that
// trips over the damage names the document's file as damaged, never the article it was adding.
#include "core/store/connection.h"
#include "tests/cli/cli_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;
using store::testing::readBytes;
using store::testing::writeBytes;

/// A command and the table whose first page is overwritten before it runs.
struct DamagedTable {
    std::string table;
    std::string command;
};

void PrintTo(const DamagedTable& row, std::ostream* out) {
    *out << row.table << "_" << row.command;
}

/// Overwrites the root page of `table` (the whole table in a small document) with noise.
void damageTable(const fs::path& path, const std::string& table) {
    std::int64_t pageSize = 0;
    std::int64_t rootPage = 0;
    {
        auto connection = store::Connection::open(path, store::Connection::Access::ReadOnly);
        ASSERT_TRUE(connection.ok()) << connection.error().message;
        auto size = connection->queryInt("PRAGMA page_size");
        auto root =
            connection->queryInt("SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'");
        ASSERT_TRUE(size.ok() && root.ok());
        pageSize = *size;
        rootPage = *root;
    }
    std::string bytes = readBytes(path);
    const auto begin = static_cast<std::size_t>((rootPage - 1) * pageSize);
    ASSERT_LE(begin + static_cast<std::size_t>(pageSize), bytes.size());
    for (std::size_t i = begin; i < begin + static_cast<std::size_t>(pageSize); ++i)
        bytes[i] = static_cast<char>(i * 7 + 3);
    writeBytes(path, bytes);
}

class DamagedTableTest : public CliTest, public ::testing::WithParamInterface<DamagedTable> {
protected:
    std::vector<std::string> commandLine(const std::string& db) {
        const std::string& command = GetParam().command;
        if (command == "ingest")
            return {"ingest", "--db", db, article_};
        if (command == "import")
            return {"import", "--db", db, write("more.json", kSampleEventsJson).string()};
        if (command == "search")
            return {"search", "--db", db, "북항"};
        if (command == "render")
            return {"render", "--db", db, "-o", file("out.svg").string()};
        return {"events", "--db", db, "--format", "csv"};
    }

    std::string article_ = write("a.txt", "부산시는 14일 북항을 공개했다.\n").string();
};

TEST_P(DamagedTableTest, NamesTheDocumentAsDamagedAndChangesNothing) {
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    damageTable(db, GetParam().table);
    const std::string before = readBytes(db);

    const CliRun run = this->run(commandLine(db.string()));
    EXPECT_TRUE(failedWithOneSentence(run, "yeonpyo-cli: " + db.string() + " is damaged"));
    EXPECT_EQ(readBytes(db), before) << "the damaged document changed";
}

INSTANTIATE_TEST_SUITE_P(
    Tables, DamagedTableTest,
    ::testing::Values(DamagedTable{"event", "ingest"}, DamagedTable{"article", "ingest"},
                      DamagedTable{"quote", "ingest"}, DamagedTable{"article_fts_data", "ingest"},
                      DamagedTable{"user_place", "ingest"}, DamagedTable{"event", "import"},
                      DamagedTable{"article", "import"}, DamagedTable{"event", "events"},
                      DamagedTable{"quote", "render"}, DamagedTable{"event", "search"},
                      DamagedTable{"article_fts_data", "search"}),
    [](const auto& row) { return row.param.table + "_" + row.param.command; });

}  // namespace
}  // namespace yeonpyo::cli::testing
