// Word tables of the lexicon: event triggers, status and order cues, titles, organisations and
// people.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lexicon/phrase_matcher.h"
#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::lexicon {

/// A word that names an event ("오찬", "met"), with the kind and part of day it implies.
struct Trigger {
    std::string lang;
    std::string form;
    EventKind kind = EventKind::Other;
    std::string timeOfDay;  ///< "noon" for 오찬/lunch; empty when the word says nothing about it.
    bool strong = false;  ///< Names an event by itself (오찬), rather than needing support (만나).
    /// A Korean verb stem (any ending may follow it), or an English verb form that no determiner
    /// makes a noun ("the president met").
    bool verb = false;
    /// Names the way to a place ("이동", "travelled to"): a part of day it is told with is the
    /// trip's, not that of what happens there.
    bool journey = false;
};

enum class CueKind {
    Planned,
    Reported,
    Before,
    After,
    BeforePrevious,
    AfterPrevious,
    Press,
    Habitual,
    SamePlace,
    Credit,
    Group,
    LightVerb
};

/// A word that sets an event's status ("예정", "will"), orders it ("앞서", "after"), marks talk
/// with reporters ("취재진"), a habit rather than an event ("자주", "often"), the previous event's
/// place ("같은 장소", "the same stadium"), a photo credit that ends a caption ("연합뉴스",
/// "(Yonhap)"), a group of the people met before ("세 정상", "the two leaders") or a light verb
/// that carries an activity noun ("대담을 진행한다", "will attend a lunch").
struct Cue {
    std::string lang;
    std::string form;
    CueKind kind = CueKind::Planned;
    int count = 0;  ///< Group cues: how many people ("세 정상": 3); 0 when the words do not say.
};

struct Title {
    std::string key;  ///< "ceo", "chairman".
    std::string ko;   ///< Normal form in Korean ("회장").
    std::string en;   ///< Normal form in English ("Chairman").
};

struct Organisation {
    std::string key;
    std::string kind;  ///< company, group, government, party, institution, international, team.
    std::string ko;
    std::string en;
};

/// A person news names often, so that Hangul and Latin spellings meet.
struct Person {
    std::string ko;
    std::string en;
    int title = -1;  ///< Index into the title table; -1 when none.
    int org = -1;    ///< Index into the organisation table; -1 when none.
    /// Periods the person held the title, ISO dates ("2017-05-10", "2022-05-09"; an empty end:
    /// still in office); empty when the lexicon does not say.
    std::vector<std::pair<std::string, std::string>> terms;

    /// True when the person held the title on that ISO date.
    bool inOfficeOn(std::string_view date) const;
};

/// A word that ends a venue's name ("Stadium", "박물관").
struct VenueWord {
    std::string lang;
    std::string form;
};

/// Entries of one kind plus a matcher over all their written forms (payload = entry index).
template <typename Entry>
struct Table {
    std::vector<Entry> entries;
    PhraseMatcher forms;
};

Status loadTriggers(std::string_view tsv, Table<Trigger>& table);
Status loadCues(std::string_view tsv, Table<Cue>& table);
Status loadVenueWords(std::string_view tsv, Table<VenueWord>& table);
/// Moves the light-verb rows of cues into their own table: frequent words ("한다", "had") that
/// only the words around a trigger are checked against.
void separateLightVerbs(Table<Cue>& cues, Table<Cue>& lightVerbs);
Status loadTitles(std::string_view tsv, Table<Title>& table);
Status loadOrganisations(std::string_view tsv, Table<Organisation>& table);
/// People refer to titles and organisations by key, so those tables are loaded first.
Status loadPeople(std::string_view tsv, const Table<Title>& titles,
                  const Table<Organisation>& organisations, Table<Person>& table);

/// The entry's name in the language ("ko" or "en"), falling back to the other one.
template <typename Entry>
const std::string& nameIn(const Entry& entry, std::string_view lang) {
    if (lang == "en")
        return entry.en.empty() ? entry.ko : entry.en;
    return entry.ko.empty() ? entry.en : entry.ko;
}

}  // namespace yeonpyo::lexicon
