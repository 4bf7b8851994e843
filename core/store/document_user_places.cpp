// The user's own gazetteer entries (places the bundled gazetteer lacks), with their aliases.
#include <sqlite3.h>

#include <map>

#include "core/store/document.h"

namespace yeonpyo::store {

Status Document::writeAliases(std::int64_t placeId, const std::vector<std::string>& aliases) {
    auto clear = cached("DELETE FROM user_place_alias WHERE place_id = ?1");
    if (!clear)
        return clear.error();
    if (auto cleared = (*clear)->bind(1, placeId).run(); !cleared)
        return cleared;
    int position = 0;
    for (const std::string& alias : aliases) {
        auto insert =
            cached("INSERT INTO user_place_alias(place_id, position, alias) VALUES (?1, ?2, ?3)");
        if (!insert)
            return insert.error();
        if (auto inserted = (*insert)->bindAll(placeId, position++, alias).run(); !inserted) {
            return inserted;
        }
    }
    return success();
}

Result<std::int64_t> Document::addUserPlace(const UserPlace& place) {
    std::int64_t id = 0;
    auto status = transaction([&]() -> Status {
        auto insert = cached(
            "INSERT INTO user_place(name, address, lat, lon, precision, parent) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!insert)
            return insert.error();
        (*insert)->bindAll(place.name, place.address, place.lat, place.lon,
                           toString(place.precision), place.parent);
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted;
        id = sqlite3_last_insert_rowid(connection_.handle());
        return writeAliases(id, place.aliases);
    });
    if (!status)
        return status.error();
    return id;
}

Status Document::updateUserPlace(const UserPlace& place) {
    return transaction([&]() -> Status {
        auto update = cached(
            "UPDATE user_place SET name = ?1, address = ?2, lat = ?3, lon = ?4, precision = ?5, "
            "parent = ?6 WHERE id = ?7");
        if (!update)
            return update.error();
        (*update)->bindAll(place.name, place.address, place.lat, place.lon,
                           toString(place.precision), place.parent, place.id);
        if (auto updated = (*update)->run(); !updated)
            return updated;
        if (sqlite3_changes(connection_.handle()) == 0) {
            return Error{"There is no place " + std::to_string(place.id) + " in the document."};
        }
        return writeAliases(place.id, place.aliases);
    });
}

Status Document::deleteUserPlace(std::int64_t id) {
    return transaction([&] { return run("DELETE FROM user_place WHERE id = ?1", id); });
}

Result<std::vector<UserPlace>> Document::userPlaces() {
    std::vector<UserPlace> places;
    std::map<std::int64_t, std::size_t> indexOf;
    {
        auto query = cached(
            "SELECT id, name, address, lat, lon, precision, parent FROM user_place ORDER BY id");
        if (!query)
            return query.error();
        for (;;) {
            auto row = (*query)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const Statement& r = **query;
            indexOf[r.int64At(0)] = places.size();
            places.push_back({r.int64At(0),
                              r.textAt(1),
                              {},
                              r.textAt(2),
                              r.optionalRealAt(3),
                              r.optionalRealAt(4),
                              placePrecisionFromString(r.textAt(5)),
                              r.textAt(6)});
        }
    }
    auto aliases =
        cached("SELECT place_id, alias FROM user_place_alias ORDER BY place_id, position");
    if (!aliases)
        return aliases.error();
    for (;;) {
        auto row = (*aliases)->step();
        if (!row)
            return row.error();
        if (!*row)
            return places;
        const auto found = indexOf.find((*aliases)->int64At(0));
        if (found != indexOf.end())
            places[found->second].aliases.push_back((*aliases)->textAt(1));
    }
}

}  // namespace yeonpyo::store
