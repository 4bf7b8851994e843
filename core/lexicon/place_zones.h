// Place time zones: the IANA zone of places whose country spans several (resources/gazetteer/
// zones.tsv), for "(현지시간)" / "local time".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/model/result.h"

namespace yeonpyo::lexicon {

class PlaceZones {
public:
    /// Adds the rows of a zones TSV file (place id, IANA zone id).
    Status load(std::string_view tsv, std::string_view fileName);
    /// The zone written for exactly this place id; empty when none is.
    std::string_view zoneOf(std::string_view placeId) const;
    std::size_t size() const { return zones_.size(); }

private:
    std::unordered_map<std::string, std::string> zones_;
};

}  // namespace yeonpyo::lexicon
