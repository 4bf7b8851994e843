// Reading the gazetteer's hits in context: which Latin names are places here, and which of the
// places of one name the article means.
#include "core/extract/place_hits_p.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "core/extract/words_p.h"

namespace yeonpyo::extract {
namespace {

using lexicon::PlaceEntry;
using lexicon::PlaceHit;
using lexicon::PlaceKind;

// Words after which a name reads as a place ("in Greensboro", "visited Lahore").
constexpr std::array<std::string_view, 21> kPlaceWords{
    "in",      "at",      "near",   "outside", "from",   "to",      "into",
    "toward",  "towards", "via",    "visit",   "visits", "visited", "visiting",
    "reached", "across",  "around", "through", "leaves", "left",    "inside"};
// Capitalised words before a city's name that are no given name ("In Austin", "Downtown Dallas").
constexpr std::array<std::string_view, 30> kNotGivenNames{
    "In",       "At",      "To",      "From",    "For",      "With",   "By",       "On",
    "And",      "Near",    "Outside", "Inside",  "Across",   "Around", "Through",  "Visit",
    "Visiting", "Visited", "North",   "South",   "East",     "West",   "Northern", "Southern",
    "Eastern",  "Western", "Central", "Greater", "Downtown", "The"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isLatin(std::string_view text, const PlaceHit& hit) {
    return static_cast<unsigned char>(text[hit.begin]) < 0x80;
}

bool allSettlements(const PlaceHit& hit) {
    return std::all_of(hit.candidates.begin(), hit.candidates.end(), [](const PlaceEntry* entry) {
        return entry->kind == PlaceKind::City || entry->kind == PlaceKind::District;
    });
}

std::string lowercase(std::string_view word) {
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

/// "Greensboro, North Carolina", "in Greensboro", "visited Lahore": a town's name said as a
/// place, and not the start of a longer name ("Lincoln Center").
bool readsAsPlace(std::string_view text, const PlaceHit& hit, const PlaceHit* next) {
    if (const auto after = wordAfter(text, hit.end); after && isCapitalised(after->in(text)))
        return false;
    if (next != nullptr && text.substr(hit.end, next->begin - hit.end) == ", ")
        return true;
    const auto before = wordBefore(text, hit.begin);
    return before && among(kPlaceWords, lowercase(before->in(text)));
}

/// "Lloyd Austin", "Mayor Jackson": a city's name right after a capitalised word that is no
/// place and opens no clause is a person's name.
bool followsGivenName(std::string_view text, const PlaceHit& hit, const PlaceHit* previous) {
    const auto before = wordBefore(text, hit.begin);
    if (!before || (previous != nullptr && previous->end == before->end))
        return false;
    const auto word = before->in(text);
    const bool allCapitals =
        std::all_of(word.begin(), word.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
    return isCapitalised(word) && !allCapitals && !among(kNotGivenNames, word) &&
           word.find_first_of(".'") == std::string_view::npos;
}

/// Drops the candidates a Latin name does not denote here; false when none is left.
bool keep(std::string_view text, PlaceHit& hit, const PlaceHit* previous, const PlaceHit* next) {
    if (!isLatin(text, hit))
        return true;
    if (!readsAsPlace(text, hit, next)) {
        std::erase_if(hit.candidates, [](const PlaceEntry* entry) { return entry->needsContext; });
        if (hit.candidates.empty())
            return false;
    }
    return !(allSettlements(hit) && followsGivenName(text, hit, previous));
}

/// Countries and regions the article names without ambiguity, with what encloses them.
std::unordered_set<const PlaceEntry*> namedAreas(const std::vector<PlaceHit>& hits,
                                                 const lexicon::Gazetteer& gazetteer) {
    std::unordered_set<const PlaceEntry*> areas;
    for (const auto& hit : hits) {
        if (hit.candidates.size() != 1)
            continue;
        const PlaceEntry* entry = hit.candidates.front();
        if (entry->kind == PlaceKind::Country || entry->kind == PlaceKind::Region)
            areas.insert(entry);
        for (const PlaceEntry* around : gazetteer.ancestors(*entry))
            areas.insert(around);
    }
    return areas;
}

void preferNamedAreas(std::vector<PlaceHit>& hits, const lexicon::Gazetteer& gazetteer) {
    std::unordered_set<const PlaceEntry*> areas;
    bool computed = false;
    for (auto& hit : hits) {
        if (hit.candidates.size() < 2)
            continue;
        if (!computed) {
            areas = namedAreas(hits, gazetteer);
            computed = true;
        }
        std::stable_partition(
            hit.candidates.begin(), hit.candidates.end(), [&](const PlaceEntry* candidate) {
                const auto around = gazetteer.ancestors(*candidate);
                return std::any_of(around.begin(), around.end(),
                                   [&](const PlaceEntry* area) { return areas.contains(area); });
            });
    }
}

}  // namespace

std::vector<PlaceHit> readPlaceHits(std::string_view text, const lexicon::Gazetteer& gazetteer) {
    auto hits = gazetteer.scan(text);
    std::vector<PlaceHit> kept;
    kept.reserve(hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const PlaceHit* previous = kept.empty() ? nullptr : &kept.back();
        const PlaceHit* next = i + 1 < hits.size() ? &hits[i + 1] : nullptr;
        if (keep(text, hits[i], previous, next))
            kept.push_back(std::move(hits[i]));
    }
    preferNamedAreas(kept, gazetteer);
    return kept;
}

}  // namespace yeonpyo::extract
