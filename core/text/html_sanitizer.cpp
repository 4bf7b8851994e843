// The sanitizer: tokens in, a canonical subset out: kept elements with kept attributes, escaped
// text, JSON-LD scripts, and the open-element model deciding which tags may pass.
#include "core/text/html_sanitizer_p.h"

#include <algorithm>
#include <array>

#include "core/text/html_open_elements_p.h"
#include "core/text/html_tokenizer_p.h"

namespace yeonpyo::text {
namespace {

constexpr std::array<std::string_view, 3> kVoidElements{"br", "hr", "meta"};
constexpr std::array<std::string_view, 12> kKeptAttributes{
    "class",    "id",      "itemprop", "hidden", "aria-hidden", "role",
    "datetime", "pubdate", "property", "name",   "content",     "type"};
// Elements whose content is never article text, skipped whole (an unclosed one hides the rest,
// as it does in a browser): inert templates, vector graphics and formulas.
constexpr std::array<std::string_view, 3> kSkippedSubtrees{"template", "svg", "math"};
constexpr std::string_view kLinkTag = "span";  // links become ordinary (non-formatting) elements
constexpr std::string_view kJsonLd = "application/ld+json";

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string_view attributeValue(const HtmlToken& token, std::string_view name) {
    for (const auto& attribute : token.attributes) {
        if (attribute.name == name)
            return attribute.value;
    }
    return {};
}

class Sanitizer {
public:
    // The doctype keeps Gumbo out of quirks mode, where <table> would not close an open <p>.
    explicit Sanitizer(std::size_t inputSize)
        : out_("<!DOCTYPE html>"), open_(kMaxHtmlDepth, kMaxHtmlElements) {
        out_.reserve(inputSize + 64);
    }

    void add(const HtmlToken& token) {
        if (skipping(token))
            return;
        switch (token.kind) {
            case HtmlToken::Kind::Text:
                appendEscaped(token.text, "&lt;");
                break;
            case HtmlToken::Kind::RawText:
                rawText(token.text);
                break;
            case HtmlToken::Kind::StartTag:
                startTag(token);
                break;
            case HtmlToken::Kind::EndTag:
                endTag(token.name);
                break;
        }
    }

    std::string take() { return std::move(out_); }

private:
    // Tracks skipped subtrees; true while token lies inside one.
    bool skipping(const HtmlToken& token) {
        if (skippedElement_.empty()) {
            if (token.kind != HtmlToken::Kind::StartTag || token.selfClosing ||
                !contains(kSkippedSubtrees, token.name)) {
                return false;
            }
            skippedElement_ = token.name;
        }
        if (token.name == skippedElement_ && token.kind == HtmlToken::Kind::StartTag)
            ++skipDepth_;
        if (token.name == skippedElement_ && token.kind == HtmlToken::Kind::EndTag &&
            --skipDepth_ == 0) {
            skippedElement_.clear();
        }
        return true;
    }

    void appendEscaped(std::string_view text, std::string_view lessThan) {
        for (char c : text) {
            if (c == '<')
                out_.append(lessThan);
            else
                out_ += c;
        }
    }

    void rawText(std::string_view text) {
        if (rawElement_ == "title") {
            out_ += "<title>";
            appendEscaped(text, "&lt;");
            out_ += "</title>";
        } else if (rawElement_ == "script" && keepScript_) {
            out_ += "<script type=\"application/ld+json\">";
            appendEscaped(text, "\\u003c");  // a JSON string escape; '<' is only legal in strings
            out_ += "</script>";
        } else if (rawElement_ == "plaintext") {
            appendEscaped(text, "&lt;");
        }
        rawElement_.clear();
    }

    void startTag(const HtmlToken& token) {
        if (isRawTextElement(token.name)) {
            rawElement_ = token.name;
            keepScript_ = token.name == "script" && attributeValue(token, "type") == kJsonLd;
            return;
        }
        const bool isVoid = contains(kVoidElements, token.name);
        const int element = isVoid ? -1 : keptElementIndex(token.name);
        if (isVoid ? !open_.openVoid() : element < 0 || !open_.open(element))
            return;
        const bool link = token.name == "a";
        out_ += '<';
        out_ += link ? kLinkTag : std::string_view(token.name);
        for (const auto& attribute : token.attributes) {
            if (!link && contains(kKeptAttributes, attribute.name))
                appendAttribute(attribute);
        }
        out_ += '>';
    }

    void appendAttribute(const HtmlAttribute& attribute) {
        out_ += ' ';
        out_ += attribute.name;
        out_ += "=\"";
        for (char c : attribute.value) {
            if (c == '"')
                out_ += "&quot;";
            else
                out_ += c;
        }
        out_ += '"';
    }

    void endTag(const std::string& name) {
        const int element = keptElementIndex(name);
        if (element < 0 || !open_.close(element))
            return;
        out_ += "</";
        out_ += name == "a" ? kLinkTag : std::string_view(name);
        out_ += '>';
    }

    std::string out_;
    OpenElements open_;
    std::string rawElement_;
    bool keepScript_ = false;
    std::string skippedElement_;
    std::size_t skipDepth_ = 0;
};

}  // namespace

std::string sanitizeHtml(std::string_view html) {
    Sanitizer sanitizer(html.size());
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token))
        sanitizer.add(token);
    return sanitizer.take();
}

}  // namespace yeonpyo::text
