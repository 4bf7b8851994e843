// Finding venue names outside the gazetteer by the venue words that end them.
#include "core/extract/venues_p.h"

#include <algorithm>
#include <array>
#include <cctype>

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
// Endings of a verb that modifies the noun after it ("인수한 필리조선소"): a clause, not a name.
constexpr std::array<std::string_view, 5> kModifierEndings{"한", "된", "던", "할", "될"};

// Hangul words of time that stand bare before a noun ("이날 국립묘지").
constexpr std::array<std::string_view, 20> kTimeWords{
    "이날", "오늘", "내일", "어제", "당일", "오전", "오후", "저녁", "새벽", "현지",
    "직후", "이후", "이어", "다음", "당시", "올해", "지난", "오는", "첫날", "이튿날"};

// Last syllables of the names of areas and units the gazetteer may not know ("궁정동",
// "광둥성", "주한미군"): an area before a venue places it, it does not name it.
constexpr std::array<std::string_view, 11> kAreaSuffixes{"동", "성", "시", "군", "구", "도",
                                                         "읍", "면", "리", "주", "국"};

bool isClauseWord(std::string_view word) {
    return std::find(kClauseWords.begin(), kClauseWords.end(), word) != kClauseWords.end();
}

bool isKoreanVenueWord(const lexicon::Lexicon& lexicon, const PhraseMatch& hit) {
    return std::any_of(hit.payloads.begin(), hit.payloads.end(), [&](int index) {
        return lexicon.venueWords.entries[static_cast<std::size_t>(index)].lang == "ko";
    });
}

bool placeEndsAt(const std::vector<lexicon::PlaceHit>& places, std::size_t end) {
    const auto* hit = lastEndingBy(places, end);
    return hit != nullptr && hit->end == end;
}

/// "St. Matthew's Cathedral": the start of the owner's name before "'s", or of an abbreviation
/// before its dot ("St.", "Mt."); nullopt when neither stands right before pos.
std::optional<std::size_t> ownerOrAbbreviationBefore(std::string_view text, std::size_t pos,
                                                     const std::vector<lexicon::PlaceHit>& places) {
    const auto word = wordBefore(text, pos);
    if (word && word->in(text) == "s") {
        const auto head = text.substr(0, word->begin);
        const std::size_t mark = head.ends_with("'") ? 1 : head.ends_with("’") ? 3 : 0;
        const auto owner = mark > 0 ? wordBefore(text, word->begin - mark) : std::nullopt;
        // "Havana's José Martí Airport": a place's venue, not part of its name.
        if (owner && owner->end == word->begin - mark && isCapitalised(owner->in(text)) &&
            !placeEndsAt(places, owner->end)) {
            return owner->begin;
        }
        return std::nullopt;
    }
    if (word || pos < 2 || text[pos - 1] != ' ' || text[pos - 2] != '.')
        return std::nullopt;
    // "St.", "Mt.", "U.S.": three characters at most, or dotted letters; not a sentence's end.
    std::size_t begin = pos - 1;
    while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) != 0 ||
                         text[begin - 1] == '.'))
        --begin;
    const auto token = text.substr(begin, pos - 1 - begin);
    const bool dotted = std::count(token.begin(), token.end(), '.') >= 2;
    if (token.size() < 2 || !isCapitalised(token) || (token.size() > 3 && !dotted) ||
        token.size() > 6)
        return std::nullopt;
    return begin;
}

/// "Wembley Stadium", "St. Matthew's Cathedral", "Basilica of the National Shrine", "Palace of
/// Westminster".
std::optional<VenueName> englishVenue(std::string_view text, const PhraseMatch& hit,
                                      const std::vector<lexicon::PlaceHit>& places) {
    std::size_t begin = hit.begin;
    for (;;) {
        if (const auto word = wordBefore(text, begin);
            word && isCapitalised(word->in(text)) && !isClauseWord(word->in(text))) {
            begin = word->begin;
        } else if (const auto owner = ownerOrAbbreviationBefore(text, begin, places)) {
            begin = *owner;
        } else {
            break;
        }
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

/// A bare Hangul noun before a venue's name that is part of it ("장진호 전투 기념비", "고척
/// 스카이돔"): no particle or ending closes it, and it is no time word, area, place, title or
/// person.
bool continuesKoreanVenue(std::string_view word, const lexicon::Lexicon& lexicon) {
    if (hangulSyllables(word) < 2 ||
        std::any_of(kClosingEndings.begin(), kClosingEndings.end(),
                    [&](std::string_view ending) { return word.ends_with(ending); }) ||
        std::find(kTimeWords.begin(), kTimeWords.end(), word) != kTimeWords.end() ||
        std::any_of(kModifierEndings.begin(), kModifierEndings.end(),
                    [&](std::string_view ending) { return word.ends_with(ending); }) ||
        std::any_of(kAreaSuffixes.begin(), kAreaSuffixes.end(),
                    [&](std::string_view suffix) { return word.ends_with(suffix); })) {
        return false;
    }
    return lexicon.gazetteer.lookup(word).empty() && lexicon.titles.forms.lookup(word).empty() &&
           lexicon.people.forms.lookup(word).empty();
}

/// "국립중앙박물관", "청와대 영빈관", "장진호 전투 기념비".
std::optional<VenueName> koreanVenue(std::string_view text, const PhraseMatch& hit,
                                     const lexicon::Lexicon& lexicon) {
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
    if (const auto word = wordBefore(text, begin);
        word && continuesKoreanVenue(word->in(text), lexicon))
        begin = word->begin;
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
        auto venue = korean ? koreanVenue(text, hit, lexicon) : englishVenue(text, hit, places);
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
