// Gazetteer: known places with hierarchy, Hangul and Latin names, aliases and coordinates; user
// places win.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/lexicon/phrase_matcher.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::lexicon {

enum class PlaceKind { Country, Region, City, District, Dong, Venue };

/// The event precision a place of this kind gives (a dong counts as district precision).
PlacePrecision precisionOf(PlaceKind kind);

struct PlaceEntry {
    std::string id;  ///< Stable key ("kr:seoul:yongsan", "venue:seungjiwon", "user:3").
    PlaceKind kind = PlaceKind::Venue;
    std::string parentId;  ///< Enclosing place; empty for a country.
    std::string nameKo;
    std::string nameEn;
    std::vector<std::string> aliases;
    std::optional<double> lat;
    std::optional<double> lon;
    bool userAdded =
        false;  ///< Added by the user; preferred over bundled entries of the same name.
    /// A town of the long world list: its Latin names are also words and people's names
    /// ("Jackson", "Reading"), so they name it only where the text reads as a place.
    bool needsContext = false;
};

/// True when this name alone names the entry: its Hangul names always, its Latin names unless
/// the entry needs context.
bool namesAlone(const PlaceEntry& entry, std::string_view name);

/// A place name found in a text, with every entry that name may denote (user entries first).
struct PlaceHit {
    std::size_t begin = 0;  ///< Byte offsets of the name (particles excluded).
    std::size_t end = 0;
    std::size_t wordEnd = 0;  ///< End of the word including particles ("승지원에서").
    std::vector<const PlaceEntry*> candidates;
};

class Gazetteer {
public:
    /// Adds the rows of a gazetteer TSV file (id, kind, parent, name_ko, name_en, aliases, lat,
    /// lon); their names need context when namesNeedContext is set (see PlaceEntry).
    Status load(std::string_view tsv, std::string_view fileName, bool namesNeedContext = false);

    /// Adds a user's place; its names then resolve to it before any bundled entry, and an entry
    /// with the same id is shadowed by it.
    void addUserPlace(PlaceEntry entry);

    const PlaceEntry* find(std::string_view id) const;
    /// Every entry known by this name or alias, user entries first.
    std::vector<const PlaceEntry*> lookup(std::string_view name) const;
    /// Place names in a text, longest first, particles allowed after Hangul names.
    std::vector<PlaceHit> scan(std::string_view text) const;

    /// Enclosing places, nearest first (the parent, its parent, …).
    std::vector<const PlaceEntry*> ancestors(const PlaceEntry& entry) const;
    /// True when ancestor encloses entry (or is entry).
    bool encloses(const PlaceEntry& ancestor, const PlaceEntry& entry) const;
    /// Enclosing places widest first in the language ("서울 영등포구"); Korea itself is left out.
    std::string address(const PlaceEntry& entry, std::string_view lang) const;
    /// The entry's name in the language, falling back to the other one.
    static const std::string& name(const PlaceEntry& entry, std::string_view lang);

    std::size_t size() const { return entries_.size(); }
    /// Every entry, bundled ones in file order, then user places.
    const std::deque<PlaceEntry>& entries() const { return entries_; }

private:
    void index(std::size_t position);
    bool enclosesNext(const PlaceHit& hit, const PhraseMatch* next, std::string_view text) const;
    std::vector<const PlaceEntry*> candidatesOf(const std::vector<int>& payloads) const;

    std::deque<PlaceEntry> entries_;  // a deque, so that entries never move
    /// Hashes std::string and std::string_view alike, so lookups by id need no allocation.
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const {
            return std::hash<std::string_view>{}(id);
        }
    };
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> byId_;
    PhraseMatcher names_;
};

}  // namespace yeonpyo::lexicon
