// yeonpyo-eval: scores the extractor on the real-article development set (or on a folder of our
// own stories) and prints precision, recall, F1 and each field's accuracy, overall, per language,
// per outlet and per kind of story.
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include "article_runner.h"
#include "real_set.h"
#include "set_report.h"

namespace {

namespace fs = std::filesystem;
using namespace yeonpyo::testing;

constexpr const char* kUsage =
    "usage: yeonpyo-eval [--set DIR] [--texts DIR] [--misses]\n"
    "  --set DIR    the set: a folder with manifest.tsv and gold/ (default: the repository's\n"
    "               tests/fixtures/real), or a folder of stories, x.txt beside x.gold.json\n"
    "  --texts DIR  the restored texts, ID.txt (default: the repository's real-texts)\n"
    "  --misses     list each article's missed and spurious events and wrong fields\n"
    "  --show ID    print what the extractor found in article ID (not for held-out ones)\n";

struct Options {
    fs::path set = fs::path(YEONPYO_SOURCE_DIR) / "tests/fixtures/real";
    fs::path texts = fs::path(YEONPYO_SOURCE_DIR) / "real-texts";
    bool misses = false;
    std::string show;
};

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--misses") {
            options.misses = true;
        } else if (arg == "--show" && i + 1 < argc) {
            options.show = argv[++i];
        } else if ((arg == "--set" || arg == "--texts") && i + 1 < argc) {
            (arg == "--set" ? options.set : options.texts) = argv[++i];
        } else {
            return false;
        }
    }
    return true;
}

/// One line per found event: sequence, kind, status, date, part of day, place, people, quote.
void printFound(const ScoredArticle& article, std::ostream& out) {
    for (const auto& event : article.events) {
        out << event.sequence << ' ' << toString(event.kind) << ' ' << toString(event.status) << ' '
            << event.time.start << ' '
            << (event.time.timeOfDay.empty() ? "-" : event.time.timeOfDay) << " @"
            << event.place.name << " [";
        for (const auto& person : event.participants)
            out << person.name << ';';
        out << "] after";
        for (const auto id : event.after)
            out << ' ' << id;
        for (const auto& quote : event.quotes)
            out << " | " << quote.text;
        out << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) {
        std::cerr << kUsage;
        return 2;
    }
    if (!fs::is_directory(options.set)) {
        std::cerr << "yeonpyo-eval: " << options.set.string() << " is not a folder.\n";
        return 1;
    }
    useForeignEnvironment();
    const auto scored = fs::exists(options.set / "manifest.tsv")
                            ? scoreRealSet(options.set, options.texts)
                            : scoreStories(options.set);
    if (!scored.ok()) {
        std::cerr << "yeonpyo-eval: " << scored.error().message << '\n';
        return 1;
    }
    if (options.show.empty()) {
        printSetReport(*scored, options.misses, std::cout);
        return 0;
    }
    for (const auto& article : *scored) {
        if (article.row.id == options.show && !article.row.heldOut) {
            printFound(article, std::cout);
            return 0;
        }
    }
    std::cerr << "yeonpyo-eval: no scored development article " << options.show << ".\n";
    return 1;
}
