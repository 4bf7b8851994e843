// Gumbo document ownership and iterative tree walks (no recursion, whatever the depth).
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yeonpyo::text {

/// A parsed HTML document; keeps the source Gumbo points into and frees the tree when destroyed.
class HtmlDocument {
public:
    explicit HtmlDocument(std::string html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    const GumboNode* root() const { return output_->root; }

private:
    std::string source_;
    GumboOutput* output_;
};

/// The value of an element's attribute, or empty.
std::string_view attribute(const GumboNode* element, const char* name);

/// True for element nodes with the given tag.
inline bool isElement(const GumboNode* node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

/// The text of a text, whitespace or CDATA node; empty for other nodes.
std::string_view nodeText(const GumboNode* node);

/// Walks the tree under root in document order with an explicit stack. enter(node) is called
/// for every node and returns whether to visit an element's children; exit(node) follows once
/// the children of an entered element are done.
template <typename Enter, typename Exit>
void walkTree(const GumboNode* root, Enter&& enter, Exit&& exit) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack;  // node, next child index
    if (!enter(root))
        return;
    stack.emplace_back(root, 0u);
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const bool hasChildren = node->type == GUMBO_NODE_ELEMENT ||
                                 node->type == GUMBO_NODE_DOCUMENT ||
                                 node->type == GUMBO_NODE_TEMPLATE;
        const GumboVector* children = !hasChildren ? nullptr
                                      : node->type == GUMBO_NODE_DOCUMENT
                                          ? &node->v.document.children
                                          : &node->v.element.children;
        if (children == nullptr || next >= children->length) {
            const GumboNode* done = node;
            stack.pop_back();
            exit(done);
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children->data[next++]);
        if (enter(child) && child->type != GUMBO_NODE_TEXT &&
            child->type != GUMBO_NODE_WHITESPACE && child->type != GUMBO_NODE_CDATA &&
            child->type != GUMBO_NODE_COMMENT) {
            stack.emplace_back(child, 0u);
        }
    }
}

}  // namespace yeonpyo::text
