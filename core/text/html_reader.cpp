// HTML articles: sanitize, parse with Gumbo, then main text, metadata and dateline fallbacks.
#include "core/text/dateline.h"
#include "core/text/formats_p.h"
#include "core/text/html_dom_p.h"
#include "core/text/html_metadata_p.h"
#include "core/text/html_sanitizer_p.h"
#include "core/text/html_text_p.h"
#include "core/text/text_cleanup_p.h"
#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

// The headline often opens the main element too; the body should not repeat the title.
std::string withoutLeadingTitle(std::string body, std::string_view title) {
    const std::size_t firstBreak = body.find("\n\n");
    const std::string_view first = std::string_view(body).substr(0, firstBreak);
    if (title.empty() || trimSpaces(first) != trimSpaces(title))
        return body;
    return firstBreak == std::string::npos ? std::string() : body.substr(firstBreak + 2);
}

}  // namespace

// Every text taken from the tree goes through repairUtf8: Gumbo decodes a numeric character
// reference whose value overflows (&#6666666666;) into a byte that is not UTF-8.
ArticleParts readHtml(std::string_view html) {
    const HtmlDocument document(sanitizeHtml(html));
    const HtmlMetadata metadata = readHtmlMetadata(document.root());
    ArticleParts parts{repairUtf8(trimSpaces(metadata.title)), {}, repairUtf8(metadata.published)};
    parts.body = withoutLeadingTitle(repairUtf8(extractMainText(document.root())), parts.title);
    if (parts.published.empty())
        parts.published = findDateline(parts.body);
    if (parts.published.empty())
        parts.published = findDateline(repairUtf8(extractText(document.root())));
    return parts;
}

}  // namespace yeonpyo::text
