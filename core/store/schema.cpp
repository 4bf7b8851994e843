// Migration steps of the document schema, applied in order; version 1 creates the first tables.
#include "core/store/schema.h"

#include <string>

#include "core/store/article_signature.h"
#include "core/store/transaction.h"

namespace yeonpyo::store {
namespace {

// Schema 1. Times are seconds since the Unix epoch (UTC). span_class is the smallest c with
// end_utc - begin_utc <= 2^c: ranges are found with one index probe per class (event_span).
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at  INTEGER NOT NULL
);
CREATE TABLE event (
    id                 INTEGER PRIMARY KEY,
    sequence           INTEGER NOT NULL DEFAULT 0,
    kind               TEXT NOT NULL DEFAULT 'other',
    status             TEXT NOT NULL DEFAULT 'happened',
    title              TEXT NOT NULL DEFAULT '',
    time_start         TEXT NOT NULL DEFAULT '',
    time_end           TEXT NOT NULL DEFAULT '',
    time_of_day        TEXT NOT NULL DEFAULT '',
    time_zone          TEXT NOT NULL DEFAULT '',
    derivation         TEXT NOT NULL DEFAULT '',
    begin_utc          INTEGER,
    end_utc            INTEGER,
    span_class         INTEGER,
    place_name         TEXT NOT NULL DEFAULT '',
    place_address      TEXT NOT NULL DEFAULT '',
    place_lat          REAL,
    place_lon          REAL,
    place_precision    TEXT NOT NULL DEFAULT '',
    place_gazetteer_id TEXT NOT NULL DEFAULT '',
    edited_by_user     INTEGER NOT NULL DEFAULT 0 CHECK (edited_by_user IN (0, 1)),
    created_at         INTEGER NOT NULL,
    modified_at        INTEGER NOT NULL
);
CREATE INDEX event_by_sequence ON event(sequence, id);
CREATE INDEX event_span ON event(span_class, begin_utc);
CREATE INDEX event_by_begin ON event(begin_utc);
CREATE INDEX event_by_end ON event(end_utc);

CREATE TABLE participant (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    title    TEXT NOT NULL DEFAULT '',
    org      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE quote (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    quote_start INTEGER NOT NULL CHECK (quote_start >= 0),
    quote_end   INTEGER NOT NULL CHECK (quote_end >= quote_start),
    text        TEXT NOT NULL DEFAULT '',
    speaker     TEXT NOT NULL DEFAULT '',
    UNIQUE (event_id, position)
);
CREATE INDEX quote_by_article ON quote(article_id);

CREATE TABLE event_after (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    after_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, after_id)
) WITHOUT ROWID;
CREATE INDEX event_after_by_after ON event_after(after_id);

CREATE TABLE user_place (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    address   TEXT NOT NULL DEFAULT '',
    lat       REAL,
    lon       REAL,
    precision TEXT NOT NULL DEFAULT '',
    parent    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE user_place_alias (
    place_id INTEGER NOT NULL REFERENCES user_place(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (place_id, position)
) WITHOUT ROWID;

-- Events per UTC day and per UTC hour (slot = floor(begin_utc / 86400 or 3600)), for the
-- density strip of a zoomed-out timeline. Kept by the code with every event write (a trigger
-- would make each event insert a multi-row statement with a statement journal, which slows bulk
-- inserts fourfold).
CREATE TABLE event_day_count (
    slot  INTEGER PRIMARY KEY,
    count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE event_hour_count (
    slot  INTEGER PRIMARY KEY,
    count INTEGER NOT NULL
) WITHOUT ROWID;

-- Full-text search (trigram tokens, so Hangul and other unspaced scripts match by substring).
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content='article', content_rowid='id', tokenize='trigram');
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- Events: one text column computed by a view (title, participants, place, quotes, each line
-- ended by a line break, so that every two-character word is followed by a character and so
-- begins a trigram) and indexed as external content, so the text is not stored twice.
-- detail=none keeps the index small; long words are found with LIKE, which the trigram index
-- answers, short ones through the trigrams they begin (event_fts_terms). The code keeps the
-- index in step: it removes an event's entry before changing the event and adds it back after.
CREATE VIEW event_search(id, body) AS
SELECT e.id, e.title || char(10) ||
       coalesce((SELECT group_concat(p.name || ' ' || p.title || ' ' || p.org, char(10))
                 FROM participant p WHERE p.event_id = e.id), '') || char(10) ||
       e.place_name || ' ' || e.place_address || char(10) ||
       coalesce((SELECT group_concat(q.text, char(10)) FROM quote q WHERE q.event_id = e.id), '') ||
       char(10)
FROM event e;
CREATE VIRTUAL TABLE event_fts USING fts5(
    body, content='event_search', content_rowid='id', tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE event_fts_terms USING fts5vocab(event_fts, 'row');
)sql";

// Schema 2. Where sources disagree on an event's field ("start", "time_of_day", "place"): the
// value the event keeps and the one another article states. The article's conflicts go with it;
// article_id is NULL when the source is not known.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE event_conflict (
    event_id   INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    field      TEXT NOT NULL CHECK (field <> ''),
    kept       TEXT NOT NULL DEFAULT '',
    other      TEXT NOT NULL DEFAULT '',
    article_id INTEGER REFERENCES article(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_conflict_by_article ON event_conflict(article_id);
)sql";

// Schema 3. The timeline's order kept day by day, so that a change renumbers only the days it
// touches: order_day is the day an event is ordered under (orderDay() in core/model, written
// with every event; computed here in SQL for the events of an older document), event.sequence
// becomes the event's rank within that day, and sequence_day keeps each day's number of events and
// the number on earlier days (an event's place in the whole timeline is sequence_day.earlier +
// event.sequence). Merge candidates of an article are found through event_by_day. The ranks of an
// older document follow its total order.
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE event ADD COLUMN order_day TEXT NOT NULL DEFAULT '~';
UPDATE event SET order_day = substr(time_start, 1, 10)
WHERE length(time_start) >= 10 AND substr(time_start, 5, 1) = '-'
      AND substr(time_start, 8, 1) = '-' AND substr(time_start, 9, 1) <> 'X'
      AND substr(time_start, 10, 1) <> 'X';
DROP INDEX event_by_sequence;
UPDATE event SET sequence = ranked.rank
FROM (SELECT id, row_number() OVER (PARTITION BY order_day ORDER BY sequence, id) AS rank
      FROM event) AS ranked
WHERE ranked.id = event.id;
CREATE INDEX event_by_day ON event(order_day, sequence, id);
CREATE TABLE sequence_day (
    day     TEXT PRIMARY KEY,
    events  INTEGER NOT NULL CHECK (events > 0),
    earlier INTEGER NOT NULL CHECK (earlier >= 0)
) WITHOUT ROWID;
INSERT INTO sequence_day(day, events, earlier)
SELECT order_day, count(*), sum(count(*)) OVER (ORDER BY order_day ROWS UNBOUNDED PRECEDING) - count(*)
FROM event GROUP BY order_day;
)sql";

// Schema 4. Syndication: an article's MinHash signature (near_duplicates.h) and its band keys,
// through which a near-duplicate text is found without reading every article, and the other
// outlets' copies folded into an article (their own content hash, so the same copy is known
// again). Signatures of an older document's articles are computed by the migration.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE article_signature (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    minhash    BLOB NOT NULL
);
CREATE TABLE article_band (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_band_by_article ON article_band(article_id);
CREATE TABLE article_copy (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    title        TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at  INTEGER NOT NULL
);
CREATE INDEX article_copy_by_article ON article_copy(article_id);
)sql";

/// Signatures of the articles stored before schema 4.
Status signOlderArticles(Connection& connection) {
    auto articles = connection.prepare(
        "SELECT id, text FROM article WHERE text <> '' AND id NOT IN "
        "(SELECT article_id FROM article_signature)");
    if (!articles)
        return articles.error();
    for (;;) {
        auto row = articles->step();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        if (auto signed_ = writeSignature(connection, articles->int64At(0),
                                          minHashSignature(articles->textAt(1)));
            !signed_)
            return signed_;
    }
}

struct Migration {
    int toVersion;
    std::string_view sql;
    Status (*afterwards)(Connection&) = nullptr;  ///< Work SQL alone cannot do.
};

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps{
        {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4, signOlderArticles}};
    return steps;
}

}  // namespace

const std::vector<std::string_view>& requiredTables() {
    static const std::vector<std::string_view> tables{
        "article",          "event",        "participant",       "quote",
        "event_after",      "user_place",   "user_place_alias",  "event_day_count",
        "event_hour_count", "article_fts",  "event_fts",         "event_fts_terms",
        "event_conflict",   "sequence_day", "article_signature", "article_band",
        "article_copy"};
    return tables;
}

Status migrate(Connection& connection, int fromVersion, int toVersion) {
    for (const Migration& step : migrations()) {
        if (step.toVersion <= fromVersion || step.toVersion > toVersion)
            continue;
        auto transaction = Transaction::begin(connection.handle());
        if (!transaction)
            return transaction.error();
        if (auto applied = connection.execute(step.sql); !applied)
            return applied;
        if (step.afterwards != nullptr) {
            if (auto done = step.afterwards(connection); !done)
                return done;
        }
        const std::string stamp = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                                  "; PRAGMA user_version = " + std::to_string(step.toVersion);
        if (auto stamped = connection.execute(stamp); !stamped)
            return stamped;
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
    return success();
}

}  // namespace yeonpyo::store
