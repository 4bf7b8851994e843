// The sanitizer's model of the elements an HTML5 parser holds open, used to bound the depth of
// the tree Gumbo builds.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace yeonpyo::text {

/// Elements the sanitizer keeps: structural ones, time, and links ("a").
inline constexpr std::array<std::string_view, 38> kKeptElements{
    "a",       "article",    "main",       "section", "div",   "p",     "h1",      "h2",
    "h3",      "h4",         "h5",         "h6",      "ul",    "ol",    "li",      "dl",
    "dt",      "dd",         "blockquote", "pre",     "table", "tr",    "td",      "th",
    "figure",  "figcaption", "header",     "footer",  "nav",   "aside", "address", "center",
    "details", "summary",    "time",       "listing", "menu",  "dir"};

/// Index of name in kKeptElements, or -1.
int keptElementIndex(std::string_view name);

/// Tracks open elements the way Gumbo would, erring on the deep side: it pops an element only
/// where Gumbo certainly pops it too (implied ends of p, li, dt, dd, td, th, tr; end tags within
/// their HTML5 scope), so Gumbo's tree is never deeper than the model by more than the tbody
/// and tr elements it adds to tables.
class OpenElements {
public:
    OpenElements(std::size_t maxDepth, std::size_t maxElements)
        : maxDepth_(maxDepth), maxElements_(maxElements) {}

    /// A start tag of kept element index; false when it must be dropped (too deep, too many).
    bool open(int element);
    /// A void element (br, hr, meta); false when it must be dropped (too many elements).
    bool openVoid();
    /// An end tag of kept element index; false when it must be dropped (nothing to close, or
    /// its start tag was dropped).
    bool close(int element);

private:
    void closeImplied(std::string_view name);

    std::size_t maxDepth_;
    std::size_t maxElements_;
    std::size_t elements_ = 0;
    std::vector<std::uint8_t> open_;
    std::array<std::size_t, kKeptElements.size()> dropped_{};
};

}  // namespace yeonpyo::text
