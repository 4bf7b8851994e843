// Every row of cases.tsv: the tagger must find exactly the expected expressions, with their values,
// parts of day, modifiers and zones — and nothing else (negative rows expect nothing).
#include <gtest/gtest.h>

#include <sstream>

#include "core/temporal/temporal.h"
#include "tests/core/temporal/case_table.h"

namespace yeonpyo::temporal::testing {
namespace {

std::string describe(const std::vector<TimeExpression>& found) {
    std::ostringstream out;
    for (const auto& e : found) {
        out << "\n  found: " << e.text << " => " << e.value
            << (e.endValue.empty() ? "" : ".." + e.endValue)
            << (e.timeOfDay.empty() ? "" : " @" + e.timeOfDay)
            << (e.mod.empty() ? "" : " !" + e.mod) << (e.timeZone.empty() ? "" : " #" + e.timeZone)
            << "   (" << e.rule << ": " << e.derivation << ")";
    }
    return out.str();
}

class CaseTable : public ::testing::TestWithParam<Case> {};

TEST_P(CaseTable, FindsExactlyTheExpectedExpressions) {
    const Case& c = GetParam();
    const auto found = Tagger(c.language, c.reference).tag(c.text);
    SCOPED_TRACE("cases.tsv:" + std::to_string(c.line) + " " + c.text + describe(found));
    ASSERT_EQ(found.size(), c.expected.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        const ExpectedExpression& want = c.expected[i];
        EXPECT_EQ(found[i].text, want.text);
        EXPECT_EQ(found[i].value, want.value);
        EXPECT_EQ(found[i].endValue, want.endValue);
        EXPECT_EQ(found[i].timeOfDay, want.timeOfDay);
        EXPECT_EQ(found[i].mod, want.mod);
        EXPECT_EQ(found[i].timeZone, want.timeZone);
        EXPECT_FALSE(found[i].derivation.empty());
    }
}

std::string rowName(const ::testing::TestParamInfo<Case>& info) {
    return (info.param.language == Language::Korean ? "ko_line" : "en_line") +
           std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Rows, CaseTable, ::testing::ValuesIn(loadCases(casesPath())), rowName);

TEST(CaseTable, HasAtLeastThreeHundredRowsInBothLanguagesWithNegatives) {
    const auto cases = loadCases(casesPath());
    int korean = 0;
    int negatives = 0;
    for (const auto& c : cases) {
        korean += c.language == Language::Korean ? 1 : 0;
        negatives += c.expected.empty() ? 1 : 0;
    }
    EXPECT_GE(cases.size(), 300u);
    EXPECT_GE(korean, 150);
    EXPECT_GE(static_cast<int>(cases.size()) - korean, 100);
    EXPECT_GE(negatives, 30);
}

}  // namespace
}  // namespace yeonpyo::temporal::testing
