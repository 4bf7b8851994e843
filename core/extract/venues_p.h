// Venues the gazetteer does not know: names that end in a venue word ("Wembley Stadium",
// "국립중앙박물관"), kept as the article writes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {

/// A venue's name as written; byte offsets into the text (Korean particles excluded).
struct VenueName {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string name;
};

/// The venue names of a text in its language, in text order: English runs of capitalised words
/// ending in a venue word, or a venue word followed by "of" and capitalised words ("Palace of
/// Westminster"); Korean nouns ending in one ("국립중앙박물관에서", or "청와대 영빈관" when the
/// noun is the venue word alone). Names the gazetteer knows as venues are left out.
std::vector<VenueName> findVenueNames(std::string_view text, std::string_view lang,
                                      const lexicon::Lexicon& lexicon,
                                      const std::vector<lexicon::PlaceHit>& places);
/// The same within [begin, end) of the text only (names may reach before begin).
std::vector<VenueName> findVenueNames(std::string_view text, std::size_t begin, std::size_t end,
                                      std::string_view lang, const lexicon::Lexicon& lexicon,
                                      const std::vector<lexicon::PlaceHit>& places);

/// The known place a venue's name starts with ("대전" of "대전월드컵경기장", "Seoul" of "Seoul
/// Olympic Stadium"): the longest leading part the gazetteer knows, without the whole name.
const lexicon::PlaceEntry* knownPartOf(std::string_view venueName,
                                       const lexicon::Gazetteer& gazetteer);

/// True when an English name ends in a venue word ("Elysee Palace"): a place, not a person.
bool endsInVenueWord(std::string_view name, const lexicon::Lexicon& lexicon);

}  // namespace yeonpyo::extract
