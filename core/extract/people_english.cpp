// English person patterns: "[Org] Title Name", "Name, [Org's] title", "Name, title of Org", "Mr.
// Name".
#include "core/extract/people_reader_p.h"
#include "core/extract/spans_p.h"
#include "core/extract/venues_p.h"

namespace yeonpyo::extract {
namespace {

// Longest name read after a title, in bytes.
constexpr std::size_t kMaxNameBytes = 40;

/// "Sunday", "May": a capitalised word after a title that names a day or month, not a person.
bool namesCalendarWord(std::string_view word) {
    for (std::string_view calendar :
         {"Monday",   "Tuesday", "Wednesday", "Thursday",  "Friday",  "Saturday",
          "Sunday",   "January", "February",  "March",     "April",   "May",
          "June",     "July",    "August",    "September", "October", "November",
          "December", "Today",   "Tomorrow",  "Yesterday"}) {
        if (word == calendar)
            return true;
    }
    return false;
}

/// "On", "After": a capitalised word that opens a clause, not a name.
bool opensClause(std::string_view word) {
    for (std::string_view opener : {"On", "In", "At", "After", "Before", "During", "Then", "The",
                                    "Later", "Earlier", "From", "By", "For", "With", "When"}) {
        if (word == opener)
            return true;
    }
    return false;
}

}  // namespace

std::string PeopleReader::capitalisedNameAfter(std::size_t& end) const {
    std::string name;
    for (auto word = wordAfter(text_, end); word && isCapitalised(word->in(text_));
         word = wordAfter(text_, end)) {
        const bool startsName = [&] {
            for (const auto* hits : {&orgs_, &titles_}) {
                const auto hit = firstStartingFrom(*hits, word->begin, byBegin);
                if (hit != hits->end() && hit->begin == word->begin)
                    return true;
            }
            return false;
        }();
        if (startsName || name.size() > kMaxNameBytes)
            break;
        name += (name.empty() ? "" : " ") + std::string(word->in(text_));
        end = word->end;
    }
    return name;
}

/// "Ingrid Solberg, chief executive of …", "Lee, Samsung's chairman": the name before a comma.
int PeopleReader::nameBeforeComma(std::size_t titleBegin, std::size_t& start) {
    std::size_t pos = titleBegin;
    if (const auto* org = orgBefore(pos))
        pos = org->begin;
    auto word = wordBefore(text_, pos);
    if (word && (word->in(text_) == "the" || word->in(text_) == "s")) {
        pos = word->begin;
        if (text_.substr(0, pos).ends_with("'")) {  // "Samsung's"
            if (const auto* org = orgBefore(pos - 1))
                pos = org->begin;
        }
    }
    while (pos > 0 && text_[pos - 1] == ' ')
        --pos;
    if (pos == 0 || text_[pos - 1] != ',')
        return -1;
    std::string name;
    std::size_t nameStart = pos - 1;
    for (auto part = wordBefore(text_, nameStart); part && isCapitalised(part->in(text_));
         part = wordBefore(text_, nameStart)) {
        if (namesCalendarWord(part->in(text_)) || opensClause(part->in(text_)))
            return -1;  // "On Wednesday, the King"
        name = std::string(part->in(text_)) + (name.empty() ? "" : " ") + name;
        nameStart = part->begin;
        if (name.size() > kMaxNameBytes)
            return -1;
    }
    if (name.empty() || endsInVenueWord(name, lexicon_))
        return -1;
    // "the anniversary of the Legislative Council, the King …": a name after "the" or "of" is
    // an institution's, not a person's.
    if (const auto before = wordBefore(text_, nameStart);
        before && (before->in(text_) == "the" || before->in(text_) == "of")) {
        return -1;
    }
    start = nameStart;
    return name.find(' ') != std::string::npos ? personFromName(name) : referTo(name, -1);
}

std::string PeopleReader::familyNameBefore(std::size_t pos) const {
    auto word = wordBefore(text_, pos);
    for (int step = 0; word && step < 4; ++step, word = wordBefore(text_, word->begin)) {
        for (const auto& person : result_.people) {
            if (person.surname == word->in(text_))
                return person.surname;  // "Marsh and her husband Daniel"
        }
    }
    if (result_.mentions.empty())
        return {};
    return result_.people[static_cast<std::size_t>(result_.mentions.back().person)].surname;
}

void PeopleReader::readEnglishTitle(const Match& title) {
    int org = -1;
    std::size_t start = title.begin;
    if (const auto* orgHit = orgBefore(title.begin)) {
        org = orgHit->payloads.front();
        start = orgHit->begin;
    }
    std::size_t end = title.end;
    std::string name = capitalisedNameAfter(end);
    if (endsInVenueWord(name, lexicon_))
        return;  // "the Elysee Palace" is a place
    const bool spouse =
        lexicon_.titles.entries[static_cast<std::size_t>(titleIndex(title))].key == "spouse";
    if (spouse && !name.empty() && name.find(' ') == std::string::npos) {
        // "his wife Brigitte": the family name of the person named just before.
        const auto family = familyNameBefore(title.begin);
        if (family.empty())
            return;
        name += " " + family;
    }
    int person = -1;
    if (name.find(' ') != std::string::npos) {
        person = personFromName(name);
    } else if (!name.empty()) {
        person = referTo(name, -1);
        if (person < 0)
            person = officeHolder(name, titleIndex(title));  // "President Moon"
        const WordSpan word{end - name.size(), end};
        if (person < 0 && !isKnownName(word) && !namesCalendarWord(name))
            person = personFromName(name);  // "Pope Francis", "King Charles"
    } else {
        person = nameBeforeComma(title.begin, start);
        if (person < 0)
            person = referTo("", titleIndex(title));
    }
    if (person < 0)
        return;
    if (!spouse)
        describe(person, titleIndex(title), org, true);
    mention(person, start, end);
}

}  // namespace yeonpyo::extract
