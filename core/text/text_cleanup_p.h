// Clean-up of decoded text shared by every format: binary detection, line breaks, blank lines.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::text {

/// True when more than one code point in a hundred is a control character other than tab and
/// line breaks (C0, DEL, C1), or any is NUL: the bytes were not text.
bool looksLikeBinary(std::string_view utf8);

/// Line breaks become "\n" (CR LF, CR, form feed, vertical tab, NEL, U+2028; U+2029 a blank
/// line); other control characters and byte order marks (U+FEFF) are dropped.
std::string normalizeLineBreaks(std::string_view utf8);

/// Removes spaces at line ends, empties lines of spaces, turns runs of blank lines into one
/// "\n\n" and drops blank lines at the start and the end.
std::string tidyParagraphs(std::string_view text);

/// text without leading and trailing spaces, tabs, line breaks and no-break spaces.
std::string_view trimSpaces(std::string_view text);

}  // namespace yeonpyo::text
