// Schema 2 (conflicts between sources): a schema-1 document upgrades and keeps its events, and a
// schema-2 document is refused by a program that reads an older schema.
#include <gtest/gtest.h>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/event_row.h"
#include "core/store/schema.h"
#include "tests/core/store/sample_timeline.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::TempFolder;

constexpr int kVersionBeforeConflicts = 1;

void run(Connection& connection, std::string_view sql, const auto&... values) {
    auto statement = connection.prepare(sql);
    ASSERT_TRUE(statement.ok()) << statement.error().message;
    auto done = statement->bindAll(values...).run();
    ASSERT_TRUE(done.ok()) << done.error().message;
}

void insertEventRow(Connection& connection, const Event& event) {
    auto insert = connection.prepare(
        "INSERT INTO event(sequence, kind, status, title, time_start, time_end, time_of_day, "
        "time_zone, derivation, begin_utc, end_utc, span_class, place_name, place_address, "
        "place_lat, place_lon, place_precision, place_gazetteer_id, edited_by_user, created_at, "
        "modified_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "?15, ?16, ?17, ?18, ?19, 0, 0, ?20)");
    ASSERT_TRUE(insert.ok()) << insert.error().message;
    bindEventFields(*insert, event, event.editedByUser);
    insert->bind(kBoundEventFields + 1, event.id);
    auto done = insert->run();
    ASSERT_TRUE(done.ok()) << done.error().message;
}

/// A schema-1 document written row by row, as the first release stored the sample article and
/// its two events (ids 10 and 20): the version 1 migration only, then every table it kept in
/// step (participants, quotes, links, day and hour tallies, search index).
void writeVersion1Document(const fs::path& path, const std::vector<Event>& events) {
    auto connection = Connection::open(path, Connection::Access::ReadWriteCreate);
    ASSERT_TRUE(connection.ok()) << connection.error().message;
    ASSERT_TRUE(migrate(*connection, 0, kVersionBeforeConflicts).ok());
    const Article article = testing::sampleArticle();
    run(*connection,
        "INSERT INTO article(id, title, source, url, published, lang, text, content_hash, "
        "imported_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)",
        article.title, article.source, article.url, article.published, article.lang, article.text,
        contentHash(article));
    for (const Event& event : events) {
        insertEventRow(*connection, event);
        for (std::size_t i = 0; i < event.participants.size(); ++i) {
            const Participant& p = event.participants[i];
            run(*connection,
                "INSERT INTO participant(event_id, position, name, title, org) "
                "VALUES (?1, ?2, ?3, ?4, ?5)",
                event.id, static_cast<std::int64_t>(i), p.name, p.title, p.org);
        }
        for (std::size_t i = 0; i < event.quotes.size(); ++i) {
            const Quote& q = event.quotes[i];
            run(*connection,
                "INSERT INTO quote(event_id, position, article_id, quote_start, quote_end, text, "
                "speaker) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                event.id, static_cast<std::int64_t>(i), q.articleId, q.start, q.end, q.text,
                q.speaker);
        }
        for (std::int64_t after : event.after) {
            run(*connection, "INSERT INTO event_after(event_id, after_id) VALUES (?1, ?2)",
                event.id, after);
        }
    }
    ASSERT_TRUE(
        connection
            ->execute("INSERT INTO event_day_count SELECT begin_utc / 86400, count(*) "
                      "FROM event GROUP BY 1; "
                      "INSERT INTO event_hour_count SELECT begin_utc / 3600, count(*) "
                      "FROM event GROUP BY 1; "
                      "INSERT INTO event_fts(rowid, body) SELECT id, body FROM event_search")
            .ok());
}

/// The sample events as stored at their provisional ids, with every quote's text.
std::vector<Event> version1Events() {
    std::vector<Event> events = testing::sampleEvents(1);
    events[0].quotes[0].text = testing::kLunchSentence;
    return events;
}

std::int64_t userVersion(const fs::path& path) {
    auto connection = Connection::open(path, Connection::Access::ReadOnly);
    EXPECT_TRUE(connection.ok());
    auto version = connection->queryInt("PRAGMA user_version");
    return version.ok() ? *version : -1;
}

TEST(ConflictsMigration, AVersion1DocumentUpgradesAndKeepsItsEvents) {
    TempFolder folder;
    const fs::path path = folder.file("v1.yeonpyo");
    writeVersion1Document(path, version1Events());
    ASSERT_EQ(userVersion(path), kVersionBeforeConflicts);

    auto document = Document::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_EQ(userVersion(path), kSchemaVersion);
    auto events = document->events();
    ASSERT_TRUE(events.ok()) << events.error().message;
    EXPECT_EQ(*events, version1Events()) << "every field kept, no conflicts";
    EXPECT_TRUE(document->checkIntegrity().ok());

    Event lunch = events->front();
    lunch.conflicts = {{"time_of_day", "noon", "afternoon", 1}};
    ASSERT_TRUE(document->updateEvent(lunch, EditOrigin::Import).ok());
    EXPECT_EQ(document->event(lunch.id)->conflicts, lunch.conflicts);
}

TEST(ConflictsMigration, AVersion1DocumentOpenedReadOnlyIsLeftAsItIs) {
    TempFolder folder;
    const fs::path path = folder.file("v1.yeonpyo");
    writeVersion1Document(path, version1Events());
    auto document = Document::open(path, OpenMode::ReadOnly);
    ASSERT_FALSE(document.ok());
    EXPECT_NE(document.error().message.find("uses the older schema 1"), std::string::npos)
        << document.error().message;
    EXPECT_EQ(userVersion(path), kVersionBeforeConflicts);
}

TEST(ConflictsMigration, ADocumentWithConflictsIsRefusedByAProgramOfAnOlderSchema) {
    TempFolder folder;
    const fs::path path = folder.file("v2.yeonpyo");
    {
        auto document = Document::open(path, OpenMode::CreateOrOpen);
        ASSERT_TRUE(document.ok()) << document.error().message;
        ASSERT_TRUE(document->addArticle(testing::sampleArticle()).ok());
        std::vector<Event> events = testing::sampleEvents(1);
        events[0].conflicts = {{"time_of_day", "noon", "afternoon", 1}};
        ASSERT_TRUE(document->addEvents(events).ok());
    }
    // A version-1 program reads up to schema 1, so it applies its "newer schema" rule here.
    EXPECT_GT(userVersion(path), kVersionBeforeConflicts);
    // The same rule in this build, one schema on: a file one version ahead is refused untouched.
    {
        auto connection = Connection::open(path, Connection::Access::ReadWrite);
        ASSERT_TRUE(connection.ok());
        const std::string ahead = "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1);
        ASSERT_TRUE(connection->execute(ahead).ok());
    }
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        auto document = Document::open(path, mode);
        ASSERT_FALSE(document.ok());
        EXPECT_EQ(document.error().message,
                  path.string() + " was written by a newer Yeonpyo (schema " +
                      std::to_string(kSchemaVersion + 1) + "; this version reads up to " +
                      std::to_string(kSchemaVersion) + ").");
    }
    EXPECT_EQ(userVersion(path), kSchemaVersion + 1);
}

}  // namespace
}  // namespace yeonpyo::store
