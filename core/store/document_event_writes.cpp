// Adding, updating and deleting events (noting the days whose order they change); user edits win
// over imports.
#include <sqlite3.h>

#include <ctime>

#include "core/model/order_day.h"
#include "core/store/document.h"
#include "core/store/event_row.h"

namespace yeonpyo::store {
namespace {

constexpr std::string_view kInsertEvent =
    "INSERT INTO event(sequence, kind, status, title, time_start, time_end, time_of_day, "
    "time_zone, derivation, begin_utc, end_utc, span_class, place_name, place_address, "
    "place_lat, place_lon, place_precision, place_gazetteer_id, edited_by_user, created_at, "
    "modified_at, order_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "?15, ?16, ?17, ?18, ?19, ?20, ?20, ?21)";
constexpr std::string_view kUpdateEvent =
    "UPDATE event SET sequence = ?1, kind = ?2, status = ?3, title = ?4, time_start = ?5, "
    "time_end = ?6, time_of_day = ?7, time_zone = ?8, derivation = ?9, begin_utc = ?10, "
    "end_utc = ?11, span_class = ?12, place_name = ?13, place_address = ?14, place_lat = ?15, "
    "place_lon = ?16, place_precision = ?17, place_gazetteer_id = ?18, edited_by_user = ?19, "
    "modified_at = ?20, order_day = ?22 WHERE id = ?21";

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
    const std::size_t first = ids.size();
    ids.reserve(first + events.size());
    for (const Event& event : events) {
        auto insert = cached(kInsertEvent);
        if (!insert)
            return insert.error();
        bindEventFields(**insert, event, event.editedByUser);
        (*insert)->bind(kBoundEventFields + 1, stamp);
        (*insert)->bind(kBoundEventFields + 2, orderDay(event.time.start));
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted;
        ids.push_back(sqlite3_last_insert_rowid(connection_.handle()));
        if (auto done = tallyEvent(event.time.beginUtc, 1); !done)
            return done;
        changedDays_.insert(orderDay(event.time.start));
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
        const auto fresh = DetailWrite::Fresh;
        if (auto done = writeParticipants(id, event.participants, fresh); !done)
            return done;
        if (auto done = writeQuotes(event, id, fresh, lengths); !done)
            return done;
        if (auto done = writeAfterLinks(id, afterIds, fresh); !done)
            return done;
        if (auto done = writeConflicts(id, event.conflicts, fresh); !done)
            return done;
        if (auto done = indexForSearch(id); !done)
            return done;
    }
    return success();
}

Result<bool> Document::isEditedByUser(std::int64_t id) {
    auto edited = queryInt("SELECT edited_by_user FROM event WHERE id = ?1", id);
    if (!edited)
        return edited.error();
    if (!*edited)
        return Error{"There is no event " + std::to_string(id) + " in the document."};
    return **edited != 0;
}

Status Document::updateEvent(const Event& event, EditOrigin origin) {
    return transaction([&]() -> Status {
        auto edited = isEditedByUser(event.id);
        if (!edited)
            return edited.error();
        // The event keeps its rank in its day until the changed days are renumbered.
        auto rank = noteStoredDay(event.id);
        if (!rank)
            return rank.error();
        changedDays_.insert(orderDay(event.time.start));
        if (auto done = unindexForSearch(event.id); !done)
            return done;
        const bool overwrite = origin != EditOrigin::Import;
        const bool editedAfter =
            origin == EditOrigin::Restore ? event.editedByUser : origin == EditOrigin::User;
        // An import may refresh an event nobody edited; an edited one only gains quotes and links.
        const auto mode = overwrite ? DetailWrite::Replace : DetailWrite::Append;
        if (overwrite || !*edited) {
            if (auto done = untallyStoredEvent(event.id); !done)
                return done;
            if (auto done = tallyEvent(event.time.beginUtc, 1); !done)
                return done;
            auto update = cached(kUpdateEvent);
            if (!update)
                return update.error();
            bindEventFields(**update, event, editedAfter);
            (*update)->bind(1, rank->value_or(0));
            (*update)->bind(kBoundEventFields + 1, now()).bind(kBoundEventFields + 2, event.id);
            (*update)->bind(kBoundEventFields + 3, orderDay(event.time.start));
            if (auto done = (*update)->run(); !done)
                return done;
            auto participants =
                writeParticipants(event.id, event.participants, DetailWrite::Replace);
            if (!participants)
                return participants;
        }
        ArticleLengths lengths;
        if (auto done = writeQuotes(event, event.id, mode, lengths); !done)
            return done;
        if (auto done = writeAfterLinks(event.id, event.after, mode); !done)
            return done;
        // An import adds new conflicts to an event nobody edited; a user's list stands as given.
        if (origin != EditOrigin::Import || !*edited) {
            const auto conflicts =
                origin == EditOrigin::Import ? DetailWrite::Append : DetailWrite::Replace;
            if (auto done = writeConflicts(event.id, event.conflicts, conflicts); !done)
                return done;
        }
        return indexForSearch(event.id);
    });
}

Status Document::deleteEvents(std::span<const std::int64_t> ids) {
    return transaction([&]() -> Status {
        for (std::int64_t id : ids) {
            auto exists = noteStoredDay(id);
            if (!exists)
                return exists.error();
            if (!*exists)
                continue;
            if (auto done = unindexForSearch(id); !done)
                return done;
            if (auto done = untallyStoredEvent(id); !done)
                return done;
            if (auto done = run("DELETE FROM event WHERE id = ?1", id); !done)
                return done;
        }
        return success();
    });
}

}  // namespace yeonpyo::store
