// Plain text from the small HTML fragments TimelineJS allows in its cells, and HTML from text.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::io {

/// `html` without its tags, with the common character references decoded (&amp; &lt; &gt;
/// &quot; &#39; &nbsp; and numeric ones), <br> and </p> as line breaks, ends trimmed.
std::string plainText(std::string_view html);

/// `text` with & < > " ' escaped, safe inside HTML or XML elements and attribute values; C0
/// control characters other than tab and line breaks are dropped (XML 1.0 forbids them).
std::string escapeMarkup(std::string_view text);

}  // namespace yeonpyo::io
