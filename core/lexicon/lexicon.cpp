// Loading the bundled lexicon and gazetteer files that yeonpyo_embed_files() compiled into the
// library.
#include "core/lexicon/lexicon.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace yeonpyo::embedded {
std::string_view lexiconData(std::string_view name);
}  // namespace yeonpyo::embedded

namespace yeonpyo::lexicon {
namespace {

struct GazetteerFile {
    std::string_view name;
    bool namesNeedContext = false;
};
// The long list of towns comes last, so that a capital or large city of the same name is the
// first candidate.
constexpr std::array kGazetteerFiles{
    GazetteerFile{"gazetteer/world.tsv"}, GazetteerFile{"gazetteer/korea.tsv"},
    GazetteerFile{"gazetteer/korea-municipalities.tsv"}, GazetteerFile{"gazetteer/venues.tsv"},
    GazetteerFile{"gazetteer/world-towns.tsv", true}};

Status loadWordTables(Lexicon& lexicon) {
    using embedded::lexiconData;
    for (Status status :
         {loadTriggers(lexiconData("lexicon/triggers.tsv"), lexicon.triggers),
          loadCues(lexiconData("lexicon/cues.tsv"), lexicon.cues),
          loadTitles(lexiconData("lexicon/titles.tsv"), lexicon.titles),
          loadOrganisations(lexiconData("lexicon/orgs.tsv"), lexicon.organisations),
          loadVenueWords(lexiconData("lexicon/venue-words.tsv"), lexicon.venueWords)}) {
        if (!status)
            return status;
    }
    separateLightVerbs(lexicon.cues, lexicon.lightVerbs);
    return loadPeople(lexiconData("lexicon/people.tsv"), lexicon.titles, lexicon.organisations,
                      lexicon.people);
}

}  // namespace

Result<Lexicon> loadBuiltinLexicon() {
    Lexicon lexicon;
    for (const auto file : kGazetteerFiles) {
        const auto status = lexicon.gazetteer.load(embedded::lexiconData(file.name), file.name,
                                                   file.namesNeedContext);
        if (!status)
            return status.error();
    }
    if (const auto zones =
            lexicon.zones.load(embedded::lexiconData("gazetteer/zones.tsv"), "gazetteer/zones.tsv");
        !zones) {
        return zones.error();
    }
    const auto status = loadWordTables(lexicon);
    if (!status)
        return status.error();
    return lexicon;
}

const Lexicon& builtinLexicon() {
    static const Lexicon lexicon = [] {
        auto loaded = loadBuiltinLexicon();
        if (!loaded) {
            std::fprintf(stderr, "Bundled lexicon is broken: %s\n", loaded.error().message.c_str());
            std::abort();
        }
        return std::move(loaded).value();
    }();
    return lexicon;
}

}  // namespace yeonpyo::lexicon
