// CSV for spreadsheets: one row an event, quotes and conflicts joined, UTF-8 with a byte order
// mark, RFC 4180.
#include <algorithm>
#include <array>
#include <sstream>

#include "core/io/csv_p.h"
#include "core/io/writers_p.h"

namespace yeonpyo::io {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";
constexpr std::array kHeader{
    "id",           "sequence",  "kind",    "status",  "title",      "start",  "end",
    "time_of_day",  "time_zone", "place",   "address", "lat",        "lon",    "precision",
    "participants", "quotes",    "sources", "after",   "derivation", "edited", "conflicts"};

/// Free text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
std::string text(std::string_view value) {
    if (!value.empty() &&
        std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
        return "'" + std::string(value);
    }
    return std::string(value);
}

std::string number(const std::optional<double>& value) {
    if (!value)
        return {};
    std::ostringstream out;
    out.precision(10);
    out << *value;
    return out.str();
}

template <typename Range, typename Describe>
std::string joined(const Range& items, std::string_view separator, Describe describe) {
    std::string result;
    for (const auto& item : items) {
        if (!result.empty())
            result += separator;
        result += describe(item);
    }
    return result;
}

std::vector<std::string> rowOf(const ExportInput& input, const Event& event) {
    std::vector<std::int64_t> sources;
    for (const Quote& quote : event.quotes) {
        if (std::find(sources.begin(), sources.end(), quote.articleId) == sources.end()) {
            sources.push_back(quote.articleId);
        }
    }
    const EventTime& time = event.time;
    return {std::to_string(event.id),
            std::to_string(event.sequence),
            std::string(toString(event.kind)),
            std::string(toString(event.status)),
            text(event.title),
            time.start,
            time.end,
            time.timeOfDay,
            time.timeZone,
            text(event.place.name),
            text(event.place.address),
            number(event.place.lat),
            number(event.place.lon),
            std::string(toString(event.place.precision)),
            text(joined(event.participants, "; ", describeParticipant)),
            text(joined(event.quotes, "\n",
                        [](const Quote& q) { return "\u201C" + q.text + "\u201D"; })),
            text(joined(sources, "\n", [&](std::int64_t id) { return input.citation(id); })),
            joined(event.after, " ", [](std::int64_t id) { return std::to_string(id); }),
            text(time.derivation),
            event.editedByUser ? "yes" : "no",
            text(joined(event.conflicts, "\n", [&](const SourceConflict& conflict) {
                return describeConflict(input, conflict);
            }))};
}

void appendRow(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(cells[i]);
    }
    out += kLineEnd;
}

}  // namespace

std::string writeCsv(const ExportInput& input) {
    std::string out(kByteOrderMark);
    appendRow(out, std::vector<std::string>(kHeader.begin(), kHeader.end()));
    for (const Event& event : input.events)
        appendRow(out, rowOf(input, event));
    return out;
}

}  // namespace yeonpyo::io
