// Gazetteer loading from TSV, name lookup with user precedence, hierarchy and addresses.
#include "core/lexicon/gazetteer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "core/lexicon/tsv.h"

namespace yeonpyo::lexicon {
namespace {

constexpr std::string_view kHomeCountry = "country:kr";
// An alias written "~경기" names the place only right before a place inside it ("경기 성남").
constexpr std::string_view kContextOnly = "~";
// Enclosing places are followed at most this far up (guards against a cycle in user data).
constexpr std::size_t kMaxDepth = 16;

constexpr std::array kKindNames{
    std::pair{PlaceKind::Country, std::string_view{"country"}},
    std::pair{PlaceKind::Region, std::string_view{"region"}},
    std::pair{PlaceKind::City, std::string_view{"city"}},
    std::pair{PlaceKind::District, std::string_view{"district"}},
    std::pair{PlaceKind::Dong, std::string_view{"dong"}},
    std::pair{PlaceKind::Venue, std::string_view{"venue"}},
};

std::optional<PlaceKind> kindFromName(std::string_view name) {
    for (const auto& [kind, kindName] : kKindNames) {
        if (kindName == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<double> parseCoordinate(std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

}  // namespace

PlacePrecision precisionOf(PlaceKind kind) {
    switch (kind) {
        case PlaceKind::Country:
            return PlacePrecision::Country;
        case PlaceKind::Region:
            return PlacePrecision::Region;
        case PlaceKind::City:
            return PlacePrecision::City;
        case PlaceKind::District:
        case PlaceKind::Dong:
            return PlacePrecision::District;
        case PlaceKind::Venue:
            return PlacePrecision::Venue;
    }
    return PlacePrecision::Unknown;
}

bool namesAlone(const PlaceEntry& entry, std::string_view name) {
    return !entry.needsContext || name.empty() || static_cast<unsigned char>(name.front()) >= 0x80;
}

Status Gazetteer::load(std::string_view tsv, std::string_view fileName, bool namesNeedContext) {
    for (const auto& row : parseTsv(tsv)) {
        const auto kind = kindFromName(row.field(1));
        if (row.field(0).empty() || !kind) {
            return Error{std::string(fileName) + " line " + std::to_string(row.line) +
                         " has no id or an unknown place kind."};
        }
        PlaceEntry entry{std::string(row.field(0)),
                         *kind,
                         std::string(row.field(2)),
                         std::string(row.field(3)),
                         std::string(row.field(4)),
                         {},
                         parseCoordinate(row.field(6)),
                         parseCoordinate(row.field(7)),
                         false,
                         namesNeedContext};
        for (auto alias : splitList(row.field(5)))
            entry.aliases.emplace_back(alias);
        if (byId_.contains(entry.id)) {
            return Error{std::string(fileName) + " line " + std::to_string(row.line) +
                         " repeats the place id " + entry.id + "."};
        }
        entries_.push_back(std::move(entry));
        index(entries_.size() - 1);
    }
    return success();
}

void Gazetteer::addUserPlace(PlaceEntry entry) {
    entry.userAdded = true;
    entries_.push_back(std::move(entry));
    index(entries_.size() - 1);
}

void Gazetteer::index(std::size_t position) {
    const auto& entry = entries_[position];
    byId_[entry.id] = position;
    const int payload = static_cast<int>(position) * 2;
    names_.add(entry.nameKo, payload);
    names_.add(entry.nameEn, payload);
    for (const auto& alias : entry.aliases) {
        if (alias.starts_with(kContextOnly)) {
            names_.add(std::string_view(alias).substr(kContextOnly.size()), payload + 1);
        } else {
            names_.add(alias, payload);
        }
    }
}

std::vector<const PlaceEntry*> Gazetteer::candidatesOf(const std::vector<int>& payloads) const {
    std::vector<const PlaceEntry*> candidates;
    for (const int payload : payloads) {
        const PlaceEntry* entry = &entries_[static_cast<std::size_t>(payload / 2)];
        if (std::find(candidates.begin(), candidates.end(), entry) == candidates.end()) {
            candidates.push_back(entry);
        }
    }
    std::stable_partition(candidates.begin(), candidates.end(),
                          [](const PlaceEntry* entry) { return entry->userAdded; });
    return candidates;
}

const PlaceEntry* Gazetteer::find(std::string_view id) const {
    const auto found = byId_.find(id);
    return found == byId_.end() ? nullptr : &entries_[found->second];
}

std::vector<const PlaceEntry*> Gazetteer::lookup(std::string_view name) const {
    return candidatesOf(names_.lookup(name));
}

std::vector<PlaceHit> Gazetteer::scan(std::string_view text) const {
    const auto matches = names_.scan(text, StartRule::WordStart, EndRule::ParticleTail);
    std::vector<PlaceHit> hits;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const auto& match = matches[i];
        PlaceHit hit{match.begin, match.end, match.wordEnd, candidatesOf(match.payloads)};
        const bool contextOnly = std::all_of(match.payloads.begin(), match.payloads.end(),
                                             [](int payload) { return payload % 2 == 1; });
        if (contextOnly &&
            !enclosesNext(hit, i + 1 < matches.size() ? &matches[i + 1] : nullptr, text)) {
            continue;  // "경기" is Gyeonggi only in "경기 성남"
        }
        hits.push_back(std::move(hit));
    }
    return hits;
}

bool Gazetteer::enclosesNext(const PlaceHit& hit, const PhraseMatch* next,
                             std::string_view text) const {
    if (next == nullptr || hit.wordEnd != hit.end || next->begin < hit.end ||
        text.substr(hit.end, next->begin - hit.end).find_first_not_of(' ') !=
            std::string_view::npos) {
        return false;
    }
    for (const PlaceEntry* inner : candidatesOf(next->payloads)) {
        for (const PlaceEntry* outer : hit.candidates) {
            if (inner != outer && encloses(*outer, *inner))
                return true;
        }
    }
    return false;
}

std::vector<const PlaceEntry*> Gazetteer::ancestors(const PlaceEntry& entry) const {
    std::vector<const PlaceEntry*> chain;
    const PlaceEntry* current = find(entry.parentId);
    while (current != nullptr && chain.size() < kMaxDepth) {
        chain.push_back(current);
        current = find(current->parentId);
    }
    return chain;
}

bool Gazetteer::encloses(const PlaceEntry& ancestor, const PlaceEntry& entry) const {
    const PlaceEntry* current = &entry;
    for (std::size_t depth = 0; current != nullptr && depth <= kMaxDepth; ++depth) {
        if (current == &ancestor)
            return true;
        current = find(current->parentId);
    }
    return false;
}

const std::string& Gazetteer::name(const PlaceEntry& entry, std::string_view lang) {
    if (lang == "en")
        return entry.nameEn.empty() ? entry.nameKo : entry.nameEn;
    return entry.nameKo.empty() ? entry.nameEn : entry.nameKo;
}

std::string Gazetteer::address(const PlaceEntry& entry, std::string_view lang) const {
    std::string result;
    const auto chain = ancestors(entry);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->id == kHomeCountry || (*it)->kind == PlaceKind::Dong)
            continue;
        if (!result.empty())
            result += lang == "en" ? ", " : " ";
        result += name(**it, lang);
    }
    return result;
}

}  // namespace yeonpyo::lexicon
