// Opening documents: creation through migrations, reopening, and refusing files it must not touch.
#include <gtest/gtest.h>
#include <unistd.h>

#include <functional>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/synthetic.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::readBytes;
using testing::TempFolder;
using testing::writeBytes;

std::int64_t pragma(const fs::path& path, std::string_view name) {
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    EXPECT_TRUE(connection.ok());
    auto value = connection->queryInt("PRAGMA " + std::string(name));
    EXPECT_TRUE(value.ok()) << value.error().message;
    return value.ok() ? *value : -1;
}

void runSql(const fs::path& path, std::string_view sql) {
    auto connection = Connection::open(path, Connection::Access::ReadWriteCreate);
    ASSERT_TRUE(connection.ok());
    auto done = connection->execute(sql);
    ASSERT_TRUE(done.ok()) << done.error().message;
}

/// A closed document of a few hundred events (several pages), written through the public API.
void makeDocument(const fs::path& path, std::int64_t events = 300) {
    auto document = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok()) << document.error().message;
    SyntheticSpec spec;
    spec.eventCount = events;
    ASSERT_TRUE(writeSyntheticTimeline(*document, spec).ok());
}

TEST(DocumentOpen, CreatesAMissingFileWithTheCurrentSchema) {
    TempFolder folder;
    const fs::path path = folder.file("new.yeonpyo");
    auto document = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_FALSE(document->isReadOnly());
    EXPECT_EQ(pragma(path, "user_version"), kSchemaVersion);
    EXPECT_EQ(pragma(path, "application_id"), kApplicationId);
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    for (std::string_view table : requiredTables()) {
        auto found = connection->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = '" +
                                          std::string(table) + "'");
        EXPECT_EQ(found.ok() ? *found : 0, 1) << table;
    }
}

TEST(DocumentOpen, MigratesAnEmptyFileFromVersionZero) {
    TempFolder folder;
    const fs::path path = folder.file("empty.yeonpyo");
    writeBytes(path, "");
    auto document = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_EQ(pragma(path, "user_version"), kSchemaVersion);
    auto count = document->eventCount();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0);
}

TEST(DocumentOpen, UsesWriteAheadLoggingAndForeignKeys) {
    TempFolder folder;
    const fs::path path = folder.file("wal.yeonpyo");
    makeDocument(path, 10);
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    auto mode = connection->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(mode->step().ok());
    EXPECT_EQ(mode->textAt(0), "wal");
}

TEST(DocumentOpen, ReopensReadWriteAndReadOnly) {
    TempFolder folder;
    const fs::path path = folder.file("doc.yeonpyo");
    makeDocument(path, 25);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly, OpenMode::CreateOrOpen}) {
        auto document = Document::open(path, mode);
        ASSERT_TRUE(document.ok()) << document.error().message;
        auto count = document->eventCount();
        ASSERT_TRUE(count.ok());
        EXPECT_EQ(*count, 25);
    }
}

TEST(DocumentOpen, ReadOnlyDocumentRefusesWrites) {
    TempFolder folder;
    const fs::path path = folder.file("doc.yeonpyo");
    makeDocument(path, 5);
    const std::string before = readBytes(path);
    auto document = Document::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(document.ok());
    EXPECT_TRUE(document->isReadOnly());
    Article article;
    article.text = "새 기사";
    auto added = document->addArticle(article);
    ASSERT_FALSE(added.ok());
    EXPECT_NE(added.error().message.find("read-only"), std::string::npos) << added.error().message;
    EXPECT_EQ(readBytes(path), before);
}

struct Refusal {
    std::string name;
    std::function<void(const fs::path&)> make;
    OpenMode mode;
    std::string expected;  // part of the error sentence
};

std::vector<Refusal> refusals() {
    auto garbage = [](const fs::path& path) {
        std::string bytes;
        for (int i = 0; i < 200; ++i)
            bytes += "this is not a database at all\n";
        writeBytes(path, bytes);
    };
    auto foreign = [](const fs::path& path) {
        runSql(path, "CREATE TABLE recipe(name TEXT); INSERT INTO recipe VALUES ('bibimbap');");
    };
    auto newer = [](const fs::path& path) {
        makeDocument(path, 5);
        runSql(path, "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
    };
    auto truncated = [](const fs::path& path) {
        makeDocument(path);
        fs::resize_file(path, fs::file_size(path) / 2);
    };
    auto cutInPage = [](const fs::path& path) {
        makeDocument(path);
        fs::resize_file(path, fs::file_size(path) - 100);
    };
    auto headerOnly = [](const fs::path& path) {
        makeDocument(path, 5);
        fs::resize_file(path, 60);
    };
    auto badPageSize = [](const fs::path& path) {
        makeDocument(path, 5);
        std::string bytes = readBytes(path);
        bytes[16] = 0x00;
        bytes[17] = 0x03;
        writeBytes(path, bytes);
    };
    auto missingTable = [](const fs::path& path) {
        makeDocument(path, 5);
        runSql(path, "DROP TABLE event_fts");
    };
    auto emptyFile = [](const fs::path& path) { writeBytes(path, ""); };
    return {
        {"garbage", garbage, OpenMode::CreateOrOpen,
         "is not a Yeonpyo document (it is not a SQLite database)."},
        {"foreign", foreign, OpenMode::CreateOrOpen,
         "is a SQLite database but not a Yeonpyo document."},
        {"newer", newer, OpenMode::ReadWrite,
         "was written by a newer Yeonpyo (schema " + std::to_string(kSchemaVersion + 1) +
             "; this version reads up to " + std::to_string(kSchemaVersion) + ")."},
        {"newer_read_only", newer, OpenMode::ReadOnly,
         "was written by a newer Yeonpyo (schema " + std::to_string(kSchemaVersion + 1) + ";"},
        {"truncated", truncated, OpenMode::ReadWrite, "is damaged: the file is truncated"},
        {"cut_in_page", cutInPage, OpenMode::ReadOnly, "is damaged: the file is truncated"},
        {"header_only", headerOnly, OpenMode::CreateOrOpen, "is damaged: the file is truncated."},
        {"bad_page_size", badPageSize, OpenMode::ReadWrite, "is damaged: its header is not valid."},
        {"missing_table", missingTable, OpenMode::ReadWrite,
         "is damaged: its table event_fts is missing."},
        {"empty_read_only", emptyFile, OpenMode::ReadOnly,
         "is an empty file, not a Yeonpyo document."},
        {"empty_read_write", emptyFile, OpenMode::ReadWrite,
         "is an empty file, not a Yeonpyo document."},
    };
}

class DocumentRefusal : public ::testing::TestWithParam<Refusal> {};

TEST_P(DocumentRefusal, RefusesWithOneSentenceAndLeavesTheFileAsItWas) {
    const Refusal& refusal = GetParam();
    TempFolder folder;
    const fs::path path = folder.file(refusal.name + ".yeonpyo");
    refusal.make(path);
    const std::string before = readBytes(path);

    auto document = Document::open(path, refusal.mode);
    ASSERT_FALSE(document.ok());
    const std::string& message = document.error().message;
    EXPECT_TRUE(message.starts_with(path.string())) << message;
    EXPECT_NE(message.find(refusal.expected), std::string::npos) << message;
    EXPECT_EQ(message.back(), '.') << message;
    EXPECT_EQ(readBytes(path), before);
}

INSTANTIATE_TEST_SUITE_P(Files, DocumentRefusal, ::testing::ValuesIn(refusals()),
                         [](const auto& row) { return row.param.name; });

TEST(DocumentOpen, RefusesMissingFilesAndFoldersUnlessCreating) {
    TempFolder folder;
    const fs::path missing = folder.file("missing.yeonpyo");
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        auto document = Document::open(missing, mode);
        ASSERT_FALSE(document.ok());
        EXPECT_EQ(document.error().message, missing.string() + " does not exist.");
        EXPECT_FALSE(fs::exists(missing));
    }
    auto inFolder = Document::open(folder.path(), OpenMode::CreateOrOpen);
    ASSERT_FALSE(inFolder.ok());
    EXPECT_EQ(inFolder.error().message,
              folder.path().string() + " is a folder, not a Yeonpyo document.");
    auto noFolder = Document::open(folder.file("nowhere") / "doc.yeonpyo", OpenMode::CreateOrOpen);
    ASSERT_FALSE(noFolder.ok());
    EXPECT_NE(noFolder.error().message.find("does not exist"), std::string::npos);
}

// Permission checks cannot fail for root, who may write anything: run these as a normal user.
TEST(DocumentOpen, RefusesAReadOnlyFileOrFolderForWriting) {
    if (::geteuid() == 0)
        GTEST_SKIP() << "root can write to read-only files";
    TempFolder folder;
    const fs::path path = folder.file("locked.yeonpyo");
    makeDocument(path, 5);
    const std::string before = readBytes(path);
    fs::permissions(path, fs::perms::owner_read);
    auto lockedFile = Document::open(path, OpenMode::ReadWrite);
    ASSERT_FALSE(lockedFile.ok());
    EXPECT_EQ(lockedFile.error().message,
              path.string() + " is read-only, and Yeonpyo needs to write to it.");
    EXPECT_TRUE(Document::open(path, OpenMode::ReadOnly).ok());

    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    fs::permissions(folder.path(), fs::perms::owner_read | fs::perms::owner_exec);
    auto lockedFolder = Document::open(path, OpenMode::ReadWrite);
    ASSERT_FALSE(lockedFolder.ok());
    EXPECT_NE(lockedFolder.error().message.find("The folder of"), std::string::npos);
    fs::permissions(folder.path(), fs::perms::owner_all);
    EXPECT_EQ(readBytes(path), before);
}

TEST(DocumentOpen, IntegrityCheckFindsADamagedPage) {
    TempFolder folder;
    const fs::path path = folder.file("damaged.yeonpyo");
    makeDocument(path, 2000);
    {
        auto document = Document::open(path, OpenMode::ReadOnly);
        ASSERT_TRUE(document.ok());
        EXPECT_TRUE(document->checkIntegrity().ok());
    }
    std::string bytes = readBytes(path);
    const std::size_t page = 4096;
    for (std::size_t i = 3 * page; i < 6 * page; ++i)
        bytes[i] = static_cast<char>(i * 7);
    writeBytes(path, bytes);
    auto document = Document::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(document.ok()) << document.error().message;
    const Status integrity = document->checkIntegrity();
    ASSERT_FALSE(integrity.ok());
    EXPECT_NE(integrity.error().message.find("is damaged"), std::string::npos);
}

}  // namespace
}  // namespace yeonpyo::store
