// Loading the word tables of resources/lexicon from their TSV text.
#include "core/lexicon/tables.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "core/lexicon/tsv.h"

namespace yeonpyo::lexicon {
namespace {

constexpr std::array kCueNames{
    std::pair{CueKind::Planned, std::string_view{"planned"}},
    std::pair{CueKind::Reported, std::string_view{"reported"}},
    std::pair{CueKind::Before, std::string_view{"before"}},
    std::pair{CueKind::After, std::string_view{"after"}},
    std::pair{CueKind::BeforePrevious, std::string_view{"before-previous"}},
    std::pair{CueKind::AfterPrevious, std::string_view{"after-previous"}},
    std::pair{CueKind::Press, std::string_view{"press"}},
    std::pair{CueKind::Habitual, std::string_view{"habitual"}},
    std::pair{CueKind::SamePlace, std::string_view{"same-place"}},
    std::pair{CueKind::Credit, std::string_view{"credit"}},
    std::pair{CueKind::Group, std::string_view{"group"}},
    std::pair{CueKind::LightVerb, std::string_view{"light-verb"}},
};

Error rowError(std::string_view file, const TsvRow& row, std::string_view problem) {
    return Error{std::string(file) + " line " + std::to_string(row.line) + " " +
                 std::string(problem) + "."};
}

template <typename Entry>
int keyIndex(const Table<Entry>& table, std::string_view key) {
    for (std::size_t i = 0; i < table.entries.size(); ++i) {
        if (table.entries[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace

Status loadTriggers(std::string_view tsv, Table<Trigger>& table) {
    for (const auto& row : parseTsv(tsv)) {
        const auto kindName = row.field(2);
        const EventKind kind = eventKindFromString(kindName);
        if (row.field(1).empty() || (kind == EventKind::Other && kindName != "other")) {
            return rowError("triggers.tsv", row, "has no form or an unknown event kind");
        }
        table.entries.push_back({std::string(row.field(0)), std::string(row.field(1)), kind,
                                 std::string(row.field(3)), row.field(4) == "strong",
                                 row.field(5) == "verb", row.field(6) == "journey"});
        table.forms.add(row.field(1), static_cast<int>(table.entries.size() - 1));
    }
    return success();
}

Status loadCues(std::string_view tsv, Table<Cue>& table) {
    for (const auto& row : parseTsv(tsv)) {
        const auto found = std::find_if(kCueNames.begin(), kCueNames.end(), [&](const auto& pair) {
            return pair.second == row.field(2);
        });
        if (row.field(1).empty() || found == kCueNames.end()) {
            return rowError("cues.tsv", row, "has no form or an unknown cue");
        }
        int count = 0;
        const auto countField = row.field(3);
        if (!countField.empty() &&
            std::from_chars(countField.data(), countField.data() + countField.size(), count).ec !=
                std::errc()) {
            return rowError("cues.tsv", row, "has a group size that is not a number");
        }
        table.entries.push_back(
            {std::string(row.field(0)), std::string(row.field(1)), found->first, count});
        table.forms.add(row.field(1), static_cast<int>(table.entries.size() - 1));
    }
    return success();
}

void separateLightVerbs(Table<Cue>& cues, Table<Cue>& lightVerbs) {
    Table<Cue> rest;
    for (auto& cue : cues.entries) {
        auto& table = cue.kind == CueKind::LightVerb ? lightVerbs : rest;
        table.entries.push_back(std::move(cue));
        table.forms.add(table.entries.back().form, static_cast<int>(table.entries.size() - 1));
    }
    cues = std::move(rest);
}

Status loadVenueWords(std::string_view tsv, Table<VenueWord>& table) {
    for (const auto& row : parseTsv(tsv)) {
        if (row.field(0).empty() || row.field(1).empty())
            return rowError("venue-words.tsv", row, "needs a language and a form");
        table.entries.push_back({std::string(row.field(0)), std::string(row.field(1))});
        table.forms.add(row.field(1), static_cast<int>(table.entries.size() - 1));
    }
    return success();
}

Status loadTitles(std::string_view tsv, Table<Title>& table) {
    for (const auto& row : parseTsv(tsv)) {
        if (row.field(0).empty() || row.field(1).empty() || row.field(2).empty()) {
            return rowError("titles.tsv", row, "needs a key and Korean and English forms");
        }
        table.entries.push_back(
            {std::string(row.field(0)), std::string(row.field(1)), std::string(row.field(2))});
        const int index = static_cast<int>(table.entries.size() - 1);
        for (auto form : splitList(row.field(3)))
            table.forms.add(form, index);
    }
    return success();
}

Status loadOrganisations(std::string_view tsv, Table<Organisation>& table) {
    for (const auto& row : parseTsv(tsv)) {
        if (row.field(0).empty() || (row.field(2).empty() && row.field(3).empty())) {
            return rowError("orgs.tsv", row, "needs a key and a name");
        }
        table.entries.push_back({std::string(row.field(0)), std::string(row.field(1)),
                                 std::string(row.field(2)), std::string(row.field(3))});
        const int index = static_cast<int>(table.entries.size() - 1);
        table.forms.add(row.field(2), index);
        table.forms.add(row.field(3), index);
        for (auto alias : splitList(row.field(4)))
            table.forms.add(alias, index);
    }
    return success();
}

bool Person::inOfficeOn(std::string_view date) const {
    return std::any_of(terms.begin(), terms.end(), [&](const auto& term) {
        return term.first <= date && (term.second.empty() || date <= term.second);
    });
}

Status loadPeople(std::string_view tsv, const Table<Title>& titles,
                  const Table<Organisation>& organisations, Table<Person>& table) {
    for (const auto& row : parseTsv(tsv)) {
        const int title = keyIndex(titles, row.field(2));
        const int org = keyIndex(organisations, row.field(3));
        if (row.field(0).empty() || row.field(1).empty() || (title < 0 && !row.field(2).empty()) ||
            (org < 0 && !row.field(3).empty())) {
            return rowError("people.tsv", row,
                            "needs both names and known title and organisation keys");
        }
        Person person{std::string(row.field(0)), std::string(row.field(1)), title, org, {}};
        for (const auto term : splitList(row.field(5))) {
            const auto dots = term.find("..");
            const auto end = dots == 10 ? term.substr(dots + 2) : std::string_view{};
            if (dots != 10 || (!end.empty() && end.size() != 10))
                return rowError("people.tsv", row,
                                "writes a term other than YYYY-MM-DD..[YYYY-MM-DD]");
            person.terms.emplace_back(term.substr(0, dots), end);
        }
        table.entries.push_back(std::move(person));
        const int index = static_cast<int>(table.entries.size() - 1);
        table.forms.add(row.field(0), index);
        table.forms.add(row.field(1), index);
        for (auto alias : splitList(row.field(4)))
            table.forms.add(alias, index);
    }
    return success();
}

}  // namespace yeonpyo::lexicon
