// Main-element choice by the share of non-link text, and block-aware text extraction from
// Gumbo's tree: blocks make paragraphs, <br> lines, white space collapses outside <pre>.
#include "core/text/html_text_p.h"

#include <functional>
#include <unordered_map>
#include <vector>

#include "core/text/html_dom_p.h"
#include "core/text/text_cleanup_p.h"

namespace yeonpyo::text {
namespace {

// An <article> needs this share of the page's text to be taken as the story.
constexpr double kArticleShare = 0.2;
// Otherwise the story is found by going down from <body> into the container that holds this
// share of its parent's text, as long as there is one.
constexpr double kMainShare = 0.8;
// A block whose text is at least this share link text is navigation, not story.
constexpr double kLinkListShare = 0.5;

bool isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Links arrive from the sanitizer as <span>; <time> is the only other inline element kept.
bool isLink(const GumboNode* node) {
    return isElement(node, GUMBO_TAG_SPAN);
}

bool isInline(const GumboNode* node) {
    return isLink(node) || isElement(node, GUMBO_TAG_TIME);
}

// Elements that group blocks; the search for the story never goes into a paragraph or a list
// item, so a short lead paragraph is not lost to a long second one.
bool isContainer(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_CENTER:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TD:
            return true;
        default:
            return false;
    }
}

bool isNeverText(const GumboNode* node) {
    return isElement(node, GUMBO_TAG_SCRIPT) || isElement(node, GUMBO_TAG_STYLE) ||
           isElement(node, GUMBO_TAG_TITLE) || isElement(node, GUMBO_TAG_HEAD);
}

bool isPageFurniture(const GumboNode* node) {
    switch (node->v.element.tag) {
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FIGCAPTION:
            return true;
        default:
            return gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr ||
                   attribute(node, "aria-hidden") == "true";
    }
}

std::size_t visibleBytes(std::string_view text) {
    std::size_t count = 0;
    for (char c : text)
        count += isHtmlSpace(c) ? 0 : 1;
    return count;
}

struct TextCounts {
    std::size_t text = 0;
    std::size_t linkText = 0;
    std::size_t content() const { return text - linkText; }
    bool mostlyLinks() const {
        return text > 0 &&
               static_cast<double>(linkText) >= kLinkListShare * static_cast<double>(text);
    }
};

// Visible and link text per element, page furniture counted as nothing.
class TextDensity {
public:
    explicit TextDensity(const GumboNode* root) : body_(root) {
        std::vector<TextCounts> open;
        int linkDepth = 0;
        walkTree(
            root,
            [&](const GumboNode* node) {
                if (node->type != GUMBO_NODE_ELEMENT) {
                    const std::size_t bytes = visibleBytes(nodeText(node));
                    if (!open.empty())
                        open.back().text += bytes;
                    if (!open.empty() && linkDepth > 0)
                        open.back().linkText += bytes;
                    return false;
                }
                if (isNeverText(node) || isPageFurniture(node))
                    return false;
                if (isElement(node, GUMBO_TAG_BODY))
                    body_ = node;
                if (isElement(node, GUMBO_TAG_ARTICLE))
                    articles_.push_back(node);
                if (isLink(node))
                    ++linkDepth;
                open.emplace_back();
                return true;
            },
            [&](const GumboNode* node) {
                if (isLink(node))
                    --linkDepth;
                const TextCounts done = open.back();
                open.pop_back();
                counts_[node] = done;
                if (!open.empty()) {
                    open.back().text += done.text;
                    open.back().linkText += done.linkText;
                }
            });
    }

    TextCounts of(const GumboNode* node) const {
        const auto found = counts_.find(node);
        return found == counts_.end() ? TextCounts() : found->second;
    }

    const GumboNode* mainElement() const {
        const double total = static_cast<double>(of(body_).content());
        const GumboNode* bestArticle = nullptr;
        for (const GumboNode* article : articles_) {
            if (bestArticle == nullptr || of(article).content() > of(bestArticle).content())
                bestArticle = article;
        }
        if (bestArticle != nullptr && of(bestArticle).content() > 0 &&
            static_cast<double>(of(bestArticle).content()) >= kArticleShare * total) {
            return bestArticle;
        }
        const GumboNode* main = body_;
        for (bool deeper = total > 0; deeper;) {
            deeper = false;
            const double share = kMainShare * static_cast<double>(of(main).content());
            const GumboVector& children = main->v.element.children;
            for (unsigned i = 0; i < children.length && !deeper; ++i) {
                const auto* child = static_cast<const GumboNode*>(children.data[i]);
                if (isContainer(child) && static_cast<double>(of(child).content()) >= share) {
                    main = child;
                    deeper = true;
                }
            }
        }
        return main;
    }

private:
    const GumboNode* body_;
    std::vector<const GumboNode*> articles_;
    std::unordered_map<const GumboNode*, TextCounts> counts_;
};

// Accumulates text with HTML's white-space rules and block breaks.
class TextBuilder {
public:
    void text(std::string_view text, bool preformatted) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            const bool noBreakSpace = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
            if (preformatted && c == '\n') {
                lineBreak();
            } else if (!preformatted && (isHtmlSpace(c) || noBreakSpace)) {
                space_ = !out_.empty();
                i += noBreakSpace ? 1 : 0;  // &nbsp; collapses like a space
            } else {
                flush();
                out_ += c;
            }
        }
    }
    void lineBreak() { breaks_ = breaks_ < 2 ? breaks_ + 1 : 2; }
    void paragraphBreak() { breaks_ = 2; }
    std::string finish() { return tidyParagraphs(out_); }

private:
    void flush() {
        if (breaks_ > 0 && !out_.empty()) {
            out_.append(breaks_ == 1 ? "\n" : "\n\n");
        } else if (space_ && breaks_ == 0) {
            out_ += ' ';
        }
        breaks_ = 0;
        space_ = false;
    }

    std::string out_;
    int breaks_ = 0;
    bool space_ = false;
};

// The text under element; skip(node) leaves out an element below it with its content.
std::string collectText(const GumboNode* element,
                        const std::function<bool(const GumboNode*)>& skip) {
    TextBuilder builder;
    int preformatted = 0;
    const auto isPre = [](const GumboNode* node) {
        return isElement(node, GUMBO_TAG_PRE) || isElement(node, GUMBO_TAG_LISTING);
    };
    walkTree(
        element,
        [&](const GumboNode* node) {
            if (node->type != GUMBO_NODE_ELEMENT) {
                builder.text(nodeText(node), preformatted > 0);
                return false;
            }
            if (node != element && (isNeverText(node) || skip(node)))
                return false;
            if (isElement(node, GUMBO_TAG_BR)) {
                builder.lineBreak();
                return false;
            }
            if (isPre(node))
                ++preformatted;
            if (!isInline(node))
                builder.paragraphBreak();
            return true;
        },
        [&](const GumboNode* node) {
            if (isPre(node))
                --preformatted;
            if (!isInline(node))
                builder.paragraphBreak();
        });
    return builder.finish();
}

}  // namespace

std::string extractMainText(const GumboNode* root) {
    const TextDensity density(root);
    std::string text = collectText(density.mainElement(), [&](const GumboNode* node) {
        return isPageFurniture(node) || (!isInline(node) && density.of(node).mostlyLinks());
    });
    return text.empty() ? extractText(root) : text;
}

std::string extractText(const GumboNode* element) {
    return collectText(element, [](const GumboNode*) { return false; });
}

}  // namespace yeonpyo::text
