// Grouped tables and per-article listings of a scored set, for yeonpyo-eval and the tests.
#include "set_report.h"

#include <algorithm>
#include <cstdio>
#include <functional>

namespace yeonpyo::testing {
namespace {

std::string partOf(const ManifestRow& row) {
    return row.heldOut ? "held-out" : "development";
}

template <typename Field>
std::vector<std::string> namesWith(const std::vector<ScoredArticle>& articles,
                                   const std::string& prefix, Field field) {
    std::vector<std::string> names;
    for (const auto& article : articles) {
        const std::string name = prefix + std::invoke(field, article.row);
        if (article.comparison && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

void printMisses(const ScoredArticle& article, std::ostream& out) {
    Tally one;
    one.add(*article.comparison);
    char line[200];
    std::snprintf(line, sizeof line, "### %s (%s, %s): F1 %.3f, %d of %d gold events found\n",
                  article.row.id.c_str(), article.row.lang.c_str(), article.row.outlet.c_str(),
                  one.f1(), one.truePositives, one.truePositives + one.falseNegatives);
    out << line;
    for (const auto& note : article.notes)
        out << "- note: " << note << '\n';
    for (const auto& problem : article.comparison->problems)
        out << "- " << problem << '\n';
}

}  // namespace

Scoreboard scoreboardOf(const std::vector<ScoredArticle>& articles) {
    Scoreboard board;
    for (const auto& article : articles) {
        if (!article.comparison)
            continue;
        board.add(*article.comparison,
                  {article.row.lang, "outlet:" + article.row.outlet, "story:" + article.row.story,
                   "part:" + partOf(article.row)});
    }
    return board;
}

void printSetReport(const std::vector<ScoredArticle>& articles, bool misses, std::ostream& out) {
    int skipped = 0;
    for (const auto& article : articles) {
        if (article.comparison)
            continue;
        out << "skipped " << article.row.id << ": " << article.skipped << '\n';
        ++skipped;
    }
    out << articles.size() - static_cast<std::size_t>(skipped) << " of " << articles.size()
        << " articles scored\n\n";
    const Scoreboard board = scoreboardOf(articles);
    std::vector<std::string> languages;
    for (const auto& article : articles) {
        if (article.comparison &&
            std::find(languages.begin(), languages.end(), article.row.lang) == languages.end())
            languages.push_back(article.row.lang);
    }
    std::sort(languages.begin(), languages.end());
    board.print(out, "language", languages);
    out << '\n';
    board.print(out, "part", namesWith(articles, "part:", partOf));
    out << '\n';
    board.print(out, "outlet", namesWith(articles, "outlet:", &ManifestRow::outlet));
    out << '\n';
    board.print(out, "story", namesWith(articles, "story:", &ManifestRow::story));
    if (!misses)
        return;
    out << '\n';
    for (const auto& article : articles) {
        if (article.comparison && article.row.heldOut)
            out << "### " << article.row.id << ": held out, misses not listed\n";
        else if (article.comparison)
            printMisses(article, out);
    }
}

}  // namespace yeonpyo::testing
