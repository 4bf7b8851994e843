// Independent readers of the export formats (CSV, iCalendar, XML), written for the tests so that
// an escaping mistake of the exporters is not hidden by the same mistake in their own readers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::cli::testing {

using CsvRows = std::vector<std::vector<std::string>>;

/// RFC 4180: fields separated by commas, quoted fields may hold commas, quotes (doubled) and
/// line breaks; records end with CRLF or LF; a leading UTF-8 byte order mark is skipped. Nothing
/// when a quoted field is left open or a quote is followed by anything but a separator.
std::optional<CsvRows> readCsv(std::string_view text);

/// The content lines of an iCalendar stream (RFC 5545 §3.1): folded lines joined, CRLF removed.
std::vector<std::string> unfoldIcs(std::string_view text);

/// The values of every `name` property (`SUMMARY:…` or `SUMMARY;LANGUAGE=ko:…`), TEXT-unescaped
/// (\\n, \\N, \\, \\; and \\\\).
std::vector<std::string> icsTextValues(const std::vector<std::string>& lines,
                                       std::string_view name);

/// An XML document as a reader sees it: whether it parsed, the names of all elements, and the
/// text of every element named `textOf`.
struct XmlContent {
    bool wellFormed = false;
    std::string error;
    std::vector<std::string> elementNames;
    std::vector<std::string> texts;
};
XmlContent readXml(std::string_view xml, std::string_view textOf);

}  // namespace yeonpyo::cli::testing
