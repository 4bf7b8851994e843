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

constexpr std::array kGazetteerFiles{std::string_view{"gazetteer/world.tsv"},
                                     std::string_view{"gazetteer/korea.tsv"},
                                     std::string_view{"gazetteer/korea-municipalities.tsv"},
                                     std::string_view{"gazetteer/venues.tsv"}};

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
        const auto status = lexicon.gazetteer.load(embedded::lexiconData(file), file);
        if (!status)
            return status.error();
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
