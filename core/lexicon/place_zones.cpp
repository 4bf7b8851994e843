// Reading the place time zone table.
#include "core/lexicon/place_zones.h"

#include "core/lexicon/tsv.h"

namespace yeonpyo::lexicon {

Status PlaceZones::load(std::string_view tsv, std::string_view fileName) {
    for (const TsvRow& row : parseTsv(tsv)) {
        if (row.field(0).empty() || row.field(1).empty()) {
            return Error{std::string(fileName) + " line " + std::to_string(row.line) +
                         " needs a place id and a zone."};
        }
        zones_.insert_or_assign(std::string(row.field(0)), std::string(row.field(1)));
    }
    return success();
}

std::string_view PlaceZones::zoneOf(std::string_view placeId) const {
    const auto found = zones_.find(std::string(placeId));
    return found == zones_.end() ? std::string_view{} : std::string_view(found->second);
}

}  // namespace yeonpyo::lexicon
