// Turns a user's search words into an FTS5 trigram query plus substring tests, and cuts snippets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::store {

/// How a query is run: words of three or more code points through the trigram index (each a
/// quoted FTS5 phrase, so query syntax in user text is inert), shorter words as substring tests.
struct SearchPlan {
    std::vector<std::string> words;       ///< All words, ASCII-lowercased, in query order.
    std::string matchExpression;          ///< FTS5 MATCH text; empty when no word is long enough.
    std::vector<std::string> shortWords;  ///< Words of one or two code points.

    bool empty() const { return words.empty(); }
};

/// Splits `query` on white space and plans it.
SearchPlan planSearch(std::string_view query);

/// A piece of `text` around the first occurrence of any word (ASCII case-insensitive), about
/// `context` code points on each side, with every occurrence wrapped in `[` and `]` and an
/// ellipsis where text was cut. Empty when no word occurs.
std::string makeSnippet(std::string_view text, const std::vector<std::string>& words,
                        int context = 30);

/// `text` with ASCII letters lowercased (UTF-8 sequences are left as they are).
std::string asciiLower(std::string_view text);

}  // namespace yeonpyo::store
