// Binding and reading the scalar columns of the event table.
#include "core/store/event_row.h"

namespace yeonpyo::store {

Event readEventRow(const Statement& row) {
    Event event;
    event.id = row.int64At(0);
    event.sequence = static_cast<int>(row.int64At(1));
    event.kind = eventKindFromString(row.textAt(2));
    event.status = eventStatusFromString(row.textAt(3));
    event.title = row.textAt(4);
    event.time.start = row.textAt(5);
    event.time.end = row.textAt(6);
    event.time.timeOfDay = row.textAt(7);
    event.time.timeZone = row.textAt(8);
    event.time.derivation = row.textAt(9);
    event.time.beginUtc = row.optionalInt64At(10);
    event.time.endUtc = row.optionalInt64At(11);
    event.place.name = row.textAt(12);
    event.place.address = row.textAt(13);
    event.place.lat = row.optionalRealAt(14);
    event.place.lon = row.optionalRealAt(15);
    event.place.precision = placePrecisionFromString(row.textAt(16));
    event.place.gazetteerId = row.textAt(17);
    event.editedByUser = row.int64At(18) != 0;
    return event;
}

void bindEventFields(Statement& statement, const Event& event, bool editedByUser) {
    const EventTime& time = event.time;
    const Place& place = event.place;
    statement.bindAll(std::int64_t{event.sequence}, toString(event.kind), toString(event.status),
                      event.title, time.start, time.end, time.timeOfDay, time.timeZone,
                      time.derivation, time.beginUtc, time.endUtc,
                      spanClass(time.beginUtc, time.endUtc), place.name, place.address, place.lat,
                      place.lon, toString(place.precision), place.gazetteerId, editedByUser);
}

std::optional<std::int64_t> spanClass(std::optional<std::int64_t> beginUtc,
                                      std::optional<std::int64_t> endUtc) {
    if (!beginUtc || !endUtc)
        return std::nullopt;
    if (*endUtc <= *beginUtc)
        return 0;
    const std::uint64_t duration =
        static_cast<std::uint64_t>(*endUtc) - static_cast<std::uint64_t>(*beginUtc);
    std::int64_t power = 0;
    while (power < kMaxSpanClass && (std::uint64_t{1} << power) < duration)
        ++power;
    return power;
}

}  // namespace yeonpyo::store
