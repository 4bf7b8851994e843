// Every yeonpyo-cli command on documents it must refuse (damaged, truncated, foreign, newer, a
// folder), on read-only files and folders, and on a full disk: one sentence, the file untouched.
#include <functional>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "tests/cli/cli_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;
using store::testing::readBytes;
using store::testing::writeBytes;

constexpr std::size_t kPageSize = 4096;

void runSql(const fs::path& path, std::string_view sql) {
    auto connection = store::Connection::open(path, store::Connection::Access::ReadWriteCreate);
    ASSERT_TRUE(connection.ok()) << connection.error().message;
    auto done = connection->execute(sql);
    ASSERT_TRUE(done.ok()) << done.error().message;
}

/// Makes a bad document at `path` (the sample document is already there).
using Spoil = std::function<void(const fs::path& path)>;

struct BadDocument {
    std::string name;
    Spoil spoil;
    std::string sentencePart;
};

void PrintTo(const BadDocument& row, std::ostream* out) {
    *out << row.name;
}

std::vector<BadDocument> badDocuments() {
    return {
        {"not_sqlite",
         [](const fs::path& path) { writeBytes(path, std::string(3 * kPageSize, 'x')); },
         "is not a Yeonpyo document (it is not a SQLite database)."},
        {"truncated", [](const fs::path& path) { fs::resize_file(path, fs::file_size(path) / 2); },
         "is damaged: the file is truncated"},
        {"foreign_sqlite",
         [](const fs::path& path) {
             fs::remove(path);
             runSql(path,
                    "CREATE TABLE event(id INTEGER PRIMARY KEY, title TEXT);"
                    "INSERT INTO event VALUES (1, 'not ours');");
         },
         "is a SQLite database but not a Yeonpyo document."},
        {"newer_schema", [](const fs::path& path) { runSql(path, "PRAGMA user_version = 999"); },
         "was written by a newer Yeonpyo (schema 999;"},
        {"damaged_pages",
         [](const fs::path& path) {
             std::string bytes = readBytes(path);
             for (std::size_t i = kPageSize; i < bytes.size(); ++i)
                 bytes[i] = static_cast<char>(i * 7 + 3);
             writeBytes(path, bytes);
         },
         "damaged"},
        {"folder",
         [](const fs::path& path) {
             fs::remove(path);
             fs::create_directory(path);
         },
         "is a folder, not a Yeonpyo document."},
    };
}

class BadDocumentTest : public CliTest,
                        public ::testing::WithParamInterface<std::tuple<BadDocument, std::string>> {
protected:
    std::vector<std::string> commandLine(const std::string& command, const std::string& db) {
        if (command == "ingest")
            return {"ingest", "--db", db,
                    write("a.txt", "부산시는 14일 북항을 공개했다.\n").string()};
        if (command == "import")
            return {"import", "--db", db, write("events.json", kSampleEventsJson).string()};
        if (command == "search")
            return {"search", "--db", db, "북항"};
        if (command == "render")
            return {"render", "--db", db, "-o", file("out.svg").string()};
        return {"events", "--db", db, "--format", "csv"};
    }
};

TEST_P(BadDocumentTest, IsRefusedWithOneSentenceAndLeftAsItWas) {
    const auto& [document, command] = GetParam();
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    document.spoil(db);
    const bool isFile = fs::is_regular_file(db);
    const std::string before = isFile ? readBytes(db) : std::string();

    const CliRun run = this->run(commandLine(command, db.string()));
    EXPECT_TRUE(failedWithOneSentence(run, document.sentencePart));
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_FALSE(fs::exists(file("out.svg"))) << "an export was written from a refused document";
    if (isFile) {
        EXPECT_EQ(readBytes(db), before) << "the refused document changed";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Documents, BadDocumentTest,
    ::testing::Combine(::testing::ValuesIn(badDocuments()),
                       ::testing::Values("ingest", "import", "events", "search", "render")),
    [](const auto& row) { return std::get<0>(row.param).name + "_" + std::get<1>(row.param); });

TEST_F(CliTest, AReadOnlyDocumentIsReadButNotWritten) {
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    const std::string before = eventsJson(db);
    const ChildSetup user = ordinaryUserSetup();
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string article = write("a.txt", "부산시는 14일 북항을 공개했다.\n").string();
    const std::string events = write("more.json", kSampleEventsJson).string();

    EXPECT_TRUE(failedWithOneSentence(run({"ingest", "--db", db.string(), article}, user),
                                      "is read-only, and Yeonpyo needs to write to it."));
    EXPECT_TRUE(failedWithOneSentence(run({"import", "--db", db.string(), events}, user),
                                      "is read-only, and Yeonpyo needs to write to it."));
    const CliRun read = run({"events", "--db", db.string(), "--format", "json"}, user);
    EXPECT_TRUE(succeededQuietly(read));
    EXPECT_EQ(read.out, before);
    EXPECT_TRUE(succeededQuietly(run({"search", "--db", db.string(), "북항"}, user)));
}

/// A document moved into a folder that the child may read but not write.
class ReadOnlyFolderTest : public CliTest {
protected:
    void SetUp() override {
        const fs::path db = makeSampleDocument("timeline.yeonpyo");
        before_ = eventsJson(db);
        const fs::path shelf = file("shelf");
        fs::create_directory(shelf);
        db_ = shelf / "timeline.yeonpyo";
        fs::rename(db, db_);
        article_ = write("a.txt", "부산시는 14일 북항을 공개했다.\n").string();
        user_ = ordinaryUserSetup();
        fs::permissions(shelf, fs::perms::owner_read | fs::perms::owner_exec);
        bytes_ = readBytes(db_);
    }

    fs::path db_;
    std::string before_;
    std::string article_;
    std::string bytes_;
    ChildSetup user_;
};

TEST_F(ReadOnlyFolderTest, WritingIsRefused) {
    EXPECT_TRUE(failedWithOneSentence(run({"ingest", "--db", db_.string(), article_}, user_),
                                      "is read-only, and Yeonpyo needs to write files beside"));
    EXPECT_EQ(readBytes(db_), bytes_);
}

// SQLite cannot create the -shm file a WAL document needs here; the store reads it immutable.
TEST_F(ReadOnlyFolderTest, ReadingWorks) {
    const CliRun read = run({"events", "--db", db_.string(), "--format", "json"}, user_);
    EXPECT_TRUE(succeededQuietly(read));
    EXPECT_EQ(read.out, before_);
    EXPECT_EQ(readBytes(db_), bytes_);
}

/// A document and a write larger than the disk allows: the file size limit stands in for a
/// full disk (the same failed write, without mounting anything).
class FullDiskTest : public CliTest {
protected:
    ChildSetup fullDisk() const {
        ChildSetup setup = this->setup();
        setup.maxFileBytes = 64 * 1024;
        return setup;
    }
};

TEST_F(FullDiskTest, AnIngestThatRunsOutOfSpaceLeavesTheDocumentAsItWas) {
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    const std::string before = eventsJson(db);
    std::string text = "항만 소식\n\n";
    for (int i = 0; i < 2000; ++i)
        text += "부산시는 " + std::to_string(i % 28 + 1) + "일 북항 " + std::to_string(i) +
                "구역 현장을 공개했다.\n";
    const std::string article = write("long.txt", text).string();

    EXPECT_TRUE(failedWithOneSentence(run({"ingest", "--db", db.string(), article}, fullDisk()),
                                      "Could not"));
    EXPECT_EQ(eventsJson(db), before);
    auto document = store::Document::open(db, store::OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_TRUE(document->checkIntegrity().ok());
}

TEST_F(FullDiskTest, AnImportThatRunsOutOfSpaceLeavesTheDocumentAsItWasAndUsable) {
    const fs::path db = makeSampleDocument("timeline.yeonpyo");
    const std::string before = eventsJson(db);
    std::string events;
    for (int i = 0; i < 2000; ++i) {
        events += std::string(events.empty() ? "" : ",") + R"({"id": )" + std::to_string(i + 1) +
                  R"(, "title": "회의 )" + std::to_string(i) + R"(", "start": "2024-05-)" +
                  std::to_string(i % 18 + 10) + R"(", "participants": [{"name": "참석자)" +
                  std::to_string(i) + R"("}]})";
    }
    const std::string json =
        write("many.json", R"({"schema": "yeonpyo.events/1", "events": [)" + events + "]}")
            .string();

    EXPECT_TRUE(
        failedWithOneSentence(run({"import", "--db", db.string(), json}, fullDisk()), "Could not"));
    EXPECT_EQ(eventsJson(db), before);
    EXPECT_TRUE(succeededQuietly(run({"import", "--db", db.string(), json})))
        << "the document stays usable once there is room";
}

}  // namespace
}  // namespace yeonpyo::cli::testing
