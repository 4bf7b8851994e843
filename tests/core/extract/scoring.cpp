// Tallies of comparisons and their Markdown tables, shared by the evaluation tests and
// yeonpyo-eval.
#include "scoring.h"

#include <cstdio>

namespace yeonpyo::testing {
namespace {

double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : double(numerator) / denominator;
}

std::string fixed(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

void printRow(std::ostream& out, const std::string& name, const Tally& tally) {
    out << "| " << name << " | " << tally.articles << " | "
        << tally.truePositives + tally.falseNegatives << " | "
        << tally.truePositives + tally.falsePositives << " | " << fixed(tally.precision()) << " | "
        << fixed(tally.recall()) << " | " << fixed(tally.f1()) << " | " << fixed(tally.meanF1())
        << " |";
    for (const auto& field : scoredFields())
        out << ' ' << fixed(tally.accuracy(field)) << " |";
    out << '\n';
}

}  // namespace

void Tally::add(const Comparison& comparison) {
    ++articles;
    const int right = static_cast<int>(comparison.pairs.size());
    const int spurious = static_cast<int>(comparison.spurious.size());
    const int missed = static_cast<int>(comparison.missedGold.size());
    truePositives += right;
    falsePositives += spurious;
    falseNegatives += missed;
    const double p = ratio(right, right + spurious);
    const double r = ratio(right, right + missed);
    f1Sum += p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
    for (const auto& check : comparison.checks) {
        auto& [rightChecks, checked] = fields[check.field];
        rightChecks += check.right ? 1 : 0;
        ++checked;
    }
}

double Tally::precision() const {
    return ratio(truePositives, truePositives + falsePositives);
}

double Tally::recall() const {
    return ratio(truePositives, truePositives + falseNegatives);
}

double Tally::f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

double Tally::accuracy(const std::string& field) const {
    const auto found = fields.find(field);
    return found == fields.end() ? 0.0 : ratio(found->second.first, found->second.second);
}

const std::vector<std::string>& scoredFields() {
    static const std::vector<std::string> fields{"date",  "part_of_day", "place", "participants",
                                                 "quote", "order",       "kind",  "status"};
    return fields;
}

void Scoreboard::add(const Comparison& comparison, const std::vector<std::string>& groups) {
    overall_.add(comparison);
    for (const auto& name : groups)
        groups_[name].add(comparison);
}

const Tally* Scoreboard::group(const std::string& name) const {
    const auto found = groups_.find(name);
    return found == groups_.end() ? nullptr : &found->second;
}

void Scoreboard::print(std::ostream& out, const std::string& heading,
                       const std::vector<std::string>& groupNames) const {
    out << "| " << heading << " | articles | gold | found | P | R | F1 | mean F1 |";
    for (const auto& field : scoredFields())
        out << ' ' << field << " |";
    out << "\n|---|---:|---:|---:|---:|---:|---:|---:|";
    for (std::size_t i = 0; i < scoredFields().size(); ++i)
        out << "---:|";
    out << '\n';
    printRow(out, "all", overall_);
    for (const auto& name : groupNames) {
        const auto colon = name.find(':');
        if (const Tally* tally = group(name))
            printRow(out, colon == std::string::npos ? name : name.substr(colon + 1), *tally);
    }
}

void printSummary(const Tally& tally, std::ostream& out) {
    char line[160];
    std::snprintf(
        line, sizeof line,
        "events: precision %.3f  recall %.3f  F1 %.3f  (%d right, %d spurious, %d missed)\n",
        tally.precision(), tally.recall(), tally.f1(), tally.truePositives, tally.falsePositives,
        tally.falseNegatives);
    out << line;
    for (const auto& [field, counts] : tally.fields) {
        std::snprintf(line, sizeof line, "  %-13s %.3f  (%d/%d)\n", field.c_str(),
                      ratio(counts.first, counts.second), counts.first, counts.second);
        out << line;
    }
}

}  // namespace yeonpyo::testing
