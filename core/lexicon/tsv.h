// Reading the tab-separated data files of resources/lexicon and resources/gazetteer.
#pragma once

#include <string_view>
#include <vector>

namespace yeonpyo::lexicon {

/// One data row: its fields (missing trailing fields read as empty) and its 1-based line number.
struct TsvRow {
    std::vector<std::string_view> fields;
    int line = 0;

    std::string_view field(std::size_t index) const {
        return index < fields.size() ? fields[index] : std::string_view{};
    }
};

/// Splits data into rows; blank lines and lines starting with '#' are skipped. Views point into
/// data.
std::vector<TsvRow> parseTsv(std::string_view data);

/// Splits a "a|b|c" field into its non-empty parts.
std::vector<std::string_view> splitList(std::string_view field);

}  // namespace yeonpyo::lexicon
