// PeopleReader: the state of person recognition over one text, shared by its Korean and English
// rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/people_p.h"
#include "core/extract/words_p.h"
#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {

/// Reads the people of a text: titles with the names around them (Korean rules in
/// people_korean.cpp, English ones in people_english.cpp), lexicon names, and later references.
class PeopleReader {
public:
    /// places and organisations: the names findPeople() is given.
    PeopleReader(std::string_view text, std::string_view lang, const lexicon::Lexicon& lexicon,
                 const std::vector<ByteRange>& quotations,
                 const std::vector<lexicon::PlaceHit>& places,
                 const std::vector<lexicon::PhraseMatch>& organisations,
                 std::string_view referenceDate = {});
    ArticlePeople read();

private:
    using Match = lexicon::PhraseMatch;

    // Korean word order: "이재용 삼성전자 회장", "삼성전자 이재용 회장", "로버스 주장 대니얼
    // 오코너".
    void readKoreanTitle(const Match& title);
    int koreanNameBefore(const WordSpan& word, std::size_t& start);
    int koreanNameAfter(const Match& title, std::size_t& end);
    /// afterPlace: a nationality or place stands between the name and its title.
    int foreignNameBefore(const WordSpan& word, std::size_t& start, bool afterPlace);
    int singleForeignName(const WordSpan& word, std::size_t& start, bool afterPlace);
    bool namesAGroup(const Match& title) const;
    /// "울산시장", "삼성전자회장": a title found inside a word after a place or organisation name,
    /// as a title spanning the whole word; none when the word begins otherwise.
    std::optional<Match> titleAfterName(const Match& hit) const;

    // English word order: "Chairman Lee Jae-yong", "Ingrid Solberg, chief executive of Nordvik".
    void readEnglishTitle(const Match& title);
    std::string capitalisedNameAfter(std::size_t& end) const;
    int nameBeforeComma(std::size_t titleBegin, std::size_t& start);
    /// The family name of a person named a few words before pos ("Marsh and her husband"), else
    /// of the person named last; empty when none.
    std::string familyNameBefore(std::size_t pos) const;

    // Shared.
    const Match* orgBefore(std::size_t pos) const;
    std::optional<std::size_t> placeBefore(
        std::size_t pos) const;  ///< Start of a place name right before pos.
    bool insideQuotation(std::size_t pos) const;
    bool isKnownName(const WordSpan& word) const;
    /// True when the name alone names a place (not a town whose name needs context).
    bool namesPlaceAlone(std::string_view name) const;
    int titleIndex(const Match& hit) const { return hit.payloads.front(); }
    void mention(int person, std::size_t begin, std::size_t end);
    int personNamed(const std::string& name, const std::string& surname);
    int personFromName(const std::string& name);
    int lexiconPerson(const std::vector<int>& payloads);
    /// Gives a person a title and organisation; one the article gives (fromText) wins over the
    /// lexicon's ("이재명 대통령" after an older party title), the first one of each kind stays.
    void describe(int person, int title, int org, bool fromText = false);
    int referTo(std::string_view surname, int title) const;
    /// The lexicon's holder of the title with this surname on the article's date ("이 대통령",
    /// "President Moon" with no one named before); -1 when none or several.
    int officeHolder(std::string_view surname, int title);
    std::string surnameOf(std::string_view name) const;
    void readBareReferences();
    /// English people named by one word take the full name the article gives them elsewhere
    /// (people_names.cpp).
    void completeEnglishNames();
    std::string fullNameEndingIn(std::string_view surname) const;
    bool endsNameRun(const WordSpan& word) const;
    void keepOutermostMentions();
    /// "문재인 대통령과 트럼프 대통령은": people joined to the clause's subject by 과/와 are
    /// its subject too.
    void joinCoordinatedTopics();
    void chooseSubject();

    std::string_view text_;
    std::string referenceDate_;
    std::string lang_;
    const lexicon::Lexicon& lexicon_;
    const std::vector<ByteRange>& quotations_;
    std::vector<Match> titles_;
    const std::vector<Match>& orgs_;
    std::vector<Match> people_;
    const std::vector<lexicon::PlaceHit>& places_;
    ArticlePeople result_;
};

/// "Cho" of "Cho Joo-wan" (a romanised Korean surname comes first), "Zuckerberg" of "Mark
/// Zuckerberg".
std::string englishSurname(std::string_view name);

}  // namespace yeonpyo::extract
