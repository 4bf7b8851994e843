// Adding, updating, deleting and re-sequencing events; user edits win over imports.
#include <sqlite3.h>

#include <ctime>

#include "core/store/document.h"
#include "core/store/event_row.h"

namespace yeonpyo::store {
namespace {

constexpr std::string_view kInsertEvent =
    "INSERT INTO event(sequence, kind, status, title, time_start, time_end, time_of_day, "
    "time_zone, derivation, begin_utc, end_utc, span_class, place_name, place_address, "
    "place_lat, place_lon, place_precision, place_gazetteer_id, edited_by_user, created_at, "
    "modified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
    "?17, ?18, ?19, ?20, ?20)";
constexpr std::string_view kUpdateEvent =
    "UPDATE event SET sequence = ?1, kind = ?2, status = ?3, title = ?4, time_start = ?5, "
    "time_end = ?6, time_of_day = ?7, time_zone = ?8, derivation = ?9, begin_utc = ?10, "
    "end_utc = ?11, span_class = ?12, place_name = ?13, place_address = ?14, place_lat = ?15, "
    "place_lon = ?16, place_precision = ?17, place_gazetteer_id = ?18, edited_by_user = ?19, "
    "modified_at = ?20 WHERE id = ?21";

std::int64_t now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace

Result<std::vector<std::int64_t>> Document::addEvents(const std::vector<Event>& events) {
    std::vector<std::int64_t> ids;
    ProvisionalIds rowIdOf;
    auto added = transaction([&] { return insertEvents(events, rowIdOf, ids); });
    if (!added)
        return added.error();
    return ids;
}

Status Document::insertEvents(const std::vector<Event>& events, ProvisionalIds& rowIdOf,
                              std::vector<std::int64_t>& ids) {
    const std::int64_t stamp = now();
    ids.reserve(ids.size() + events.size());
    const std::size_t first = ids.size();
    for (const Event& event : events) {
        auto insert = cached(kInsertEvent);
        if (!insert)
            return insert.error();
        bindEventFields(**insert, event, event.editedByUser);
        (*insert)->bind(kBoundEventFields + 1, stamp);
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted;
        ids.push_back(sqlite3_last_insert_rowid(connection_.handle()));
        if (event.id != 0 && !rowIdOf.emplace(event.id, ids.back()).second) {
            return Error{"Two events to add have the same id " + std::to_string(event.id) + "."};
        }
    }
    ArticleLengths lengths;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& event = events[i];
        const std::int64_t id = ids[first + i];
        std::vector<std::int64_t> afterIds;
        for (std::int64_t provisional : event.after) {
            const auto mapped = rowIdOf.find(provisional);
            if (mapped == rowIdOf.end()) {
                return Error{"Event " + std::to_string(event.id) + " follows event " +
                             std::to_string(provisional) + ", which is not among those added."};
            }
            afterIds.push_back(mapped->second);
        }
        if (auto done = writeParticipants(id, event.participants); !done)
            return done;
        if (auto done = writeQuotes(event, id, QuoteWrite::Replace, lengths); !done)
            return done;
        if (auto done = writeAfterLinks(id, afterIds, true); !done)
            return done;
        if (auto done = refreshSearchIndex(id, true); !done)
            return done;
    }
    return success();
}

Result<bool> Document::isEditedByUser(std::int64_t id) {
    auto query = cached("SELECT edited_by_user FROM event WHERE id = ?1");
    if (!query)
        return query.error();
    auto row = (*query)->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"There is no event " + std::to_string(id) + " in the document."};
    return (*query)->int64At(0) != 0;
}

Status Document::updateEvent(const Event& event, EditOrigin origin) {
    return transaction([&]() -> Status {
        auto edited = isEditedByUser(event.id);
        if (!edited)
            return edited.error();
        ArticleLengths lengths;
        const bool keepFields = origin == EditOrigin::Import && *edited;
        if (!keepFields) {
            auto update = cached(kUpdateEvent);
            if (!update)
                return update.error();
            bindEventFields(**update, event, origin == EditOrigin::User);
            (*update)->bind(kBoundEventFields + 1, now()).bind(kBoundEventFields + 2, event.id);
            if (auto done = (*update)->run(); !done)
                return done;
            if (auto done = writeParticipants(event.id, event.participants); !done)
                return done;
        }
        const bool byUser = origin == EditOrigin::User;
        const auto quoteMode = byUser ? QuoteWrite::Replace : QuoteWrite::Append;
        if (auto done = writeQuotes(event, event.id, quoteMode, lengths); !done)
            return done;
        if (auto done = writeAfterLinks(event.id, event.after, byUser); !done)
            return done;
        return refreshSearchIndex(event.id, false);
    });
}

Status Document::deleteEvents(std::span<const std::int64_t> ids) {
    return transaction([&]() -> Status {
        for (std::int64_t id : ids) {
            auto remove = cached("DELETE FROM event WHERE id = ?1");
            if (!remove)
                return remove.error();
            if (auto done = (*remove)->bind(1, id).run(); !done)
                return done;
            auto unindex = cached("DELETE FROM event_fts WHERE rowid = ?1");
            if (!unindex)
                return unindex.error();
            if (auto done = (*unindex)->bind(1, id).run(); !done)
                return done;
        }
        return success();
    });
}

Status Document::setSequences(std::span<const std::int64_t> idsInOrder) {
    return transaction([&]() -> Status {
        std::int64_t sequence = 0;
        for (std::int64_t id : idsInOrder) {
            auto update = cached("UPDATE event SET sequence = ?1 WHERE id = ?2");
            if (!update)
                return update.error();
            if (auto done = (*update)->bindAll(++sequence, id).run(); !done)
                return done;
        }
        return success();
    });
}

}  // namespace yeonpyo::store
