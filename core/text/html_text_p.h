// The main text of an HTML page: which element holds it, and its text with paragraph breaks.
#pragma once

#include <gumbo.h>

#include <string>

namespace yeonpyo::text {

/// The article text of a page. The story is the <article> with the most text outside links,
/// when it has at least a fifth of the page's; otherwise the smallest element holding four
/// fifths of it. Navigation, headers, footers, asides, figure captions, hidden elements and
/// blocks made mostly of links (menus, share buttons, related stories) are left out. Falls back
/// to all the page's text when that leaves nothing.
std::string extractMainText(const GumboNode* root);

/// All the text under element except scripts, styles and titles (of nested elements).
std::string extractText(const GumboNode* element);

}  // namespace yeonpyo::text
