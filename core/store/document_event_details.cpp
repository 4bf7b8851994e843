// Writing an event's participants, quotes, ordering links and its row of the full-text index.
#include <sqlite3.h>

#include "core/store/document.h"

namespace yeonpyo::store {
namespace {

constexpr std::string_view kArticleLength = "SELECT length(text) FROM article WHERE id = ?1";
// A quote stored without text takes the code points its offsets select in the article's text.
constexpr std::string_view kInsertQuote =
    "INSERT INTO quote(event_id, position, article_id, quote_start, quote_end, text, speaker) "
    "VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 = '' THEN (SELECT substr(text, ?4 + 1, ?5 - ?4) "
    "FROM article WHERE id = ?3) ELSE ?6 END, ?7)";
constexpr std::string_view kNextQuotePosition =
    "SELECT coalesce(max(position) + 1, 0) FROM quote WHERE event_id = ?1";
constexpr std::string_view kHasQuote =
    "SELECT 1 FROM quote WHERE event_id = ?1 AND article_id = ?2 AND quote_start = ?3 AND "
    "quote_end = ?4";
constexpr std::string_view kIndexEvent =
    "INSERT INTO event_fts(rowid, title, people, place, quotes) SELECT e.id, e.title, "
    "coalesce((SELECT group_concat(p.name || ' ' || p.title || ' ' || p.org, char(10)) "
    "FROM participant p WHERE p.event_id = e.id), ''), e.place_name || char(10) || "
    "e.place_address, "
    "coalesce((SELECT group_concat(q.text, char(10)) FROM quote q WHERE q.event_id = e.id), '') "
    "FROM event e WHERE e.id = ?1";

std::string quoteLabel(const Event& event) {
    return "Event \"" + event.title + "\" (" + std::to_string(event.id) + ")";
}

}  // namespace

Status Document::checkQuote(const Event& event, const Quote& quote, ArticleLengths& lengths) {
    auto known = lengths.find(quote.articleId);
    if (known == lengths.end()) {
        auto query = cached(kArticleLength);
        if (!query)
            return query.error();
        auto row = (*query)->bind(1, quote.articleId).step();
        if (!row)
            return row.error();
        if (!*row) {
            return Error{quoteLabel(event) + " quotes article " + std::to_string(quote.articleId) +
                         ", which is not in the document."};
        }
        known = lengths.emplace(quote.articleId, (*query)->int64At(0)).first;
    }
    const std::int64_t length = known->second;
    const bool outside =
        quote.start < 0 || quote.end < quote.start || (length > 0 && quote.end > length);
    if (outside) {
        return Error{quoteLabel(event) + " quotes code points " + std::to_string(quote.start) +
                     "–" + std::to_string(quote.end) + " of article " +
                     std::to_string(quote.articleId) + ", which has " + std::to_string(length) +
                     "."};
    }
    return success();
}

Status Document::writeParticipants(std::int64_t id, const std::vector<Participant>& participants) {
    auto clear = cached("DELETE FROM participant WHERE event_id = ?1");
    if (!clear)
        return clear.error();
    if (auto cleared = (*clear)->bind(1, id).run(); !cleared)
        return cleared;
    int position = 0;
    for (const Participant& participant : participants) {
        auto insert = cached(
            "INSERT INTO participant(event_id, position, name, title, org) "
            "VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!insert)
            return insert.error();
        (*insert)->bindAll(id, position++, participant.name, participant.title, participant.org);
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted;
    }
    return success();
}

Status Document::writeQuotes(const Event& event, std::int64_t id, QuoteWrite mode,
                             ArticleLengths& lengths) {
    if (mode == QuoteWrite::Replace) {
        auto clear = cached("DELETE FROM quote WHERE event_id = ?1");
        if (!clear)
            return clear.error();
        if (auto cleared = (*clear)->bind(1, id).run(); !cleared)
            return cleared;
    }
    auto next = cached(kNextQuotePosition);
    if (!next)
        return next.error();
    auto row = (*next)->bind(1, id).step();
    if (!row)
        return row.error();
    std::int64_t position = (*next)->int64At(0);
    for (const Quote& quote : event.quotes) {
        if (auto valid = checkQuote(event, quote, lengths); !valid)
            return valid;
        if (mode == QuoteWrite::Append) {
            auto existing = cached(kHasQuote);
            if (!existing)
                return existing.error();
            auto found = (*existing)->bindAll(id, quote.articleId, quote.start, quote.end).step();
            if (!found)
                return found.error();
            if (*found)
                continue;
        }
        auto insert = cached(kInsertQuote);
        if (!insert)
            return insert.error();
        (*insert)->bindAll(id, position++, quote.articleId, quote.start, quote.end, quote.text,
                           quote.speaker);
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted;
    }
    return success();
}

Status Document::writeAfterLinks(std::int64_t id, const std::vector<std::int64_t>& afterIds,
                                 bool replace) {
    if (replace) {
        auto clear = cached("DELETE FROM event_after WHERE event_id = ?1");
        if (!clear)
            return clear.error();
        if (auto cleared = (*clear)->bind(1, id).run(); !cleared)
            return cleared;
    }
    for (std::int64_t afterId : afterIds) {
        auto exists = cached("SELECT 1 FROM event WHERE id = ?1");
        if (!exists)
            return exists.error();
        auto found = (*exists)->bind(1, afterId).step();
        if (!found)
            return found.error();
        if (!*found) {
            return Error{"Event " + std::to_string(id) + " cannot follow event " +
                         std::to_string(afterId) + ", which is not in the document."};
        }
        auto insert =
            cached("INSERT OR IGNORE INTO event_after(event_id, after_id) VALUES (?1, ?2)");
        if (!insert)
            return insert.error();
        if (auto inserted = (*insert)->bindAll(id, afterId).run(); !inserted)
            return inserted;
    }
    return success();
}

Status Document::refreshSearchIndex(std::int64_t id, bool isNew) {
    if (!isNew) {
        auto remove = cached("DELETE FROM event_fts WHERE rowid = ?1");
        if (!remove)
            return remove.error();
        if (auto removed = (*remove)->bind(1, id).run(); !removed)
            return removed;
    }
    auto index = cached(kIndexEvent);
    if (!index)
        return index.error();
    return (*index)->bind(1, id).run();
}

}  // namespace yeonpyo::store
