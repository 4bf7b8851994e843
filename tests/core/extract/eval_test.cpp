// Evaluation over tests/fixtures/eval: event precision, recall and F1, and per-field accuracy;
// fails below F1 0.9.
#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>
#include <map>

#include "article_runner.h"

namespace yeonpyo::testing {
namespace {

namespace fs = std::filesystem;

constexpr double kMinimumF1 = 0.9;

struct Tally {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    std::map<std::string, std::pair<int, int>> fields;  // field → (right, checked)

    void add(const Comparison& comparison) {
        truePositives += static_cast<int>(comparison.pairs.size());
        falsePositives += static_cast<int>(comparison.spurious.size());
        falseNegatives += static_cast<int>(comparison.missedGold.size());
        for (const auto& check : comparison.checks) {
            auto& [right, checked] = fields[check.field];
            right += check.right ? 1 : 0;
            ++checked;
        }
    }
    double precision() const {
        return truePositives == 0 ? 0.0 : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const {
        return truePositives == 0 ? 0.0 : double(truePositives) / (truePositives + falseNegatives);
    }
    double f1() const {
        const double p = precision();
        const double r = recall();
        return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
    }
};

void report(const Tally& tally, std::ostream& out) {
    char line[160];
    std::snprintf(
        line, sizeof line,
        "events: precision %.3f  recall %.3f  F1 %.3f  (%d right, %d spurious, %d missed)\n",
        tally.precision(), tally.recall(), tally.f1(), tally.truePositives, tally.falsePositives,
        tally.falseNegatives);
    out << line;
    for (const auto& [field, counts] : tally.fields) {
        std::snprintf(line, sizeof line, "  %-13s %.3f  (%d/%d)\n", field.c_str(),
                      counts.second == 0 ? 0.0 : double(counts.first) / counts.second, counts.first,
                      counts.second);
        out << line;
    }
}

TEST(Evaluation, ExtractsTheEvaluationStoriesWithF1OfAtLeastNinetyPercent) {
    useForeignEnvironment();
    const auto articles = articlesWithGold(fs::path(YEONPYO_SOURCE_DIR) / "tests/fixtures/eval");
    ASSERT_GE(articles.size(), 8u) << "the evaluation set needs at least eight articles";
    Tally tally;
    for (const auto& article : articles) {
        const auto gold = loadGold(goldPathOf(article).string());
        ASSERT_TRUE(gold.ok()) << gold.error().message;
        const auto extracted = extractFile(article, *gold);
        ASSERT_TRUE(extracted.ok()) << extracted.error().message;
        const auto comparison = compareEvents(*gold, extracted->events, extracted->article.text);
        tally.add(comparison);
        if (!comparison.perfect()) {
            std::cout << article.filename().string() << " (see "
                      << writeFailure(article, extracted->events) << "):\n";
            for (const auto& problem : comparison.problems)
                std::cout << "  " << problem << '\n';
        }
    }
    report(tally, std::cout);
    EXPECT_GE(tally.f1(), kMinimumF1);
}

}  // namespace
}  // namespace yeonpyo::testing
