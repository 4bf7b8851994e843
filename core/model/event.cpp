// String names of the event enums, as written in the JSON contract and the document.
#include "core/model/event.h"

#include <array>
#include <utility>

namespace yeonpyo {
namespace {

constexpr std::array kKindNames{
    std::pair{EventKind::Meeting, std::string_view{"meeting"}},
    std::pair{EventKind::Meal, std::string_view{"meal"}},
    std::pair{EventKind::Visit, std::string_view{"visit"}},
    std::pair{EventKind::Speech, std::string_view{"speech"}},
    std::pair{EventKind::Departure, std::string_view{"departure"}},
    std::pair{EventKind::Arrival, std::string_view{"arrival"}},
    std::pair{EventKind::Announcement, std::string_view{"announcement"}},
    std::pair{EventKind::Other, std::string_view{"other"}},
};
constexpr std::array kStatusNames{
    std::pair{EventStatus::Happened, std::string_view{"happened"}},
    std::pair{EventStatus::Planned, std::string_view{"planned"}},
    std::pair{EventStatus::Reported, std::string_view{"reported"}},
};
constexpr std::array kPrecisionNames{
    std::pair{PlacePrecision::Unknown, std::string_view{""}},
    std::pair{PlacePrecision::Venue, std::string_view{"venue"}},
    std::pair{PlacePrecision::District, std::string_view{"district"}},
    std::pair{PlacePrecision::City, std::string_view{"city"}},
    std::pair{PlacePrecision::Region, std::string_view{"region"}},
    std::pair{PlacePrecision::Country, std::string_view{"country"}},
};

template <typename Table, typename Enum>
std::string_view nameOf(const Table& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) return name;
    }
    return table.back().second;
}

template <typename Table, typename Enum>
Enum valueOf(const Table& table, std::string_view name, Enum fallback) {
    for (const auto& [candidate, candidateName] : table) {
        if (candidateName == name) return candidate;
    }
    return fallback;
}

}  // namespace

std::string_view toString(EventKind kind) { return nameOf(kKindNames, kind); }
std::string_view toString(EventStatus status) { return nameOf(kStatusNames, status); }
std::string_view toString(PlacePrecision precision) { return nameOf(kPrecisionNames, precision); }

EventKind eventKindFromString(std::string_view name) {
    return valueOf(kKindNames, name, EventKind::Other);
}
EventStatus eventStatusFromString(std::string_view name) {
    return valueOf(kStatusNames, name, EventStatus::Happened);
}
PlacePrecision placePrecisionFromString(std::string_view name) {
    return valueOf(kPrecisionNames, name, PlacePrecision::Unknown);
}

}  // namespace yeonpyo
