// Manifest, stored texts and gold quote placement of the real-article development set.
#include "real_set.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>

#include "article_runner.h"
#include "core/store/sha256.h"
#include "core/text/unicode.h"

namespace yeonpyo::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kShortHash = 12;

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');)
        cells.push_back(cell);
    return cells;
}

Result<ManifestRow> rowOf(const std::map<std::string, std::string>& cells, int lineNumber) {
    ManifestRow row;
    const std::vector<std::pair<const char*, std::string*>> columns{{"id", &row.id},
                                                                    {"lang", &row.lang},
                                                                    {"outlet", &row.outlet},
                                                                    {"story", &row.story},
                                                                    {"url", &row.url},
                                                                    {"query", &row.query},
                                                                    {"published", &row.published},
                                                                    {"sha256", &row.sha256}};
    for (const auto& [name, value] : columns) {
        const auto found = cells.find(name);
        if (found == cells.end() || found->second.empty()) {
            return Error{"Line " + std::to_string(lineNumber) + " of the manifest has no " + name +
                         "."};
        }
        *value = found->second;
    }
    const auto length = cells.find("length");
    row.length = length == cells.end() ? 0 : std::atoi(length->second.c_str());
    return row;
}

std::optional<std::string> readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// A text's code points other than white space, with the code point offset of each.
struct Skeleton {
    std::u32string letters;
    std::vector<int> offsets;
};

bool isSpace(char32_t c) {
    return c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

Skeleton skeletonOf(const std::string& utf8) {
    Skeleton skeleton;
    int offset = 0;
    for (std::size_t i = 0; i < utf8.size(); ++offset) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        if (!isSpace(c)) {
            skeleton.letters.push_back(c);
            skeleton.offsets.push_back(offset);
        }
        i += static_cast<std::size_t>(length);
    }
    return skeleton;
}

/// Where the letters of stored[start, end) are in the loaded text, as code point offsets: the
/// occurrence nearest to where the stored text puts them, counted from the end (the loader takes
/// lines off the top only).
std::optional<std::pair<int, int>> loadedSpan(const Skeleton& stored, const Skeleton& loaded,
                                              int start, int end) {
    const auto first = std::lower_bound(stored.offsets.begin(), stored.offsets.end(), start);
    const auto last = std::lower_bound(stored.offsets.begin(), stored.offsets.end(), end);
    const auto from = static_cast<std::size_t>(first - stored.offsets.begin());
    const std::u32string needle =
        stored.letters.substr(from, static_cast<std::size_t>(last - first));
    if (needle.empty())
        return std::nullopt;
    const long expected = long(from) - long(stored.letters.size()) + long(loaded.letters.size());
    std::optional<std::size_t> best;
    for (auto at = loaded.letters.find(needle); at != std::u32string::npos;
         at = loaded.letters.find(needle, at + 1)) {
        if (!best || std::labs(long(at) - expected) < std::labs(long(*best) - expected))
            best = at;
    }
    if (!best)
        return std::nullopt;
    return std::pair{loaded.offsets[*best], loaded.offsets[*best + needle.size() - 1] + 1};
}

/// An article whose text is the one the gold was written on: a failure to load it or to place a
/// gold quote is an error of the set (or the loader), not a reason to skip it quietly.
Result<ScoredArticle> scoreOne(const ManifestRow& row, GoldFile gold, const fs::path& textPath,
                               const std::string& storedText) {
    ScoredArticle scored{row, std::nullopt, {}, {}, textPath, {}};
    const auto extracted = extractFile(textPath, gold);
    if (!extracted.ok())
        return Error{row.id + ": " + extracted.error().message};
    const auto placed = placeGoldQuotes(gold, storedText, extracted->article.text, scored.notes);
    if (!placed.ok())
        return Error{row.id + ": " + placed.error().message + "."};
    scored.comparison = compareEvents(gold, extracted->events, extracted->article.text);
    scored.events = extracted->events;
    return scored;
}

}  // namespace

bool isHeldOut(std::string_view id) {
    std::uint32_t hash = 2166136261u;
    for (const char c : id) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash % 5 == 0;
}

Result<std::vector<ManifestRow>> readManifest(const fs::path& path) {
    std::ifstream in(path);
    if (!in)
        return Error{"Cannot open the manifest " + path.string() + "."};
    std::string line;
    std::getline(in, line);
    const auto header = splitTabs(line);
    std::vector<ManifestRow> rows;
    for (int number = 2; std::getline(in, line); ++number) {
        if (line.empty())
            continue;
        const auto cells = splitTabs(line);
        std::map<std::string, std::string> named;
        for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i)
            named[header[i]] = cells[i];
        auto row = rowOf(named, number);
        if (!row.ok())
            return row.error();
        row->heldOut = isHeldOut(row->id);
        rows.push_back(std::move(*row));
    }
    return rows;
}

Result<std::string> readStoredText(const fs::path& textsDir, const ManifestRow& row) {
    const auto text = readFile(textsDir / (row.id + ".txt"));
    if (!text)
        return Error{"its text is not restored"};
    if (store::sha256Hex(*text) != row.sha256) {
        return Error{"its text differs from the one the gold was written on (" +
                     std::to_string(text::codePointCount(*text)) + " code points, manifest " +
                     std::to_string(row.length) + ")"};
    }
    return *text;
}

Status checkGoldAgainstManifest(const GoldFile& gold, const ManifestRow& row) {
    const std::string name = row.id + ": ";
    if (gold.referenceDate != row.published)
        return Error{name + "the reference date is not the publication date."};
    if (gold.lang != row.lang)
        return Error{name + "the gold's language is not the manifest's."};
    if (gold.events.empty())
        return Error{name + "the gold has no events."};
    for (const auto& event : gold.events) {
        for (const auto& quote : event.quotes) {
            const bool inside = quote.start && quote.end && *quote.start >= 0 &&
                                *quote.start < *quote.end && *quote.end <= row.length;
            if (!inside || quote.sha.size() != kShortHash || !quote.text.empty()) {
                return Error{name + "event " + std::to_string(event.id) +
                             " has a quote that is not an offset span with a 12-digit hash."};
            }
        }
    }
    return success();
}

Status placeGoldQuotes(GoldFile& gold, const std::string& storedText,
                       const std::string& articleText, std::vector<std::string>& notes) {
    const text::CodePointIndex index(storedText);
    const Skeleton stored = skeletonOf(storedText);
    const Skeleton loaded = skeletonOf(articleText);
    for (auto& event : gold.events) {
        for (auto& quote : event.quotes) {
            if (!quote.start || !quote.end || *quote.end > index.size())
                return Error{"event " + std::to_string(event.id) + " has a quote outside the text"};
            const std::size_t from = index.toByte(*quote.start);
            quote.text = storedText.substr(from, index.toByte(*quote.end) - from);
            if (store::sha256Hex(quote.text).substr(0, kShortHash) != quote.sha) {
                return Error{"event " + std::to_string(event.id) +
                             " has a quote whose hash is not its span's"};
            }
            const auto span = loadedSpan(stored, loaded, *quote.start, *quote.end);
            quote.start = span ? span->first : -1;
            quote.end = span ? span->second : -1;
            if (!span) {
                notes.push_back("event " + std::to_string(event.id) + ": the quote \"" +
                                quote.text + "\" is not in the loaded text");
            }
        }
    }
    return success();
}

Result<std::vector<ScoredArticle>> scoreRealSet(const fs::path& setDir, const fs::path& textsDir) {
    const auto rows = readManifest(setDir / "manifest.tsv");
    if (!rows.ok())
        return rows.error();
    std::vector<ScoredArticle> scored;
    for (const auto& row : *rows) {
        auto gold = loadGold((setDir / "gold" / (row.id + ".gold.json")).string());
        if (!gold.ok())
            return gold.error();
        if (const auto valid = checkGoldAgainstManifest(*gold, row); !valid.ok())
            return valid.error();
        const auto text = readStoredText(textsDir, row);
        if (!text.ok()) {
            scored.push_back({row, std::nullopt, text.error().message, {}, {}, {}});
            continue;
        }
        auto one = scoreOne(row, std::move(*gold), textsDir / (row.id + ".txt"), *text);
        if (!one.ok())
            return one.error();
        scored.push_back(std::move(*one));
    }
    return scored;
}

Result<std::vector<ScoredArticle>> scoreStories(const fs::path& dir) {
    std::vector<ScoredArticle> scored;
    for (const auto& article : articlesWithGold(dir)) {
        const auto gold = loadGold(goldPathOf(article).string());
        if (!gold.ok())
            return gold.error();
        ManifestRow row;
        row.id = article.stem().string();
        row.lang = gold->lang;
        row.outlet = "own story";
        row.story = "own story";
        ScoredArticle one{row, std::nullopt, {}, {}, article, {}};
        const auto extracted = extractFile(article, *gold);
        if (!extracted.ok())
            return extracted.error();
        one.comparison = compareEvents(*gold, extracted->events, extracted->article.text);
        one.events = extracted->events;
        scored.push_back(std::move(one));
    }
    return scored;
}

}  // namespace yeonpyo::testing
