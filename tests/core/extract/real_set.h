// The development set of real articles: its manifest, the texts restored beside the repository,
// their checks against the manifest, and gold quotes given as offsets plus a short hash.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/event.h"
#include "core/model/result.h"
#include "gold.h"

namespace yeonpyo::testing {

/// One row of tests/fixtures/real/manifest.tsv.
struct ManifestRow {
    std::string id;
    std::string lang;
    std::string outlet;
    std::string story;  ///< Kind of story: state-visit, papal-tour, disaster-response …
    std::string url;
    std::string query;  ///< What to ask the search tool's pages corpus to find the text again.
    std::string published;
    std::string sha256;  ///< Of the stored text's UTF-8 bytes.
    int length = 0;      ///< Code points of the stored text.
    /// In the held-out part (about a fifth of the set, chosen by the hash of the id): scored and
    /// reported, but its misses are never listed, so that nobody tunes the extractor to it.
    bool heldOut = false;
};

/// Whether an article id falls in the held-out part: its 32-bit FNV-1a hash is a multiple of 5.
bool isHeldOut(std::string_view id);

Result<std::vector<ManifestRow>> readManifest(const std::filesystem::path& path);

/// The stored text of a row, or why it cannot be used: missing, or not the text the gold was
/// written on (its SHA-256 differs from the manifest's).
Result<std::string> readStoredText(const std::filesystem::path& textsDir, const ManifestRow& row);

/// Checks what can be checked without the text: the gold's reference date and language are the
/// row's, every quote lies inside the text's length and carries a 12-digit hash.
Status checkGoldAgainstManifest(const GoldFile& gold, const ManifestRow& row);

/// Gives every gold quote its text (the span of the stored text, whose hash must be the gold's)
/// and its offsets in the loaded article text, which differs from the stored text by the headline
/// the loader takes off and by white space. A span the loaded text lacks gets no offsets (it can
/// then never be covered) and is named in `notes`.
Status placeGoldQuotes(GoldFile& gold, const std::string& storedText,
                       const std::string& articleText, std::vector<std::string>& notes);

/// One article of a scored set.
struct ScoredArticle {
    ManifestRow row;
    std::optional<Comparison> comparison;  ///< Empty when the article was skipped.
    std::string skipped;                   ///< Why, when it was.
    std::vector<std::string> notes;
    std::filesystem::path text;  ///< The file extracted from.
    std::vector<Event> events;   ///< What the extractor found.
};

/// Scores every article of the real set (setDir holds manifest.tsv and gold/) whose text is in
/// textsDir and unchanged; the others are listed as skipped. An error for a broken manifest or
/// gold file, or a restored text that does not load or whose gold quotes' hashes differ.
Result<std::vector<ScoredArticle>> scoreRealSet(const std::filesystem::path& setDir,
                                                const std::filesystem::path& textsDir);

/// Scores a folder of our own stories (x.txt beside x.gold.json with quote texts), such as
/// tests/fixtures/eval; the outlet is "own story".
Result<std::vector<ScoredArticle>> scoreStories(const std::filesystem::path& dir);

}  // namespace yeonpyo::testing
