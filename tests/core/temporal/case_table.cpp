// Reading cases.tsv into Case rows.
#include "tests/core/temporal/case_table.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace yeonpyo::temporal::testing {
namespace {

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto found = text.find(separator, start);
        parts.push_back(
            text.substr(start, found == std::string::npos ? std::string::npos : found - start));
        if (found == std::string::npos)
            return parts;
        start = found + separator.size();
    }
}

ExpectedExpression parseItem(const std::string& item, int line) {
    const auto arrow = item.find(" => ");
    if (arrow == std::string::npos)
        throw std::runtime_error("cases.tsv:" + std::to_string(line) + ": no ' => ' in " + item);
    ExpectedExpression expected;
    expected.text = item.substr(0, arrow);
    std::istringstream words(item.substr(arrow + 4));
    std::string word;
    words >> word;
    const auto dots = word.find("..");
    expected.value = word.substr(0, dots);
    if (dots != std::string::npos)
        expected.endValue = word.substr(dots + 2);
    while (words >> word) {
        if (word[0] == '@')
            expected.timeOfDay = word.substr(1);
        else if (word[0] == '!')
            expected.mod = word.substr(1);
        else if (word[0] == '#')
            expected.timeZone = word.substr(1);
        else
            throw std::runtime_error("cases.tsv:" + std::to_string(line) + ": unknown marker " +
                                     word);
    }
    return expected;
}

Reference parseReference(const std::string& text, int line) {
    Reference reference;
    if (text == "-")
        return reference;
    CivilDate date;
    if (std::sscanf(text.c_str(), "%d-%d-%d", &date.year, &date.month, &date.day) != 3) {
        throw std::runtime_error("cases.tsv:" + std::to_string(line) + ": bad reference date " +
                                 text);
    }
    reference.date = date;
    return reference;
}

}  // namespace

std::vector<Case> loadCases(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<Case> cases;
    std::string row;
    for (int line = 1; std::getline(in, row); ++line) {
        if (row.empty() || row[0] == '#')
            continue;
        const auto columns = split(row, "\t");
        if (columns.size() != 5)
            throw std::runtime_error("cases.tsv:" + std::to_string(line) + ": expected 5 columns");
        Case c;
        c.line = line;
        c.category = columns[0];
        c.language = columns[1] == "en" ? Language::English : Language::Korean;
        c.reference = parseReference(columns[2], line);
        c.text = columns[3];
        if (columns[4] != "-") {
            for (const auto& item : split(columns[4], " | "))
                c.expected.push_back(parseItem(item, line));
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

void PrintTo(const Case& c, std::ostream* out) {
    *out << "cases.tsv:" << c.line << " " << c.text;
}

std::string casesPath() {
    return std::string(YEONPYO_SOURCE_DIR) + "/tests/core/temporal/cases.tsv";
}

}  // namespace yeonpyo::temporal::testing
