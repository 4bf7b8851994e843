// Finding venue names outside the gazetteer by the venue words that end them.
#include "core/extract/venues_p.h"

#include <algorithm>
#include <array>

#include "core/extract/spans_p.h"
#include "core/extract/words_p.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::EndRule;
using lexicon::PhraseMatch;
using lexicon::StartRule;

// Capitalised words that open a clause rather than a name ("At Wembley Stadium").
constexpr std::array<std::string_view, 24> kClauseWords{
    "At",  "In",   "On",    "The",   "A",      "An",      "From", "To",
    "For", "With", "By",    "After", "Before", "During",  "Then", "And",
    "But", "When", "While", "Later", "Inside", "Outside", "Near", "Of"};
// Korean endings that close a noun phrase: the word before a bare venue word is not part of its
// name when it ends in one ("대통령은 호텔에서").
constexpr std::array<std::string_view, 16> kClosingEndings{
    "은", "는", "을", "를", "에", "의", "도", "와", "과", "로", "서", "고", "며", "다", "께", "이"};

bool isClauseWord(std::string_view word) {
    return std::find(kClauseWords.begin(), kClauseWords.end(), word) != kClauseWords.end();
}

bool isKoreanVenueWord(const lexicon::Lexicon& lexicon, const PhraseMatch& hit) {
    return std::any_of(hit.payloads.begin(), hit.payloads.end(), [&](int index) {
        return lexicon.venueWords.entries[static_cast<std::size_t>(index)].lang == "ko";
    });
}

/// "Wembley Stadium", "Basilica of the National Shrine", "Palace of Westminster".
std::optional<VenueName> englishVenue(std::string_view text, const PhraseMatch& hit) {
    std::size_t begin = hit.begin;
    for (auto word = wordBefore(text, begin);
         word && isCapitalised(word->in(text)) && !isClauseWord(word->in(text));
         word = wordBefore(text, begin)) {
        begin = word->begin;
    }
    std::size_t end = hit.end;
    for (auto word = wordAfter(text, end); word && word->in(text) == "of";) {
        auto next = wordAfter(text, word->end);
        if (next && next->in(text) == "the")
            next = wordAfter(text, next->end);
        if (!next || !isCapitalised(next->in(text)))
            break;
        while (next && isCapitalised(next->in(text))) {
            end = next->end;
            next = wordAfter(text, end);
        }
        word = next;
    }
    if (begin == hit.begin && end == hit.end)
        return std::nullopt;
    return VenueName{begin, end, std::string(text.substr(begin, end - begin))};
}

/// "국립중앙박물관", "청와대 영빈관".
std::optional<VenueName> koreanVenue(std::string_view text, const PhraseMatch& hit) {
    std::size_t begin = hit.begin;
    while (begin > 0) {
        const std::size_t previous = lexicon::previousStart(text, begin);
        std::size_t length = 0;
        if (!lexicon::isWordChar(lexicon::decodeAt(text, previous, length)))
            break;
        begin = previous;
    }
    if (begin == hit.begin) {
        const auto word = wordBefore(text, begin);
        if (!word || hangulSyllables(word->in(text)) < 2)
            return std::nullopt;
        const auto before = word->in(text);
        const bool closed =
            std::any_of(kClosingEndings.begin(), kClosingEndings.end(),
                        [&](std::string_view ending) { return before.ends_with(ending); });
        if (closed)
            return std::nullopt;
        begin = word->begin;
    }
    return VenueName{begin, hit.end, std::string(text.substr(begin, hit.end - begin))};
}

bool knownVenueOverlaps(const std::vector<lexicon::PlaceHit>& places, std::size_t begin,
                        std::size_t end) {
    for (auto hit = firstStartingFrom(places, begin > 64 ? begin - 64 : 0, byBegin);
         hit != places.end() && hit->begin < end; ++hit) {
        const bool venue =
            !hit->candidates.empty() && hit->candidates.front()->kind == lexicon::PlaceKind::Venue;
        if (venue && hit->end > begin)
            return true;
    }
    return false;
}

}  // namespace

std::vector<VenueName> findVenueNames(std::string_view text, std::string_view lang,
                                      const lexicon::Lexicon& lexicon,
                                      const std::vector<lexicon::PlaceHit>& places) {
    return findVenueNames(text, 0, text.size(), lang, lexicon, places);
}

std::vector<VenueName> findVenueNames(std::string_view text, std::size_t begin, std::size_t end,
                                      std::string_view lang, const lexicon::Lexicon& lexicon,
                                      const std::vector<lexicon::PlaceHit>& places) {
    const bool korean = lang == "ko";
    std::vector<VenueName> venues;
    auto hits =
        lexicon.venueWords.forms.scan(text.substr(begin, end - begin),
                                      korean ? StartRule::InsideHangulWord : StartRule::WordStart,
                                      korean ? EndRule::ParticleTail : EndRule::WordEnd);
    for (auto& hit : hits) {
        hit.begin += begin;
        hit.end += begin;
        hit.wordEnd += begin;
        if (korean != isKoreanVenueWord(lexicon, hit))
            continue;
        auto venue = korean ? koreanVenue(text, hit) : englishVenue(text, hit);
        if (!venue || knownVenueOverlaps(places, venue->begin, venue->end))
            continue;
        if (!venues.empty() && venue->begin < venues.back().end) {
            // "Parliament House": heads in a row make one name.
            auto& previous = venues.back();
            if (venue->end > previous.end) {
                previous.end = venue->end;
                previous.name =
                    std::string(text.substr(previous.begin, previous.end - previous.begin));
            }
            continue;
        }
        venues.push_back(std::move(*venue));
    }
    return venues;
}

const lexicon::PlaceEntry* knownPartOf(std::string_view venueName,
                                       const lexicon::Gazetteer& gazetteer) {
    std::vector<std::size_t> cuts;  // ends of leading parts: syllables and words
    for (std::size_t at = 0; at < venueName.size();) {
        std::size_t length = 0;
        const char32_t c = lexicon::decodeAt(venueName, at, length);
        at += std::max<std::size_t>(length, 1);
        if (lexicon::isHangulSyllable(c) || (at < venueName.size() && venueName[at] == ' '))
            cuts.push_back(at);
    }
    for (auto cut = cuts.rbegin(); cut != cuts.rend(); ++cut) {
        if (*cut >= venueName.size() || *cut < 6)
            continue;  // the whole name, or a single syllable
        const auto part = venueName.substr(0, *cut);
        for (const auto* found : gazetteer.lookup(part)) {
            if (lexicon::namesAlone(*found, part))  // "Lincoln Memorial" is not in Lincoln
                return found;
        }
    }
    return nullptr;
}

bool endsInVenueWord(std::string_view name, const lexicon::Lexicon& lexicon) {
    const auto space = name.rfind(' ');
    const auto last = space == std::string_view::npos ? name : name.substr(space + 1);
    return !lexicon.venueWords.forms.lookup(last).empty() && isCapitalised(last);
}

}  // namespace yeonpyo::extract
