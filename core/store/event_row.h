// How an Event's scalar fields map to the columns of the event table (shared by reads and writes).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/model/event.h"
#include "core/store/statement.h"

namespace yeonpyo::store {

/// The columns readEventRow() expects, in order, for "SELECT <kEventColumns> FROM event e". The
/// second is the event's place in the whole timeline: its rank in its day after the events of
/// earlier days.
inline constexpr std::string_view kEventColumns =
    "e.id, e.sequence + coalesce((SELECT d.earlier FROM sequence_day d WHERE d.day = e.order_day), "
    "0), e.kind, e.status, e.title, e.time_start, e.time_end, e.time_of_day, "
    "e.time_zone, e.derivation, e.begin_utc, e.end_utc, e.place_name, e.place_address, "
    "e.place_lat, e.place_lon, e.place_precision, e.place_gazetteer_id, e.edited_by_user";

/// Reads the scalar fields of an event from a row of kEventColumns (no participants, quotes,
/// after).
Event readEventRow(const Statement& row);

/// Binds parameters ?1…?19: sequence, kind, status, title, time_start, time_end, time_of_day,
/// time_zone, derivation, begin_utc, end_utc, span_class, place_name, place_address, place_lat,
/// place_lon, place_precision, place_gazetteer_id, edited_by_user.
void bindEventFields(Statement& statement, const Event& event, bool editedByUser);
inline constexpr int kBoundEventFields = 19;

/// The smallest c (at most 62) with end - begin <= 2^c: the event_span index class of an
/// interval; none when the event has no UTC interval.
std::optional<std::int64_t> spanClass(std::optional<std::int64_t> beginUtc,
                                      std::optional<std::int64_t> endUtc);
inline constexpr int kMaxSpanClass = 62;

}  // namespace yeonpyo::store
