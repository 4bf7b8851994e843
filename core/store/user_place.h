// UserPlace: a gazetteer entry the user added to a document (a venue the bundled gazetteer lacks).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/event.h"

namespace yeonpyo::store {

struct UserPlace {
    std::int64_t id = 0;               ///< Row id; 0 before it is stored.
    std::string name;                  ///< Main name ("승지원").
    std::vector<std::string> aliases;  ///< Other names in any script ("Seungjiwon").
    std::string address;               ///< Enclosing places, widest first ("서울 용산구").
    std::optional<double> lat;
    std::optional<double> lon;
    PlacePrecision precision = PlacePrecision::Venue;
    std::string parent;  ///< Gazetteer id of the enclosing place; may be empty.

    /// The id events use in Place::gazetteerId to refer to this entry ("user:7").
    std::string gazetteerId() const { return "user:" + std::to_string(id); }

    friend bool operator==(const UserPlace&, const UserPlace&) = default;
};

}  // namespace yeonpyo::store
