// Writing an event's participants, quotes, ordering links and its row of the full-text index.
#include "core/store/document.h"

#include <set>
#include <tuple>

namespace yeonpyo::store {
namespace {

// A quote stored without text takes the code points its offsets select in the article's text.
constexpr std::string_view kInsertQuote =
    "INSERT INTO quote(event_id, position, article_id, quote_start, quote_end, text, speaker) "
    "VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 = '' THEN (SELECT substr(text, ?4 + 1, ?5 - ?4) "
    "FROM article WHERE id = ?3) ELSE ?6 END, ?7)";
constexpr std::string_view kQuoteKeys =
    "SELECT article_id, quote_start, quote_end FROM quote WHERE event_id = ?1";

/// What makes two quotes of an event the same: article, start, end.
using QuoteKey = std::tuple<std::int64_t, std::int64_t, std::int64_t>;

/// The keys of the quotes a bound kQuoteKeys statement yields.
Result<std::set<QuoteKey>> readQuoteKeys(Statement& statement) {
    std::set<QuoteKey> keys;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return keys;
        keys.emplace(statement.int64At(0), statement.int64At(1), statement.int64At(2));
    }
}
// Single-row VALUES inserts into the index of event_search (see schema.cpp): an INSERT … SELECT
// would open a statement savepoint, and FTS5 flushes its buffer to a new segment at each one.
constexpr std::string_view kIndexEvent =
    "INSERT INTO event_fts(rowid, body) VALUES (?1, (SELECT body FROM event_search WHERE id = ?1))";
constexpr std::string_view kUnindexEvent =
    "INSERT INTO event_fts(event_fts, rowid, body) "
    "VALUES ('delete', ?1, (SELECT body FROM event_search WHERE id = ?1))";

std::string eventLabel(const Event& event) {
    return "Event \"" + event.title + "\" (" + std::to_string(event.id) + ")";
}

}  // namespace

Status Document::checkQuote(const Event& event, const Quote& quote, ArticleLengths& lengths) {
    auto known = lengths.find(quote.articleId);
    if (known == lengths.end()) {
        auto length = queryInt("SELECT length(text) FROM article WHERE id = ?1", quote.articleId);
        if (!length)
            return length.error();
        if (!*length) {
            return Error{eventLabel(event) + " quotes article " + std::to_string(quote.articleId) +
                         ", which is not in the document."};
        }
        known = lengths.emplace(quote.articleId, **length).first;
    }
    const std::int64_t length = known->second;
    const bool textless = length == 0;  // imported without its text: offsets cannot be checked
    if (quote.start < 0 || quote.end < quote.start || (!textless && quote.end > length)) {
        return Error{eventLabel(event) + " quotes code points " + std::to_string(quote.start) +
                     "–" + std::to_string(quote.end) + " of article " +
                     std::to_string(quote.articleId) + ", which has " + std::to_string(length) +
                     "."};
    }
    return success();
}

Status Document::writeParticipants(std::int64_t id, const std::vector<Participant>& participants,
                                   DetailWrite mode) {
    if (mode == DetailWrite::Append)
        return success();  // participants are fields of the event
    if (mode == DetailWrite::Replace) {
        if (auto done = run("DELETE FROM participant WHERE event_id = ?1", id); !done)
            return done;
    }
    int position = 0;
    for (const Participant& participant : participants) {
        auto done =
            run("INSERT INTO participant(event_id, position, name, title, org) "
                "VALUES (?1, ?2, ?3, ?4, ?5)",
                id, position++, participant.name, participant.title, participant.org);
        if (!done)
            return done;
    }
    return success();
}

// Appending compares keys in memory: a query per quote scanned the article's quotes, which made
// a long article merged into an event quadratic.
Status Document::writeQuotes(const Event& event, std::int64_t id, DetailWrite mode,
                             ArticleLengths& lengths) {
    std::int64_t position = 0;
    std::set<QuoteKey> stored;  // when appending: the event's quotes, then those added
    if (mode == DetailWrite::Replace) {
        if (auto done = run("DELETE FROM quote WHERE event_id = ?1", id); !done)
            return done;
    } else if (mode == DetailWrite::Append) {
        auto next =
            queryInt("SELECT coalesce(max(position) + 1, 0) FROM quote WHERE event_id = ?1", id);
        if (!next)
            return next.error();
        position = next->value_or(0);
        auto keys = cached(kQuoteKeys);
        if (!keys)
            return keys.error();
        auto read = readQuoteKeys((*keys)->bindAll(id));
        if (!read)
            return read.error();
        stored = std::move(read).value();
    }
    for (const Quote& quote : event.quotes) {
        if (auto valid = checkQuote(event, quote, lengths); !valid)
            return valid;
        const bool known = mode == DetailWrite::Append &&
                           !stored.emplace(quote.articleId, quote.start, quote.end).second;
        if (known)
            continue;
        auto done = run(kInsertQuote, id, position++, quote.articleId, quote.start, quote.end,
                        quote.text, quote.speaker);
        if (!done)
            return done;
    }
    return success();
}

Status Document::writeAfterLinks(std::int64_t id, const std::vector<std::int64_t>& afterIds,
                                 DetailWrite mode) {
    if (mode == DetailWrite::Replace) {
        if (auto done = run("DELETE FROM event_after WHERE event_id = ?1", id); !done)
            return done;
    }
    for (std::int64_t afterId : afterIds) {
        if (mode != DetailWrite::Fresh) {  // fresh links point into the same batch
            auto exists = queryInt("SELECT 1 FROM event WHERE id = ?1", afterId);
            if (!exists)
                return exists.error();
            if (!*exists) {
                return Error{"Event " + std::to_string(id) + " cannot follow event " +
                             std::to_string(afterId) + ", which is not in the document."};
            }
        }
        auto done = run("INSERT OR IGNORE INTO event_after(event_id, after_id) VALUES (?1, ?2)", id,
                        afterId);
        if (!done)
            return done;
    }
    return success();
}

Status Document::indexForSearch(std::int64_t id) {
    return run(kIndexEvent, id);
}

Status Document::unindexForSearch(std::int64_t id) {
    return run(kUnindexEvent, id);
}

}  // namespace yeonpyo::store
