// Person recognition: title patterns in Korean and English word order, the people lexicon, and
// later references.
#include "core/extract/people_p.h"

#include <algorithm>
#include <array>

#include "core/extract/words_p.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::EndRule;
using lexicon::Lexicon;
using lexicon::PhraseMatch;
using lexicon::StartRule;

// Words between a name and its title that do not belong to either ("이병철 전 회장").
constexpr std::array<std::string_view, 5> kTitleModifiers{"전", "현", "신임", "초대", "공동"};

struct Hits {
    std::vector<PhraseMatch> titles;
    std::vector<PhraseMatch> orgs;
    std::vector<PhraseMatch> people;
};

const PhraseMatch* hitEndingAt(const std::vector<PhraseMatch>& hits, std::size_t end) {
    for (const auto& hit : hits) {
        if (hit.end == end)
            return &hit;
    }
    return nullptr;
}

const PhraseMatch* hitStartingAt(const std::vector<PhraseMatch>& hits, std::size_t begin) {
    for (const auto& hit : hits) {
        if (hit.begin == begin)
            return &hit;
    }
    return nullptr;
}

/// Collects people while it reads a text; persons are keyed by their full name.
class PeopleReader {
public:
    PeopleReader(std::string_view text, std::string_view lang, const Lexicon& lexicon,
                 const std::vector<ByteRange>& quotations)
        : text_(text), lang_(lang), lexicon_(lexicon), quotations_(quotations) {
        const EndRule end = lang == "ko" ? EndRule::ParticleTail : EndRule::WordEnd;
        hits_.titles = lexicon.titles.forms.scan(text, StartRule::WordStart, end);
        hits_.orgs = lexicon.organisations.forms.scan(text, StartRule::WordStart, end);
        hits_.people = lexicon.people.forms.scan(text, StartRule::WordStart, end);
    }

    ArticlePeople read() {
        for (const auto& title : hits_.titles) {
            if (insideQuotation(title.begin))
                continue;
            lang_ == "ko" ? readKoreanTitle(title) : readEnglishTitle(title);
        }
        for (const auto& hit : hits_.people)
            addLexiconPerson(hit);
        readBareReferences();
        keepOutermostMentions();
        for (const auto& mention : result_.mentions)
            ++result_.people[mention.person].mentions;
        chooseSubject();
        return std::move(result_);
    }

private:
    /// Sorts mentions and drops those inside a longer one ("저커버그" inside "마크 저커버그 메타
    /// CEO").
    void keepOutermostMentions() {
        auto& mentions = result_.mentions;
        std::sort(mentions.begin(), mentions.end(),
                  [](const PersonMention& a, const PersonMention& b) {
                      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
                  });
        std::vector<PersonMention> kept;
        for (const auto& mention : mentions) {
            if (kept.empty() || mention.begin >= kept.back().end)
                kept.push_back(mention);
        }
        mentions = std::move(kept);
    }

    /// The organisation named right before pos, with only spaces between ("LG Corp. Chief …").
    const PhraseMatch* orgBefore(std::size_t pos) const {
        for (const auto& hit : hits_.orgs) {
            if (hit.end > pos || pos - hit.end > 2)
                continue;
            const auto between = text_.substr(hit.end, pos - hit.end);
            if (between.find_first_not_of(' ') == std::string_view::npos)
                return &hit;
        }
        return nullptr;
    }

    bool insideQuotation(std::size_t pos) const {
        return std::any_of(quotations_.begin(), quotations_.end(), [&](const ByteRange& range) {
            return pos >= range.begin && pos < range.end;
        });
    }

    int titleIndex(const PhraseMatch& hit) const { return hit.payloads.front(); }

    void mention(int person, std::size_t begin, std::size_t end) {
        const bool topic = lang_ == "ko" ? isTopicParticle(tailAfter(text_, end)) : false;
        result_.mentions.push_back({begin, lexicon::wordEnd(text_, end), person, topic});
    }

    int personNamed(const std::string& name, const std::string& surname) {
        for (std::size_t i = 0; i < result_.people.size(); ++i) {
            if (result_.people[i].name == name)
                return static_cast<int>(i);
        }
        result_.people.push_back({name, surname, "", "", "", "", 0});
        return static_cast<int>(result_.people.size() - 1);
    }

    void describe(int person, int title, int org) {
        auto& entry = result_.people[static_cast<std::size_t>(person)];
        if (title >= 0 && entry.titleKey.empty()) {
            const auto& found = lexicon_.titles.entries[static_cast<std::size_t>(title)];
            entry.titleKey = found.key;
            entry.title = lexicon::nameIn(found, lang_);
        }
        if (org >= 0 && entry.orgKey.empty()) {
            const auto& found = lexicon_.organisations.entries[static_cast<std::size_t>(org)];
            entry.orgKey = found.key;
            entry.org = lexicon::nameIn(found, lang_);
        }
    }

    static std::string englishSurname(std::string_view name) {
        const auto space = name.find(' ');
        if (space == std::string_view::npos)
            return std::string(name);
        const auto first = name.substr(0, space);
        if (isRomanisedKoreanSurname(first))
            return std::string(first);
        return std::string(name.substr(name.rfind(' ') + 1));
    }

    std::string surnameOf(std::string_view name) const {
        if (lang_ == "en")
            return englishSurname(name);
        const auto space = name.rfind(' ');
        if (space != std::string_view::npos)
            return std::string(name.substr(space + 1));
        return hangulSyllables(name) == 3 ? std::string(name.substr(0, 3)) : std::string(name);
    }

    int lexiconPerson(const PhraseMatch& hit) {
        const auto& person =
            lexicon_.people.entries[static_cast<std::size_t>(hit.payloads.front())];
        const std::string& name = lexicon::nameIn(person, lang_);
        const int index = personNamed(name, surnameOf(name));
        describe(index, person.title, person.org);
        return index;
    }

    void addLexiconPerson(const PhraseMatch& hit) {
        mention(lexiconPerson(hit), hit.begin, hit.end);
    }

    /// Resolves a reference by surname (and title when given) to a person already named.
    int referTo(std::string_view surname, int title) const {
        int found = -1;
        for (std::size_t i = 0; i < result_.people.size(); ++i) {
            const auto& person = result_.people[i];
            const bool sameTitle =
                title < 0 ||
                person.titleKey == lexicon_.titles.entries[static_cast<std::size_t>(title)].key;
            if (sameTitle && (surname.empty() || person.surname == surname)) {
                if (found >= 0)
                    return -1;  // ambiguous
                found = static_cast<int>(i);
            }
        }
        return found;
    }

    void readKoreanTitle(const PhraseMatch& title) {
        std::size_t start = title.begin;
        auto word = wordBefore(text_, start);
        while (word && std::find(kTitleModifiers.begin(), kTitleModifiers.end(), word->in(text_)) !=
                           kTitleModifiers.end()) {
            start = word->begin;
            word = wordBefore(text_, start);
        }
        int org = -1;
        if (const auto* orgHit = orgBefore(start)) {
            org = orgHit->payloads.front();
            start = orgHit->begin;
            word = wordBefore(text_, start);
        }
        int person = -1;
        if (word)
            person = koreanNameBefore(*word, start);
        if (const auto* orgHit = person >= 0 && org < 0 ? orgBefore(start) : nullptr) {
            org = orgHit->payloads.front();  // "삼성전자 이재용 회장"
        }
        if (person < 0)
            person = referTo("", titleIndex(title));
        if (person < 0)
            return;
        describe(person, titleIndex(title), org);
        mention(person, start, title.end);
    }

    /// The person named by the word before a title; start moves to the name's first byte.
    int koreanNameBefore(const WordSpan& word, std::size_t& start) {
        const auto text = word.in(text_);
        if (const auto* hit = hitEndingAt(hits_.people, word.end)) {
            start = hit->begin;
            return lexiconPerson(*hit);
        }
        if (looksLikeKoreanName(text)) {
            start = word.begin;
            return personNamed(std::string(text), std::string(text.substr(0, 3)));
        }
        for (std::size_t i = 0; i < result_.people.size(); ++i) {
            if (result_.people[i].surname == text) {
                start = word.begin;
                return static_cast<int>(i);
            }
        }
        if (isKoreanSurname(text))
            return referBySurname(text, word, start);
        return foreignNameBefore(word, start);
    }

    int referBySurname(std::string_view surname, const WordSpan& word, std::size_t& start) {
        const int found = referTo(surname, -1);
        if (found >= 0)
            start = word.begin;
        return found;
    }

    /// "마크 저커버그": two bare Hangul words before a title, the first at the start of a clause.
    int foreignNameBefore(const WordSpan& word, std::size_t& start) {
        const auto family = word.in(text_);
        const auto given = wordBefore(text_, word.begin);
        if (!given || !isBareNameWord(family, 2) || !isBareNameWord(given->in(text_), 1) ||
            isKnownName(*given) || isKnownName(word)) {
            return -1;
        }
        const auto before = wordBefore(text_, given->begin);
        if (before && !endsWithParticle(before->in(text_)))
            return -1;
        start = given->begin;
        const std::string name = std::string(given->in(text_)) + " " + std::string(family);
        return personNamed(name, std::string(family));
    }

    /// A Hangul word of a foreign name: no particle or verb ending at its end.
    static bool isBareNameWord(std::string_view word, int minimumSyllables) {
        const int syllables = hangulSyllables(word);
        if (syllables < minimumSyllables || syllables > 5 || endsWithParticle(word))
            return false;
        for (std::string_view ending : {"고", "며", "데", "해", "면", "니", "다", "게", "지"}) {
            if (word.ends_with(ending))
                return false;
        }
        return true;
    }

    static bool endsWithParticle(std::string_view word) {
        for (std::size_t cut = 3; cut <= word.size() && cut <= 9; cut += 3) {
            if (lexicon::isParticleTail(word.substr(word.size() - cut)))
                return true;
        }
        return false;
    }

    bool isKnownName(const WordSpan& word) const {
        const auto text = word.in(text_);
        return !lexicon_.organisations.forms.lookup(text).empty() ||
               !lexicon_.gazetteer.lookup(text).empty() ||
               !lexicon_.titles.forms.lookup(text).empty() ||
               !lexicon_.triggers.forms.lookup(text).empty();
    }

    void readEnglishTitle(const PhraseMatch& title) {
        int org = -1;
        std::size_t start = title.begin;
        if (const auto* orgHit = orgBefore(title.begin)) {
            org = orgHit->payloads.front();
            start = orgHit->begin;
        }
        std::size_t end = title.end;
        std::string name;
        for (auto word = wordAfter(text_, end); word && isCapitalised(word->in(text_));
             word = wordAfter(text_, end)) {
            if (hitStartingAt(hits_.orgs, word->begin) ||
                hitStartingAt(hits_.titles, word->begin) || name.size() > 40) {
                break;
            }
            name += (name.empty() ? "" : " ") + std::string(word->in(text_));
            end = word->end;
        }
        int person = -1;
        if (const auto known = lexicon_.people.forms.lookup(name);
            !name.empty() && !known.empty()) {
            person = lexiconPerson({0, 0, 0, known});
        } else if (name.find(' ') != std::string::npos) {
            person = personNamed(name, englishSurname(name));
        } else if (!name.empty()) {
            person = referTo(name, -1);
        } else {
            person = referTo("", titleIndex(title));
            end = title.end;
        }
        if (person < 0)
            return;
        describe(person, titleIndex(title), org);
        mention(person, start, end);
    }

    /// Later references without a title: "저커버그는", "Zuckerberg", "Mr. Lee".
    void readBareReferences() {
        for (std::size_t pos = 0; pos < text_.size();) {
            const auto word = wordAfter(text_, pos);
            if (!word) {
                std::size_t length = 0;
                lexicon::decodeAt(text_, pos, length);
                pos += length;
                continue;
            }
            pos = word->end;
            const int person = bareReference(*word);
            if (person >= 0)
                mention(person, word->begin, word->begin + nameLength(*word, person));
        }
    }

    std::size_t nameLength(const WordSpan& word, int person) const {
        const auto& entry = result_.people[static_cast<std::size_t>(person)];
        const auto text = word.in(text_);
        if (text.starts_with(entry.name))
            return entry.name.size();
        return text.starts_with(entry.surname) ? entry.surname.size() : text.size();
    }

    int bareReference(const WordSpan& word) const {
        const auto text = word.in(text_);
        for (std::size_t i = 0; i < result_.people.size(); ++i) {
            const auto& person = result_.people[i];
            if (lang_ == "en" && text == person.surname && isCapitalised(text)) {
                return static_cast<int>(i);
            }
            if (lang_ != "ko")
                continue;
            for (const std::string& name : {person.name, person.surname}) {
                const bool usable = hangulSyllables(name) >= 2 && text.starts_with(name);
                if (usable && lexicon::isParticleTail(text.substr(name.size()))) {
                    return static_cast<int>(i);
                }
            }
        }
        return -1;
    }

    void chooseSubject() {
        int best = -1;
        for (std::size_t i = 0; i < result_.people.size(); ++i) {
            const int count = result_.people[i].mentions;
            if (count >= 2 &&
                (best < 0 || count > result_.people[static_cast<std::size_t>(best)].mentions)) {
                best = static_cast<int>(i);
            }
        }
        result_.subject = best;
    }

    std::string_view text_;
    std::string lang_;
    const Lexicon& lexicon_;
    const std::vector<ByteRange>& quotations_;
    Hits hits_;
    ArticlePeople result_;
};

}  // namespace

Participant ArticlePeople::participant(int person) const {
    const auto& entry = people[static_cast<std::size_t>(person)];
    return {entry.name, entry.title, entry.org};
}

ArticlePeople findPeople(std::string_view text, std::string_view lang, const Lexicon& lexicon,
                         const std::vector<ByteRange>& quotations) {
    return PeopleReader(text, lang, lexicon, quotations).read();
}

}  // namespace yeonpyo::extract
