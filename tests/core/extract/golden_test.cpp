// Golden test: each sample article in resources/samples must give exactly its hand-written gold
// events.
#include <gtest/gtest.h>

#include <iostream>

#include "article_runner.h"

namespace yeonpyo::testing {
namespace {

namespace fs = std::filesystem;

class GoldenSample : public ::testing::TestWithParam<fs::path> {
protected:
    static void SetUpTestSuite() { useForeignEnvironment(); }
};

TEST_P(GoldenSample, GivesItsGoldEvents) {
    const fs::path article = GetParam();
    const auto gold = loadGold(goldPathOf(article).string());
    ASSERT_TRUE(gold.ok()) << gold.error().message;
    const auto extracted = extractFile(article, *gold);
    ASSERT_TRUE(extracted.ok()) << extracted.error().message;
    for (const auto& event : gold->events) {
        for (const auto& quote : event.quotes) {
            const auto span = findCodePoints(extracted->article.text, quote.text);
            ASSERT_TRUE(span.has_value()) << "gold quote not in the loaded text: " << quote.text;
            if (quote.start) {
                EXPECT_EQ(span->first, *quote.start) << quote.text;
            }
            if (quote.end) {
                EXPECT_EQ(span->second, *quote.end) << quote.text;
            }
        }
    }
    const auto comparison = compareEvents(*gold, extracted->events, extracted->article.text);
    if (!comparison.perfect()) {
        const auto failure = writeFailure(article, extracted->events);
        for (const auto& problem : comparison.problems)
            std::cerr << "  " << problem << '\n';
        std::cerr << "  extracted events written to " << failure << '\n';
    }
    EXPECT_TRUE(comparison.perfect()) << article.filename() << ": " << comparison.problems.size()
                                      << " differences from the gold file";
}

std::string nameOf(const ::testing::TestParamInfo<fs::path>& info) {
    std::string name = info.param.stem().string();
    for (auto& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenSample,
                         ::testing::ValuesIn(articlesWithGold(fs::path(YEONPYO_SOURCE_DIR) /
                                                              "resources/samples")),
                         nameOf);

}  // namespace
}  // namespace yeonpyo::testing
