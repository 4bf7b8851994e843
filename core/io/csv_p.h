// RFC 4180 CSV: reading records (quoted fields, embedded line breaks) and quoting fields to write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/result.h"

namespace yeonpyo::io {

struct CsvRecord {
    std::vector<std::string> fields;
    int line = 0;  ///< 1-based line where the record starts.
};

/// Parses CSV text (a UTF-8 byte order mark is skipped; CRLF or LF line ends). Fails on a quoted
/// field that never ends or on text between a closing quote and the next comma, naming the line.
Result<std::vector<CsvRecord>> parseCsv(std::string_view text);

/// A field as RFC 4180 writes it: in double quotes (inner quotes doubled) when it holds a comma,
/// a quote, a line break or leading or trailing space; as it is otherwise.
std::string csvField(std::string_view value);

}  // namespace yeonpyo::io
