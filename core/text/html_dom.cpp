// HtmlDocument: parsing with error recording off, and attribute and text accessors.
#include "core/text/html_dom_p.h"

#include <utility>

namespace yeonpyo::text {

HtmlDocument::HtmlDocument(std::string html) : source_(std::move(html)) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the reader never looks at parse errors; do not collect them
    output_ = gumbo_parse_with_options(&options, source_.data(), source_.size());
}

HtmlDocument::~HtmlDocument() {
    gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::string_view attribute(const GumboNode* element, const char* name) {
    if (element->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute* found = gumbo_get_attribute(&element->v.element.attributes, name);
    return found == nullptr ? std::string_view() : std::string_view(found->value);
}

std::string_view nodeText(const GumboNode* node) {
    const bool text = node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                      node->type == GUMBO_NODE_CDATA;
    return text ? std::string_view(node->v.text.text) : std::string_view();
}

}  // namespace yeonpyo::text
