// People in an article: full mentions ("이재용 삼성전자 회장", "Samsung Electronics Chairman Lee
// Jae-yong"), later references ("이 회장", "조 CEO", "Mr. Lee", "Zuckerberg") resolved to them, and
// the story's subject.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/model/event.h"

namespace yeonpyo::extract {

/// One person the article names, with the fullest name, title and organisation it gives.
struct ArticlePerson {
    std::string name;     ///< "조주완", "Cho Joo-wan", "마크 저커버그".
    std::string surname;  ///< What later references use: "조", "Cho", "저커버그", "Zuckerberg".
    std::string titleKey;  ///< titles.tsv key; empty when unknown.
    std::string orgKey;    ///< orgs.tsv key; empty when unknown.
    std::string title;     ///< Normal form in the article's language.
    std::string org;       ///< Organisation name in the article's language.
    int mentions = 0;
    bool titleFromText = false;  ///< The title is the article's, not the lexicon's.
};

/// Where a person is mentioned; byte offsets into the article text.
struct PersonMention {
    std::size_t begin = 0;
    std::size_t end = 0;  ///< End of the whole mention, title and particles included.
    int person = -1;      ///< Index into ArticlePeople::people.
    bool topic =
        false;  ///< Marked as the clause's subject (은/는/이/가) or first in an English clause.
};

struct ArticlePeople {
    std::vector<ArticlePerson> people;
    std::vector<PersonMention> mentions;  ///< In text order.
    int subject = -1;                     ///< The person the story follows (most mentioned), or -1.

    Participant participant(int person) const;
};

/// A byte range of the text, such as a direct quotation.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Finds the people of a text in the article's language ("ko" or "en"). Titles inside the given
/// quotations do not introduce people: a name before a title there is not read as a new person.
ArticlePeople findPeople(std::string_view text, std::string_view lang,
                         const lexicon::Lexicon& lexicon, const std::vector<ByteRange>& quotations);
/// The same, with the text's place names (lexicon.gazetteer.scan(text)) and organisation names
/// (lexicon.organisations.forms.scan, at word starts, Korean particles allowed) already found,
/// and the article's date (ISO, may be empty): "이 대통령" with no one named before is the
/// lexicon's president of that surname in office then.
ArticlePeople findPeople(std::string_view text, std::string_view lang,
                         const lexicon::Lexicon& lexicon, const std::vector<ByteRange>& quotations,
                         const std::vector<lexicon::PlaceHit>& places,
                         const std::vector<lexicon::PhraseMatch>& organisations,
                         std::string_view referenceDate = {});

}  // namespace yeonpyo::extract
