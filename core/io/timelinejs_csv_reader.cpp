// Reads a TimelineJS sheet saved as CSV: one event a row, the Text cells kept as one article.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "core/io/calendar_value_p.h"
#include "core/io/csv_p.h"
#include "core/io/html_text_p.h"
#include "core/io/import.h"
#include "core/io/time_values_p.h"

namespace yeonpyo::io {
namespace {

constexpr std::int64_t kSheetArticleId = 1;

std::string lowered(std::string_view text) {
    std::string result;
    for (char c : text)
        result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = result.find_first_not_of(" \t");
    const auto last = result.find_last_not_of(" \t");
    return first == std::string::npos ? std::string{} : result.substr(first, last - first + 1);
}

int codePoints(std::string_view text) {
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

/// The cells of one row by lower-case column name.
class Row {
public:
    Row(const std::map<std::string, std::size_t>& columns, const CsvRecord& record)
        : columns_(columns), record_(record) {}

    std::string cell(const std::string& column) const {
        const auto found = columns_.find(column);
        if (found == columns_.end() || found->second >= record_.fields.size())
            return {};
        std::string value = record_.fields[found->second];
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t");
        return first == std::string::npos ? std::string{} : value.substr(first, last - first + 1);
    }
    bool blank() const {
        return std::all_of(record_.fields.begin(), record_.fields.end(),
                           [](const std::string& field) {
                               return field.find_first_not_of(" \t") == std::string::npos;
                           });
    }
    std::string where() const { return "Line " + std::to_string(record_.line); }

private:
    const std::map<std::string, std::size_t>& columns_;
    const CsvRecord& record_;
};

/// "end month" → "End Month", as TimelineJS names its columns.
std::string displayName(const std::string& column) {
    std::string name = column;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (i == 0 || name[i - 1] == ' ')
            name[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[i])));
    }
    return name;
}

/// A whole number in [low, high] from a cell, or an error naming the line and column.
Result<std::optional<int>> numberCell(const Row& row, const std::string& column, int low,
                                      int high) {
    const std::string text = row.cell(column);
    if (text.empty())
        return std::optional<int>{};
    int value = 0;
    const bool digitsOnly = text.size() <= 4 && std::all_of(text.begin(), text.end(), [](char c) {
                                return c >= '0' && c <= '9';
                            });
    if (digitsOnly)
        value = std::stoi(text);
    if (!digitsOnly || value < low || value > high) {
        return Error{row.where() + ": " + displayName(column) + " \"" + text +
                     "\" is not a number from " + std::to_string(low) + " to " +
                     std::to_string(high) + "."};
    }
    return std::optional<int>{value};
}

/// "13:05", "1:05 PM", "13:05:30" → minutes after midnight.
Result<std::optional<int>> timeCell(const Row& row, const std::string& column) {
    std::string text = lowered(row.cell(column));
    if (text.empty())
        return std::optional<int>{};
    int offset = 0;
    bool twelveHour = false;
    for (const auto& [suffix, add] :
         {std::pair{std::string("am"), 0}, std::pair{std::string("pm"), 12}}) {
        if (text.size() > 2 && text.ends_with(suffix)) {
            text = lowered(text.substr(0, text.size() - 2));
            offset = add;
            twelveHour = true;
        }
    }
    int hour = -1;
    int minute = -1;
    int second = 0;
    char tail = 0;
    const bool clockCharacters = text.find_first_not_of("0123456789:") == std::string::npos;
    const int read = std::sscanf(text.c_str(), "%2d:%2d:%2d%c", &hour, &minute, &second, &tail);
    const int hourLimit = twelveHour ? 12 : 23;
    if (!clockCharacters || read < 2 || read > 3 || hour < (twelveHour ? 1 : 0) ||
        hour > hourLimit || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return Error{row.where() + ": " + displayName(column) + " \"" + row.cell(column) +
                     "\" is not a time such as 14:30 or 2:30 PM."};
    }
    if (twelveHour)
        hour = hour % 12 + offset;
    return std::optional<int>{hour * 60 + minute};
}

/// The TIMEX-style value of the date columns with `prefix` ("" or "end "): "2024", "2024-02",
/// "2024-02-28" or "2024-02-28T12:00"; empty when the year is empty.
Result<std::string> dateValue(const Row& row, const std::string& prefix) {
    auto year = numberCell(row, prefix + "year", 1, 9999);
    auto month = numberCell(row, prefix + "month", 1, 12);
    auto day = numberCell(row, prefix + "day", 1, 31);
    auto time = timeCell(row, prefix + "time");
    for (const auto* part : {&year, &month, &day}) {
        if (!*part)
            return part->error();
    }
    if (!time)
        return time.error();
    if (!*year)
        return std::string{};
    char text[24];
    std::snprintf(text, sizeof text, "%04d", **year);
    std::string value = text;
    if (!*month)
        return value;
    std::snprintf(text, sizeof text, "-%02d", **month);
    value += text;
    if (!*day)
        return value;
    std::snprintf(text, sizeof text, "-%02d", **day);
    value += text;
    if (!parseCalendarValue(value)) {
        return Error{row.where() + ": " + value + " is not a day of the calendar."};
    }
    if (!*time)
        return value;
    std::snprintf(text, sizeof text, "T%02d:%02d", **time / 60, **time % 60);
    return value + text;
}

}  // namespace

Result<ImportedTimeline> importTimelineCsv(std::string_view bytes, const ImportOptions& options) {
    if (bytes.size() > kMaxImportBytes)
        return Error{"The file is too large to import (over 64 MB)."};
    auto records = parseCsv(bytes);
    if (!records)
        return records.error();
    if (records->empty())
        return Error{"The sheet is empty."};
    std::map<std::string, std::size_t> columns;
    for (std::size_t i = 0; i < records->front().fields.size(); ++i) {
        columns.emplace(lowered(records->front().fields[i]), i);
    }
    if (!columns.contains("year")) {
        return Error{"The sheet has no Year column, so it is not a TimelineJS sheet saved as CSV."};
    }

    ImportedTimeline timeline;
    Article sheet;
    sheet.id = kSheetArticleId;
    sheet.title = "TimelineJS sheet";
    sheet.source = "TimelineJS CSV";
    for (std::size_t r = 1; r < records->size(); ++r) {
        const Row row(columns, (*records)[r]);
        if (row.blank())
            continue;
        const std::string type = lowered(row.cell("type"));
        if (type == "title") {
            if (!row.cell("headline").empty())
                sheet.title = plainText(row.cell("headline"));
            continue;
        }
        if (type == "era")
            continue;
        auto start = dateValue(row, "");
        if (!start)
            return start.error();
        if (start->empty())
            return Error{row.where() + ": the Year is empty."};
        auto end = dateValue(row, "end ");
        if (!end)
            return end.error();

        Event event;
        event.id = static_cast<std::int64_t>(timeline.events.size()) + 1;
        event.sequence = static_cast<int>(event.id);
        event.title = plainText(row.cell("headline"));
        const std::string text = plainText(row.cell("text"));
        if (event.title.empty() && text.empty()) {
            return Error{row.where() + ": the row has neither a Headline nor a Text."};
        }
        const std::string group = lowered(row.cell("group"));
        event.kind = eventKindFromString(group);
        event.time.start = *start;
        event.time.end = *end;
        event.time.timeZone = options.timeZone;
        event.time.derivation = "TimelineJS sheet, " + row.where();
        resolveUtc(event.time);
        if (!text.empty()) {
            if (!sheet.text.empty())
                sheet.text += "\n\n";
            const int begin = codePoints(sheet.text);
            sheet.text += text;
            event.quotes.push_back({kSheetArticleId, begin, begin + codePoints(text), text, {}});
        }
        timeline.events.push_back(std::move(event));
    }
    if (timeline.events.empty())
        return Error{"The sheet has no event rows."};
    if (!sheet.text.empty())
        timeline.articles.push_back(std::move(sheet));
    return timeline;
}

}  // namespace yeonpyo::io
