// Migrations from every earlier schema version: a document built at version v (0 … current − 1)
// by the migration list itself is refused read-only, upgrades when opened for writing, keeps its
// rows, and ends with the tables, columns and indexes of a new document.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::readBytes;
using testing::TempFolder;

/// Every table and index with its columns, one line each, sorted: what a document is made of,
/// apart from how the SQL that made it was written.
std::vector<std::string> schemaShape(const fs::path& path) {
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    EXPECT_TRUE(connection.ok());
    auto rows = connection->prepare(
        "SELECT m.type || ' ' || m.name || ' on ' || m.tbl_name || ': ' || "
        "coalesce((SELECT group_concat(c.name || ' ' || c.type || ' ' || c.\"notnull\" || ' ' || "
        "          coalesce(c.dflt_value, 'NULL') || ' ' || c.pk, ', ') "
        "          FROM pragma_table_xinfo(m.name) c), '') || "
        "coalesce((SELECT group_concat(coalesce(i.name, i.cid), ', ') "
        "          FROM pragma_index_xinfo(m.name) i WHERE m.type = 'index'), '') || "
        "coalesce((SELECT ' references ' || group_concat(f.\"from\" || ' ' || f.\"table\" || "
        "          '.' || coalesce(f.\"to\", 'id') || ' ' || f.on_delete, ', ') "
        "          FROM pragma_foreign_key_list(m.name) f), '') "
        "FROM sqlite_schema m ORDER BY m.type, m.name");
    EXPECT_TRUE(rows.ok()) << rows.error().message;
    std::vector<std::string> shape;
    for (auto row = rows->step(); row.ok() && *row; row = rows->step())
        shape.push_back(rows->textAt(0));
    return shape;
}

std::int64_t userVersion(const fs::path& path) {
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    EXPECT_TRUE(connection.ok());
    auto version = connection->queryInt("PRAGMA user_version");
    return version.ok() ? *version : -1;
}

Article oldArticle() {
    Article article;
    article.title = "항만 재개발 현장 공개";
    article.text = "부산시는 13일 북항 재개발 현장을 공개했다.";
    return article;
}

/// Rows in the columns every schema since version 1 has, as an older Yeonpyo wrote them, with
/// the search indexes rebuilt as it kept them.
void writeOldRows(Connection& connection) {
    const Article article = oldArticle();
    auto insertArticle = connection.prepare(
        "INSERT INTO article(id, title, text, content_hash, imported_at) VALUES (1, ?1, ?2, ?3, "
        "0)");
    ASSERT_TRUE(insertArticle.ok()) << insertArticle.error().message;
    ASSERT_TRUE(
        insertArticle->bindAll(article.title, article.text, contentHash(article)).run().ok());
    const Status rows = connection.execute(
        "INSERT INTO event(id, sequence, kind, title, place_name, created_at, modified_at) "
        "  VALUES (5, 1, 'visit', '북항 현장 방문', '북항', 0, 0);"
        "INSERT INTO participant(event_id, position, name, title) VALUES (5, 0, '한지원', '시장');"
        "INSERT INTO quote(event_id, position, article_id, quote_start, quote_end, text) "
        "  VALUES (5, 0, 1, 0, 4, '부산시는');"
        "INSERT INTO event_fts(event_fts) VALUES ('rebuild');");
    ASSERT_TRUE(rows.ok()) << rows.error().message;
}

/// A closed document at schema `version`, built by the migration steps up to it.
void writeDocumentAtVersion(const fs::path& path, int version) {
    auto connection = Connection::open(path, Connection::Access::ReadWriteCreate);
    ASSERT_TRUE(connection.ok()) << connection.error().message;
    ASSERT_TRUE(migrate(*connection, 0, version).ok());
    if (version >= 1)
        writeOldRows(*connection);
}

class MigrationTest : public ::testing::TestWithParam<int> {};

TEST_P(MigrationTest, AnEarlierVersionUpgradesToTheShapeOfANewDocumentWithItsRows) {
    const int version = GetParam();
    TempFolder folder;
    const fs::path path = folder.file("old.yeonpyo");
    writeDocumentAtVersion(path, version);
    ASSERT_EQ(userVersion(path), version);
    const std::string before = readBytes(path);

    if (version >= 1) {
        auto readOnly = Document::open(path, OpenMode::ReadOnly);
        ASSERT_FALSE(readOnly.ok());
        EXPECT_NE(readOnly.error().message.find("uses the older schema " + std::to_string(version)),
                  std::string::npos)
            << readOnly.error().message;
        EXPECT_EQ(readBytes(path), before) << "a read-only open changed an old document";
    }
    const OpenMode mode = version == 0 ? OpenMode::CreateOrOpen : OpenMode::ReadWrite;
    {
        auto document = Document::open(path, mode);
        ASSERT_TRUE(document.ok()) << document.error().message;
        EXPECT_TRUE(document->checkIntegrity().ok());
        auto events = document->events();
        ASSERT_TRUE(events.ok()) << events.error().message;
        if (version >= 1) {
            ASSERT_EQ(events->size(), 1u);
            EXPECT_EQ(events->front().title, "북항 현장 방문");
            ASSERT_EQ(events->front().participants.size(), 1u);
            EXPECT_EQ(events->front().participants.front().name, "한지원");
            ASSERT_EQ(events->front().quotes.size(), 1u);
            auto found = document->search("재개발");
            ASSERT_TRUE(found.ok());
            EXPECT_EQ(found->size(), 1u) << "the article is no longer found";
            auto again = document->addArticle(oldArticle());
            ASSERT_TRUE(again.ok());
            EXPECT_FALSE(again->added) << "the old article's content hash no longer matches";
        }
    }
    EXPECT_EQ(userVersion(path), kSchemaVersion);
    const fs::path fresh = folder.file("new.yeonpyo");
    ASSERT_TRUE(Document::open(fresh, OpenMode::CreateOrOpen).ok());
    EXPECT_EQ(schemaShape(path), schemaShape(fresh));
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationTest, ::testing::Range(0, kSchemaVersion),
                         [](const auto& row) { return "from_" + std::to_string(row.param); });

}  // namespace
}  // namespace yeonpyo::store
