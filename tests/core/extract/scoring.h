// Scores of an extraction against gold: event precision, recall and F1 and each field's accuracy,
// summed over articles and grouped (overall, per language, per outlet), printed as Markdown tables.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "gold.h"

namespace yeonpyo::testing {

/// Events and field checks summed over some articles.
struct Tally {
    int articles = 0;
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double f1Sum = 0.0;                                 ///< Sum of per-article F1, for the mean.
    std::map<std::string, std::pair<int, int>> fields;  ///< field → (right, checked)

    void add(const Comparison& comparison);
    double precision() const;
    double recall() const;
    double f1() const;  ///< Of the summed events (micro).
    double meanF1() const { return articles == 0 ? 0.0 : f1Sum / articles; }
    double accuracy(const std::string& field) const;  ///< Right / checked; 0 when none checked.
};

/// The fields every table shows, in this order.
const std::vector<std::string>& scoredFields();

/// Tallies by group name ("all", "ko", an outlet …), kept in insertion order for printing.
class Scoreboard {
public:
    /// Adds one article's comparison to the overall tally and to each named group.
    void add(const Comparison& comparison, const std::vector<std::string>& groups);
    const Tally& overall() const { return overall_; }
    const Tally* group(const std::string& name) const;

    /// Overall and per-group rows: articles, events, P, R, F1, mean F1, then one column per field;
    /// a group's row is named after the first ':' of its name ("outlet:YTN" → "YTN").
    void print(std::ostream& out, const std::string& heading,
               const std::vector<std::string>& groupNames) const;

private:
    Tally overall_;
    std::map<std::string, Tally> groups_;
};

/// One line: "events: precision 0.950  recall 0.900  F1 0.924  (…)" and a line per field.
void printSummary(const Tally& tally, std::ostream& out);

}  // namespace yeonpyo::testing
