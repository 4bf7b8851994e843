// The table of tagging cases in cases.tsv, shared with scripts/compare-dateparser.py: each row a
// text in Korean or English, its reference date, and every expression that must be found in it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/temporal/temporal.h"

namespace yeonpyo::temporal::testing {

/// One expression a case expects: its text and resolution.
struct ExpectedExpression {
    std::string text;
    std::string value;
    std::string endValue;   ///< After "..": the end of a range.
    std::string timeOfDay;  ///< After "@".
    std::string mod;        ///< After "!".
    std::string timeZone;   ///< After "#".
};

struct Case {
    int line = 0;
    std::string category;
    Language language = Language::Korean;
    Reference reference;
    std::string text;
    std::vector<ExpectedExpression> expected;  ///< Empty for "-": nothing is a time expression.
};

/// Reads the table; rows are "category<TAB>ko|en<TAB>YYYY-MM-DD|-<TAB>text<TAB>expected", where
/// expected is "-" or items joined by " | ", each "span => value[..end] [@part] [!MOD] [#zone]".
/// Lines starting with '#' and blank lines are skipped. A malformed row fails the test run.
std::vector<Case> loadCases(const std::string& path);

/// Prints a case as its place in the table, for test names and failures.
void PrintTo(const Case& c, std::ostream* out);

/// The path of cases.tsv in the source tree.
std::string casesPath();

}  // namespace yeonpyo::temporal::testing
