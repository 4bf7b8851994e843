// English people named by one word: "Secretary Kerry" is the John Kerry the article names
// elsewhere, "Secretary Clinton" the "Hillary Rodham Clinton" of its first line.
#include <algorithm>
#include <array>
#include <cctype>

#include "core/extract/people_reader_p.h"

namespace yeonpyo::extract {
namespace {

// Longest full name read before a surname, in words (the surname included).
constexpr int kMaxNameWords = 4;
// Capitalised words that open a sentence or clause rather than a name ("But Francis").
constexpr std::array<std::string_view, 16> kOpeners{
    "But", "And",   "Or",     "So", "Yet", "Then", "When", "While",
    "As",  "After", "Before", "On", "In",  "At",   "The",  "Meanwhile"};

bool isWordAt(std::string_view text, std::size_t begin, std::size_t end) {
    const auto letter = [&](std::size_t at) {
        const auto c = static_cast<unsigned char>(text[at]);
        return std::isalnum(c) != 0 || c >= 0x80 || c == '-';
    };
    return (begin == 0 || !letter(begin - 1)) && (end >= text.size() || !letter(end));
}

}  // namespace

bool PeopleReader::endsNameRun(const WordSpan& word) const {
    const auto text = word.in(text_);
    // "PM", "UN": an acronym is a title or an organisation, not a given name.
    const bool acronym = text.size() >= 2 && std::none_of(text.begin(), text.end(), [](char c) {
                             return std::islower(static_cast<unsigned char>(c)) != 0;
                         });
    return !isCapitalised(text) || acronym || isKnownName(word) ||
           std::find(kOpeners.begin(), kOpeners.end(), text) != kOpeners.end();
}

std::string PeopleReader::fullNameEndingIn(std::string_view surname) const {
    for (std::size_t at = text_.find(surname); at != std::string_view::npos;
         at = text_.find(surname, at + surname.size())) {
        if (!isWordAt(text_, at, at + surname.size()) || insideQuotation(at))
            continue;
        std::vector<WordSpan> run;
        auto word = wordBefore(text_, at);
        for (; word && !endsNameRun(*word) && static_cast<int>(run.size()) + 1 < kMaxNameWords;
             word = wordBefore(text_, word->begin)) {
            run.insert(run.begin(), *word);
        }
        if (word && !endsNameRun(*word))
            continue;  // longer than a name
        // "Secretary of State Hillary Rodham Clinton": a word after "of" ends an institution.
        if (word && word->in(text_) == "of" && !run.empty())
            run.erase(run.begin());
        if (run.empty())
            continue;
        std::string name;
        for (const auto& part : run)
            name += std::string(part.in(text_)) + " ";
        return name + std::string(surname);
    }
    return {};
}

int PeopleReader::officeHolder(std::string_view surname, int title) {
    if (title < 0 || referenceDate_.empty())
        return -1;
    const auto& titleKey = lexicon_.titles.entries[static_cast<std::size_t>(title)].key;
    const auto& entries = lexicon_.people.entries;
    std::vector<int> inOffice;  // holders of the title with this surname on the article's date
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& person = entries[i];
        if (person.title < 0 ||
            lexicon_.titles.entries[static_cast<std::size_t>(person.title)].key != titleKey ||
            surnameOf(lexicon::nameIn(person, lang_)) != surname) {
            continue;
        }
        if (!referenceDate_.empty() && person.inOfficeOn(referenceDate_))
            inOffice.push_back(static_cast<int>(i));
    }
    // Only a date the lexicon's terms cover tells who: "조 CEO" may be another 조.
    return inOffice.size() == 1 ? lexiconPerson({inOffice.front()}) : -1;
}

void PeopleReader::completeEnglishNames() {
    auto& people = result_.people;
    std::vector<int> index(people.size());  // where each person ends up
    for (std::size_t i = 0; i < people.size(); ++i) {
        index[i] = static_cast<int>(i);
        auto& person = people[i];
        if (person.name.find(' ') != std::string::npos || !isCapitalised(person.name))
            continue;
        int fuller = -1;
        for (std::size_t j = 0; j < people.size(); ++j) {
            const auto& other = people[j];
            if (j != i && other.surname == person.name && other.name.find(' ') != std::string::npos)
                fuller = fuller == -1 ? static_cast<int>(j) : -2;  // -2: several
        }
        if (fuller == -1) {
            if (auto name = fullNameEndingIn(person.name); !name.empty())
                person.name = std::move(name);
        } else if (fuller >= 0) {
            auto& target = people[static_cast<std::size_t>(fuller)];
            if (target.titleKey.empty()) {
                target.titleKey = person.titleKey;
                target.title = person.title;
                target.titleFromText = person.titleFromText;
            }
            index[i] = fuller;
        }
    }
    // Drop the people merged into others; the rest keep their order.
    std::vector<ArticlePerson> kept;
    std::vector<int> position(people.size(), -1);
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (index[i] == static_cast<int>(i)) {
            position[i] = static_cast<int>(kept.size());
            kept.push_back(std::move(people[i]));
        }
    }
    for (auto& mention : result_.mentions)
        mention.person =
            position[static_cast<std::size_t>(index[static_cast<std::size_t>(mention.person)])];
    people = std::move(kept);
}

}  // namespace yeonpyo::extract
