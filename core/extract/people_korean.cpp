// Korean person patterns: name, organisation or country, and title in either order, foreign names
// in Hangul.
#include <algorithm>
#include <array>

#include "core/extract/people_reader_p.h"
#include "core/extract/spans_p.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

// Words between a name and its title that belong to neither ("이병철 전 회장").
constexpr std::array<std::string_view, 5> kTitleModifiers{"전", "현", "신임", "초대", "공동"};
// One-syllable names of countries written before a title ("트럼프 미 대통령", "시진핑 중
// 국가주석"); none is a common surname.
constexpr std::array<std::string_view, 6> kCountryAbbreviations{"미", "중", "일", "러", "북", "독"};
// Endings that make a Hangul word a verb or clause, not part of a name (names may end in 지, 니 or
// 게: 겐지, 데니).
constexpr std::array<std::string_view, 11> kClauseEndings{"고", "며", "데", "해", "면", "서",
                                                          "다", "한", "된", "던", "겨"};

bool endsWithParticle(std::string_view word) {
    for (std::size_t cut = 3; cut <= word.size() && cut <= 9; cut += 3) {
        if (lexicon::isParticleTail(word.substr(word.size() - cut)))
            return true;
    }
    return false;
}

/// A Hangul word of a foreign name: no particle or clause ending at its end. Before a nationality
/// ("가브리엘 모로 프랑스 외교장관") a last syllable that is also a particle (로, 도) is part of
/// the name: particlesAllowed.
bool isBareNameWord(std::string_view word, int minimumSyllables, bool particlesAllowed = false) {
    const int syllables = hangulSyllables(word);
    if (syllables < minimumSyllables || syllables > 5 ||
        (!particlesAllowed && endsWithParticle(word))) {
        return false;
    }
    return std::none_of(kClauseEndings.begin(), kClauseEndings.end(),
                        [&](std::string_view ending) { return word.ends_with(ending); });
}

/// The part of a word before its particle, when what follows is a particle ("오코너가" → "오코너").
std::string_view stemOf(std::string_view word) {
    for (std::size_t cut = 3; cut <= word.size() && cut <= 9; cut += 3) {
        if (lexicon::isParticleTail(word.substr(word.size() - cut)))
            return word.substr(0, word.size() - cut);
    }
    return word;
}

}  // namespace

void PeopleReader::readKoreanTitle(const Match& title) {
    if (namesAGroup(title))
        return;
    std::size_t start = title.begin;
    auto word = wordBefore(text_, start);
    while (word && std::find(kTitleModifiers.begin(), kTitleModifiers.end(), word->in(text_)) !=
                       kTitleModifiers.end()) {
        start = word->begin;
        word = wordBefore(text_, start);
    }
    int org = -1;
    // "후쿠오카시장" (from titlesAfterPlaceNames) is no title form itself: a place comes first.
    bool afterPlace =
        lexicon_.titles.forms.lookup(text_.substr(title.begin, title.end - title.begin)).empty();
    if (const auto* orgHit = orgBefore(start)) {
        org = orgHit->payloads.front();
        start = orgHit->begin;
        word = wordBefore(text_, start);
    } else if (const auto nationality = placeBefore(start)) {
        start = *nationality;  // "라몬 알바레스 칠레 대통령"
        word = wordBefore(text_, start);
        afterPlace = true;
    } else if (word && std::find(kCountryAbbreviations.begin(), kCountryAbbreviations.end(),
                                 word->in(text_)) != kCountryAbbreviations.end()) {
        start = word->begin;  // "트럼프 미 대통령"
        word = wordBefore(text_, start);
        afterPlace = true;
    }
    std::size_t end = title.end;
    int person = word ? koreanNameBefore(*word, start) : -1;
    if (person < 0)
        person = koreanNameAfter(title, end);
    if (person < 0 && word)
        person = foreignNameBefore(*word, start, afterPlace);
    if (const auto* orgHit = person >= 0 && org < 0 ? orgBefore(start) : nullptr) {
        org = orgHit->payloads.front();  // "삼성전자 이재용 회장"
    }
    if (person < 0 && word && isKoreanSurname(word->in(text_))) {
        person = officeHolder(word->in(text_), titleIndex(title));  // "윤 대통령", "김 여사"
        if (person >= 0)
            start = word->begin;
    }
    if (person < 0)
        person = referTo("", titleIndex(title));
    if (person < 0)
        return;
    describe(person, titleIndex(title), org, true);
    mention(person, start, end);
}

int PeopleReader::koreanNameBefore(const WordSpan& word, std::size_t& start) {
    const auto text = word.in(text_);
    if (const auto* hit = lastEndingBy(people_, word.end); hit && hit->end == word.end) {
        start = hit->begin;
        return lexiconPerson(hit->payloads);
    }
    if (looksLikeKoreanName(text)) {
        start = word.begin;
        return personNamed(std::string(text), std::string(text.substr(0, 3)));
    }
    for (std::size_t i = 0; i < result_.people.size(); ++i) {
        const auto& person = result_.people[i];
        // "저커버그 CEO" (family name last) or "사토 총리" (family name first).
        if (person.surname == text ||
            std::string_view(person.name).substr(0, person.name.find(' ')) == text) {
            start = word.begin;
            return static_cast<int>(i);
        }
    }
    if (!isKoreanSurname(text))
        return -1;
    const int found = referTo(text, -1);  // "조 CEO", "이 회장"
    if (found >= 0)
        start = word.begin;
    return found;
}

/// "주장 손흥민은", "로버스 주장 대니얼 오코너가": the name follows a title that has no particle.
int PeopleReader::koreanNameAfter(const Match& title, std::size_t& end) {
    if (title.wordEnd != title.end)
        return -1;
    const auto first = wordAfter(text_, title.wordEnd);
    if (!first)
        return -1;
    const auto firstStem = stemOf(first->in(text_));
    if (looksLikeKoreanName(firstStem) && firstStem.size() < first->in(text_).size()) {
        end = first->begin + firstStem.size();
        return personNamed(std::string(firstStem), std::string(firstStem.substr(0, 3)));
    }
    const auto second = wordAfter(text_, first->end);
    if (!second || !isBareNameWord(first->in(text_), 1) || isKnownName(*first))
        return -1;
    const auto family = stemOf(second->in(text_));
    if (family.size() == second->in(text_).size() || !isBareNameWord(family, 2))
        return -1;
    end = second->begin + family.size();
    return personFromName(std::string(first->in(text_)) + " " + std::string(family));
}

/// "마크 저커버그": two bare Hangul words before a title, the first at the start of a clause; the
/// second may have one syllable after a long first one ("다카하시 료", family name first).
int PeopleReader::foreignNameBefore(const WordSpan& word, std::size_t& start, bool afterPlace) {
    const auto family = word.in(text_);
    const auto given = wordBefore(text_, word.begin);
    if (!given || endsWithParticle(given->in(text_)))
        return singleForeignName(word, start, afterPlace);
    const int lastMinimum = hangulSyllables(given->in(text_)) >= 3 ? 1 : 2;
    if (!isBareNameWord(family, lastMinimum, afterPlace) || !isBareNameWord(given->in(text_), 1) ||
        isKnownName(*given) || isKnownName(word)) {
        return -1;
    }
    const auto before = wordBefore(text_, given->begin);
    if (before && !endsWithParticle(before->in(text_)))
        return -1;
    start = given->begin;
    return personFromName(std::string(given->in(text_)) + " " + std::string(family));
}

/// "트럼프 미국 대통령", "프란치스코 교황": one bare Hangul word at the start of a clause, of three
/// syllables or more or before a nationality, that names nothing else.
int PeopleReader::singleForeignName(const WordSpan& word, std::size_t& start, bool afterPlace) {
    const auto name = word.in(text_);
    const int syllables = hangulSyllables(name);
    if ((syllables < 3 && !(afterPlace && syllables == 2)) ||
        !isBareNameWord(name, 2, afterPlace) || isKnownName(word)) {
        return -1;
    }
    if (const auto before = wordBefore(text_, word.begin);
        before && !endsWithParticle(before->in(text_))) {
        return -1;
    }
    start = word.begin;
    return personFromName(std::string(name));
}

/// "기업 대표 20여 명": a title followed by a head count names a group, not a person.
bool PeopleReader::namesAGroup(const Match& title) const {
    const auto next = wordAfter(text_, title.wordEnd);
    if (!next || next->in(text_).empty() || next->in(text_)[0] < '0' || next->in(text_)[0] > '9') {
        return false;
    }
    if (next->in(text_).find("명") != std::string_view::npos)
        return true;                                   // "20명이"
    const auto counter = wordAfter(text_, next->end);  // "20여 명이"
    return counter && counter->in(text_).starts_with("명");
}

/// "울산시장", "경기지사": a title written as one word with the place it serves.
std::optional<PeopleReader::Match> PeopleReader::titleAfterName(const Match& hit) const {
    const auto word = wordBefore(text_, hit.begin);
    if (!word || word->end != hit.begin)
        return std::nullopt;
    const auto prefix = word->in(text_);
    if (lexicon_.gazetteer.lookup(prefix).empty() &&
        lexicon_.organisations.forms.lookup(prefix).empty()) {
        return std::nullopt;
    }
    return Match{word->begin, hit.end, hit.wordEnd, hit.payloads};
}

std::optional<std::size_t> PeopleReader::placeBefore(std::size_t pos) const {
    const auto* hit = lastEndingBy(places_, pos);
    if (hit == nullptr || pos - hit->end > 2 || hit->wordEnd != hit->end ||
        text_.substr(hit->end, pos - hit->end).find_first_not_of(' ') != std::string_view::npos) {
        return std::nullopt;
    }
    return hit->begin;
}

}  // namespace yeonpyo::extract
