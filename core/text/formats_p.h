// Readers of the three article formats: plain text, Markdown and HTML, each to body text with
// the title and publication date the source gives.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::text {

/// An article as a format reader found it, before NFC.
struct ArticleParts {
    std::string title;
    std::string body;       ///< Paragraphs separated by "\n\n".
    std::string published;  ///< ISO 8601 or empty.
};

/// Plain text (line breaks already "\n"): the first line is the title when it looks like a
/// headline (short, no final full stop); hard-wrapped lines are joined; a dateline gives the date.
ArticleParts readPlainText(std::string_view text);

/// Markdown: front matter (date:, title:), the first heading as title, markup removed, code
/// fences kept as text.
ArticleParts readMarkdown(std::string_view text);

/// HTML (decoded to UTF-8): the main text with its paragraphs, title and date from metadata or
/// a dateline; all three well-formed UTF-8 whatever the character references say. Never fetches
/// anything the page refers to.
ArticleParts readHtml(std::string_view html);

/// Joins the lines of paragraphs that were hard-wrapped at a fixed width (most inner lines reach
/// close to the longest line, which is at most 100 columns); other line breaks stay.
std::string unwrapHardWrappedLines(std::string_view text);

}  // namespace yeonpyo::text
