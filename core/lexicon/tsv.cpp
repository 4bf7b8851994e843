// Tab-separated rows and |-separated lists, as views into embedded data.
#include "core/lexicon/tsv.h"

namespace yeonpyo::lexicon {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

}  // namespace

std::vector<TsvRow> parseTsv(std::string_view data) {
    std::vector<TsvRow> rows;
    int lineNumber = 0;
    for (auto line : split(data, '\n')) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        rows.push_back({split(line, '\t'), lineNumber});
    }
    return rows;
}

std::vector<std::string_view> splitList(std::string_view field) {
    std::vector<std::string_view> parts;
    for (auto part : split(field, '|')) {
        if (!part.empty())
            parts.push_back(part);
    }
    return parts;
}

}  // namespace yeonpyo::lexicon
