// HTML → a small well-formed subset, so that Gumbo builds a tree of bounded depth and size from
// any input, however deep, unclosed or hostile.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yeonpyo::text {

/// Elements nested deeper than this are dropped (their text is kept).
inline constexpr std::size_t kMaxHtmlDepth = 128;
/// Elements after this many are dropped (their text is kept).
inline constexpr std::size_t kMaxHtmlElements = 200'000;

/// Rewrites HTML for text extraction: keeps only structural elements (sections, paragraphs,
/// headings, lists, tables, br, meta, time, title), links as <span>, and the attributes the
/// reader looks at; drops inline formatting, forms, media, embedded content, comments, and
/// scripts and styles with their content, except JSON-LD data. Tags nested deeper than
/// kMaxHtmlDepth or past kMaxHtmlElements are dropped. Nothing is fetched.
std::string sanitizeHtml(std::string_view html);

}  // namespace yeonpyo::text
