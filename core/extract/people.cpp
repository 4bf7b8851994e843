// Person recognition shared by both languages: people by name, references, mentions and the story's
// subject.
#include <algorithm>

#include "core/extract/people_reader_p.h"
#include "core/extract/place_hits_p.h"
#include "core/extract/spans_p.h"
#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

// A story's subject is named at least this often (counting the first topic twice more).
constexpr int kSubjectMentions = 3;

}  // namespace

std::string englishSurname(std::string_view name) {
    const auto space = name.find(' ');
    if (space == std::string_view::npos)
        return std::string(name);
    const auto first = name.substr(0, space);
    if (isRomanisedKoreanSurname(first))
        return std::string(first);
    return std::string(name.substr(name.rfind(' ') + 1));
}

PeopleReader::PeopleReader(std::string_view text, std::string_view lang,
                           const lexicon::Lexicon& lexicon,
                           const std::vector<ByteRange>& quotations,
                           const std::vector<lexicon::PlaceHit>& places,
                           const std::vector<Match>& organisations, std::string_view referenceDate)
    : text_(text),
      referenceDate_(referenceDate),
      lang_(lang),
      lexicon_(lexicon),
      quotations_(quotations),
      orgs_(organisations),
      places_(places) {
    using lexicon::EndRule;
    using lexicon::StartRule;
    const EndRule end = lang == "ko" ? EndRule::ParticleTail : EndRule::WordEnd;
    people_ = lexicon.people.forms.scan(text, StartRule::WordStart, end);
    if (lang != "ko") {
        titles_ = lexicon.titles.forms.scan(text, StartRule::WordStart, end);
        return;
    }
    // Korean titles also end a word after a place or organisation name ("울산시장"): one scan
    // inside words finds both kinds.
    for (auto& hit : lexicon.titles.forms.scan(text, StartRule::InsideHangulWord, end)) {
        std::size_t length = 0;
        const char32_t before =
            hit.begin == 0
                ? U' '
                : lexicon::decodeAt(text, lexicon::previousStart(text, hit.begin), length);
        if (!lexicon::isWordChar(before))
            titles_.push_back(std::move(hit));
        else if (auto title = titleAfterName(hit))
            titles_.push_back(std::move(*title));
    }
}

ArticlePeople PeopleReader::read() {
    for (const auto& title : titles_) {
        if (insideQuotation(title.begin))
            continue;
        lang_ == "ko" ? readKoreanTitle(title) : readEnglishTitle(title);
    }
    for (const auto& hit : people_)
        mention(lexiconPerson(hit.payloads), hit.begin, hit.end);
    if (lang_ == "en")
        completeEnglishNames();
    readBareReferences();
    keepOutermostMentions();
    if (lang_ == "ko")
        joinCoordinatedTopics();
    for (const auto& mention : result_.mentions)
        ++result_.people[mention.person].mentions;
    chooseSubject();
    return std::move(result_);
}

const PeopleReader::Match* PeopleReader::orgBefore(std::size_t pos) const {
    const auto* hit = lastEndingBy(orgs_, pos);
    if (hit == nullptr || pos - hit->end > 2 ||
        text_.substr(hit->end, pos - hit->end).find_first_not_of(' ') != std::string_view::npos) {
        return nullptr;
    }
    return hit;
}

bool PeopleReader::insideQuotation(std::size_t pos) const {
    const auto* quotation = lastStartingBy(quotations_, pos, byBegin);
    return quotation && pos < quotation->end;
}

bool PeopleReader::isKnownName(const WordSpan& word) const {
    const auto text = word.in(text_);
    return !lexicon_.organisations.forms.lookup(text).empty() || namesPlaceAlone(text) ||
           !lexicon_.titles.forms.lookup(text).empty() ||
           !lexicon_.triggers.forms.lookup(text).empty();
}

bool PeopleReader::namesPlaceAlone(std::string_view name) const {
    const auto places = lexicon_.gazetteer.lookup(name);
    return std::any_of(places.begin(), places.end(), [&](const lexicon::PlaceEntry* entry) {
        return lexicon::namesAlone(*entry, name);
    });
}

void PeopleReader::mention(int person, std::size_t begin, std::size_t end) {
    const bool topic = lang_ == "ko" && isTopicParticle(tailAfter(text_, end));
    result_.mentions.push_back({begin, lexicon::wordEnd(text_, end), person, topic});
}

int PeopleReader::personNamed(const std::string& name, const std::string& surname) {
    for (std::size_t i = 0; i < result_.people.size(); ++i) {
        if (result_.people[i].name == name)
            return static_cast<int>(i);
    }
    result_.people.push_back({name, surname, "", "", "", "", 0});
    return static_cast<int>(result_.people.size() - 1);
}

int PeopleReader::personFromName(const std::string& name) {
    const auto known = lexicon_.people.forms.lookup(name);
    return known.empty() ? personNamed(name, surnameOf(name)) : lexiconPerson(known);
}

int PeopleReader::lexiconPerson(const std::vector<int>& payloads) {
    const auto& person = lexicon_.people.entries[static_cast<std::size_t>(payloads.front())];
    const std::string& name = lexicon::nameIn(person, lang_);
    const int index = personNamed(name, surnameOf(name));
    describe(index, person.title, person.org);
    return index;
}

void PeopleReader::describe(int person, int title, int org, bool fromText) {
    auto& entry = result_.people[static_cast<std::size_t>(person)];
    if (title >= 0 && (entry.titleKey.empty() || (fromText && !entry.titleFromText))) {
        entry.titleFromText = fromText;
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

int PeopleReader::referTo(std::string_view surname, int title) const {
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

std::string PeopleReader::surnameOf(std::string_view name) const {
    if (lang_ == "en")
        return englishSurname(name);
    const auto space = name.rfind(' ');
    if (space != std::string_view::npos)
        return std::string(name.substr(space + 1));
    return hangulSyllables(name) == 3 ? std::string(name.substr(0, 3)) : std::string(name);
}

void PeopleReader::readBareReferences() {
    // The names people are referred to by alone: English surnames ("Zuckerberg"); Korean full
    // names, surnames and first words of two syllables or more ("저커버그", "마크"), particles
    // allowed after them. One pass over the text finds them all.
    lexicon::PhraseMatcher names;
    for (std::size_t i = 0; i < result_.people.size(); ++i) {
        const auto& person = result_.people[i];
        if (lang_ == "en" && isCapitalised(person.surname))
            names.add(person.surname, static_cast<int>(i));
        if (lang_ != "ko")
            continue;
        const std::string firstWord = person.name.substr(0, person.name.find(' '));
        for (const std::string& name : {person.name, person.surname, firstWord}) {
            if (hangulSyllables(name) >= 2)
                names.add(name, static_cast<int>(i));
        }
    }
    if (names.empty())
        return;
    using lexicon::EndRule;
    const auto end = lang_ == "ko" ? EndRule::ParticleTail : EndRule::WordEnd;
    for (const auto& hit : names.scan(text_, lexicon::StartRule::WordStart, end)) {
        const int person = *std::min_element(hit.payloads.begin(), hit.payloads.end());
        mention(person, hit.begin, hit.end);
    }
}

void PeopleReader::keepOutermostMentions() {
    auto& mentions = result_.mentions;
    std::sort(mentions.begin(), mentions.end(), [](const PersonMention& a, const PersonMention& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<PersonMention> kept;
    for (const auto& mention : mentions) {
        if (kept.empty() || mention.begin >= kept.back().end)
            kept.push_back(mention);
    }
    mentions = std::move(kept);
}

void PeopleReader::joinCoordinatedTopics() {
    auto& mentions = result_.mentions;
    for (std::size_t i = mentions.size(); i-- > 1;) {
        const auto& next = mentions[i];
        auto& current = mentions[i - 1];
        const auto word = text_.substr(0, current.end);
        const bool joined = word.ends_with("과") || word.ends_with("와");
        const auto gap = text_.substr(current.end, next.begin - current.end);
        if (next.topic && joined && gap.find_first_not_of(' ') == std::string_view::npos)
            current.topic = true;
    }
}

void PeopleReader::chooseSubject() {
    std::vector<int> weight(result_.people.size(), 0);
    for (std::size_t i = 0; i < result_.people.size(); ++i)
        weight[i] = result_.people[i].mentions;
    const auto firstTopic = std::find_if(result_.mentions.begin(), result_.mentions.end(),
                                         [](const PersonMention& m) { return m.topic; });
    if (firstTopic != result_.mentions.end())
        weight[static_cast<std::size_t>(firstTopic->person)] += 2;
    int best = -1;
    for (std::size_t i = 0; i < weight.size(); ++i) {
        const bool enough = result_.people[i].mentions >= kSubjectMentions;
        if (enough && (best < 0 || weight[i] > weight[static_cast<std::size_t>(best)])) {
            best = static_cast<int>(i);
        }
    }
    result_.subject = best;
}

Participant ArticlePeople::participant(int person) const {
    const auto& entry = people[static_cast<std::size_t>(person)];
    return {entry.name, entry.title, entry.org};
}

ArticlePeople findPeople(std::string_view text, std::string_view lang,
                         const lexicon::Lexicon& lexicon,
                         const std::vector<ByteRange>& quotations) {
    const auto end = lang == "ko" ? lexicon::EndRule::ParticleTail : lexicon::EndRule::WordEnd;
    return findPeople(text, lang, lexicon, quotations, readPlaceHits(text, lexicon.gazetteer),
                      lexicon.organisations.forms.scan(text, lexicon::StartRule::WordStart, end));
}

ArticlePeople findPeople(std::string_view text, std::string_view lang,
                         const lexicon::Lexicon& lexicon, const std::vector<ByteRange>& quotations,
                         const std::vector<lexicon::PlaceHit>& places,
                         const std::vector<lexicon::PhraseMatch>& organisations,
                         std::string_view referenceDate) {
    return PeopleReader(text, lang, lexicon, quotations, places, organisations, referenceDate)
        .read();
}

}  // namespace yeonpyo::extract
