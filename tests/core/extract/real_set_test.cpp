// The real-article development set: its manifest and gold files agree (in CI, without texts), gold
// quotes find their place in a loaded text, and the scorer runs over the restored texts (skipped
// when none are restored).
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "article_runner.h"
#include "core/store/sha256.h"
#include "real_set.h"
#include "set_report.h"

namespace yeonpyo::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSet = fs::path(YEONPYO_SOURCE_DIR) / "tests/fixtures/real";
const fs::path kTexts = fs::path(YEONPYO_SOURCE_DIR) / "real-texts";

// The lowest micro F1 the extractor may score on the restored set; raise it as the extractor
// improves (README, "Accuracy on real articles").
constexpr double kFloorF1 = 0.66;

TEST(RealSet, EveryManifestRowHasAValidGoldFileAndEveryGoldFileARow) {
    const auto rows = readManifest(kSet / "manifest.tsv");
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    std::set<std::string> ids;
    for (const auto& row : *rows) {
        EXPECT_TRUE(ids.insert(row.id).second) << row.id << " is listed twice";
        EXPECT_EQ(row.sha256.size(), 64u) << row.id;
        EXPECT_GT(row.length, 0) << row.id;
        EXPECT_TRUE(row.lang == "ko" || row.lang == "en") << row.id;
        const auto gold = loadGold((kSet / "gold" / (row.id + ".gold.json")).string());
        ASSERT_TRUE(gold.ok()) << gold.error().message;
        const auto valid = checkGoldAgainstManifest(*gold, row);
        EXPECT_TRUE(valid.ok()) << valid.error().message;
    }
    for (const auto& entry : fs::directory_iterator(kSet / "gold")) {
        const std::string name = entry.path().filename().string();
        const std::string id = name.substr(0, name.find(".gold.json"));
        EXPECT_TRUE(ids.count(id)) << name << " has no manifest row";
    }
}

TEST(RealSet, IsLargeAndVariedEnoughToLearnFrom) {
    // Issue #11: at least 60 articles, 35 Korean and 20 English, from 15 outlets and 8 kinds of
    // story, so that losing a few stored copies does not matter.
    const auto rows = readManifest(kSet / "manifest.tsv");
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    std::map<std::string, int> languages;
    std::set<std::string> outlets;
    std::set<std::string> stories;
    for (const auto& row : *rows) {
        ++languages[row.lang];
        outlets.insert(row.outlet);
        stories.insert(row.story);
    }
    EXPECT_GE(rows->size(), 60u);
    EXPECT_GE(languages["ko"], 35);
    EXPECT_GE(languages["en"], 20);
    EXPECT_GE(outlets.size(), 15u);
    EXPECT_GE(stories.size(), 8u);
}

struct PlacementRow {
    const char* name;
    std::string stored;
    std::string loaded;
    std::string quote;   ///< Must occur once in stored.
    std::string hashOf;  ///< The text whose hash the gold gives (the quote unless a wrong row).
    bool ok;
    std::string expected;  ///< The loaded span's text; empty when it cannot be placed.
};

TEST(RealSet, PlacesGoldQuotesInTheLoadedText) {
    const std::string body = "The minister toured the port on Monday.\nShe met fishermen later.";
    const std::vector<PlacementRow> rows{
        {"same text", body, body, "met fishermen", "met fishermen", true, "met fishermen"},
        {"headline taken off", "Minister tours port\n\n" + body, body, "toured the port",
         "toured the port", true, "toured the port"},
        {"lines joined", "A visit.\nShe met\nfishermen.", "A visit.\nShe met fishermen.",
         "met\nfishermen", "met\nfishermen", true, "met fishermen"},
        {"nearest of two occurrences", "Visit. Talks. Visit. Talks.\n", "Talks. Visit. Talks.",
         "Talks.\n", "Talks.\n", true, "Talks."},
        {"not in the loaded text", body, "Something else entirely.", "met fishermen",
         "met fishermen", true, ""},
        {"hash of another span", body, body, "met fishermen", "toured", false, ""},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const auto at = findCodePoints(row.stored, row.quote);
        ASSERT_TRUE(at);
        GoldFile gold;
        GoldEvent event;
        event.quotes.push_back(
            {"", at->first, at->second, store::sha256Hex(row.hashOf).substr(0, 12)});
        gold.events.push_back(event);
        std::vector<std::string> notes;
        const auto placed = placeGoldQuotes(gold, row.stored, row.loaded, notes);
        ASSERT_EQ(placed.ok(), row.ok);
        if (!row.ok)
            continue;
        const auto& quote = gold.events[0].quotes[0];
        if (row.expected.empty()) {
            EXPECT_EQ(*quote.start, -1);
            EXPECT_EQ(notes.size(), 1u);
            continue;
        }
        const auto want = findCodePoints(row.loaded, row.expected);
        const bool nearest = std::string(row.name) == "nearest of two occurrences";
        EXPECT_EQ(*quote.start, nearest ? 14 : want->first);
        EXPECT_EQ(*quote.end, nearest ? 20 : want->second);
        EXPECT_TRUE(notes.empty());
    }
}

TEST(RealSet, ReadsOnlyTextsThatAreTheOnesTheGoldWasWrittenOn) {
    const fs::path dir = fs::path(YEONPYO_BINARY_DIR) / "real-set-test";
    fs::create_directories(dir);
    std::ofstream(dir / "a.txt", std::ios::binary) << "A stored text.\n";
    ManifestRow row;
    row.id = "a";
    row.sha256 = store::sha256Hex("A stored text.\n");
    EXPECT_TRUE(readStoredText(dir, row).ok());
    row.sha256 = store::sha256Hex("Another text.\n");
    EXPECT_FALSE(readStoredText(dir, row).ok());
    row.id = "missing";
    EXPECT_FALSE(readStoredText(dir, row).ok());
}

TEST(RealSet, ScoresTheRestoredArticles) {
    if (!fs::is_directory(kTexts))
        GTEST_SKIP() << "no real-texts/ folder: restore the texts (tests/fixtures/real/README.md)";
    useForeignEnvironment();
    const auto scored = scoreRealSet(kSet, kTexts);
    ASSERT_TRUE(scored.ok()) << scored.error().message;
    const Scoreboard board = scoreboardOf(*scored);
    if (board.overall().articles == 0)
        GTEST_SKIP() << "real-texts/ holds none of the set's texts unchanged";
    printSetReport(*scored, false, std::cout);
    for (const auto& article : *scored) {
        for (const auto& note : article.notes)
            ADD_FAILURE() << article.row.id << ": " << note;
    }
    EXPECT_GE(board.overall().f1(), kFloorF1);
}

}  // namespace
}  // namespace yeonpyo::testing
