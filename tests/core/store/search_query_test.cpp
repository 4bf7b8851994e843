// Query planning and snippet cutting, as tables with negative rows.
#include <gtest/gtest.h>

#include "core/store/search_query.h"

namespace yeonpyo::store {
namespace {

TEST(SearchPlan, LongWordsBecomeQuotedPhrasesAndShortOnesSubstringTests) {
    struct Row {
        std::string query;
        std::string match;
        std::vector<std::string> shortWords;
    };
    const std::vector<Row> rows{
        {"조주완", "\"조주완\"", {}},
        {"  LG  오찬 ", "", {"lg", "오찬"}},
        {"Meta 저커버그 방한", "\"meta\" \"저커버그\"", {"방한"}},
        {"say \"hi\"", "\"say\" \"\"\"hi\"\"\"", {}},
        {"NEAR(a b)", "\"near(a\"", {"b)"}},
        {"", "", {}},
    };
    for (const Row& row : rows) {
        const SearchPlan plan = planSearch(row.query);
        EXPECT_EQ(plan.matchExpression, row.match) << row.query;
        EXPECT_EQ(plan.shortWords, row.shortWords) << row.query;
    }
}

TEST(Snippet, CutsOnCodePointsAndMarksEveryMatch) {
    struct Row {
        std::string text;
        std::vector<std::string> words;
        int context;
        std::string expected;
    };
    const std::vector<Row> rows{
        {"가나다라마바사아자차", {"마바"}, 2, "…다라[마바]사아…"},
        {"Lunch with LG at noon", {"lg"}, 5, "…with [LG] at n…"},
        {"AI chips and ai talks", {"ai"}, 40, "[AI] chips and [ai] talks"},
        {"첫 줄\n둘째 줄", {"둘째"}, 3, "… 줄 [둘째] 줄"},
        {"nothing here", {"없음"}, 5, ""},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(makeSnippet(row.text, row.words, row.context), row.expected) << row.text;
    }
}

}  // namespace
}  // namespace yeonpyo::store
