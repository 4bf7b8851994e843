// iCalendar (RFC 5545) text rules: escaping TEXT values and folding long content lines.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::io {

/// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control
/// characters (which TEXT may not hold) dropped.
std::string escapeIcsText(std::string_view text);

/// One content line folded to lines of at most 75 octets (a continuation starts with a space),
/// never inside a UTF-8 sequence, each ended by CRLF.
std::string foldIcsLine(std::string_view line);

}  // namespace yeonpyo::io
