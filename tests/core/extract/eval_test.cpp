// Evaluation over tests/fixtures/eval: event precision, recall and F1, and per-field accuracy;
// fails below F1 0.9.
#include <gtest/gtest.h>

#include <iostream>

#include "article_runner.h"
#include "real_set.h"
#include "set_report.h"

namespace yeonpyo::testing {
namespace {

namespace fs = std::filesystem;

constexpr double kMinimumF1 = 0.9;

TEST(Evaluation, ExtractsTheEvaluationStoriesWithF1OfAtLeastNinetyPercent) {
    useForeignEnvironment();
    const auto scored = scoreStories(fs::path(YEONPYO_SOURCE_DIR) / "tests/fixtures/eval");
    ASSERT_TRUE(scored.ok()) << scored.error().message;
    ASSERT_GE(scored->size(), 8u) << "the evaluation set needs at least eight articles";
    for (const auto& article : *scored) {
        if (!article.comparison->perfect())
            std::cout << "see " << writeFailure(article.text, article.events).string() << '\n';
    }
    printSetReport(*scored, true, std::cout);
    const Scoreboard board = scoreboardOf(*scored);
    printSummary(board.overall(), std::cout);
    EXPECT_GE(board.overall().f1(), kMinimumF1);
}

}  // namespace
}  // namespace yeonpyo::testing
