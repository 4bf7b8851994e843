// Loading, extracting and failure files for the file-driven extraction tests.
#include "article_runner.h"

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "core/extract/extractor.h"
#include "core/lexicon/lexicon.h"
#include "core/text/loader.h"

namespace yeonpyo::testing {
namespace fs = std::filesystem;

Result<ExtractedArticle> extractFile(const fs::path& path, const GoldFile& gold) {
    auto loaded = text::loadArticleFile(path.string());
    if (!loaded)
        return loaded.error();
    ExtractedArticle result;
    result.article.id = 1;
    result.article.title = loaded->title;
    result.article.text = loaded->text;
    result.article.lang = gold.lang.empty() ? loaded->lang : gold.lang;
    result.article.source = path.filename().string();
    temporal::Reference reference;
    reference.timeZone = gold.timeZone;
    int year = 0, month = 0, day = 0;
    if (std::sscanf(gold.referenceDate.c_str(), "%d-%d-%d", &year, &month, &day) == 3) {
        reference.date = temporal::CivilDate{year, month, day};
    }
    result.events = extract::extract(result.article, reference, lexicon::builtinLexicon());
    return result;
}

std::vector<fs::path> articlesWithGold(const fs::path& dir) {
    std::vector<fs::path> found;
    if (!fs::is_directory(dir))
        return found;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".txt" && fs::exists(goldPathOf(entry.path()))) {
            found.push_back(entry.path());
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

fs::path goldPathOf(const fs::path& article) {
    return article.parent_path() / (article.stem().string() + ".gold.json");
}

fs::path writeFailure(const fs::path& article, const std::vector<Event>& events) {
    const fs::path dir = fs::path(YEONPYO_BINARY_DIR) / "extract-failures";
    fs::create_directories(dir);
    const fs::path out = dir / (article.stem().string() + ".fail.json");
    std::ofstream(out) << eventsJson(events) << '\n';
    return out;
}

void useForeignEnvironment() {
    setenv("TZ", "America/Los_Angeles", 1);
    tzset();
    if (std::setlocale(LC_ALL, "fr_FR.UTF-8") == nullptr)
        std::setlocale(LC_ALL, "C.UTF-8");
}

}  // namespace yeonpyo::testing
