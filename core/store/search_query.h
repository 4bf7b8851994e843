// Turns a user's search words into an FTS5 trigram query plus substring tests, and cuts snippets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::store {

/// How a query is run: words of three or more code points through the trigram index (as quoted
/// FTS5 phrases, so query syntax in user text is inert, or as LIKE patterns), shorter words as
/// substring tests, which the index cannot answer.
struct SearchPlan {
    std::vector<std::string> words;       ///< All words, ASCII-lowercased, in query order.
    std::vector<std::string> longWords;   ///< Words of three or more code points.
    std::vector<std::string> shortWords;  ///< Words of one or two code points.
    std::string matchExpression;          ///< FTS5 MATCH text of longWords; empty if none.

    bool empty() const { return words.empty(); }
};

/// Splits `query` on white space and plans it.
SearchPlan planSearch(std::string_view query);

/// The LIKE pattern that finds `word` anywhere ("%word%"), or nothing when the word holds a LIKE
/// wildcard (% or _) and must be found another way.
std::optional<std::string> containsPattern(std::string_view word);

/// A piece of `text` around the first occurrence of any word (ASCII case-insensitive), about
/// `context` code points on each side, with every occurrence wrapped in `[` and `]` and an
/// ellipsis where text was cut. Empty when no word occurs.
std::string makeSnippet(std::string_view text, const std::vector<std::string>& words,
                        int context = 30);

/// `text` with ASCII letters lowercased (UTF-8 sequences are left as they are).
std::string asciiLower(std::string_view text);

}  // namespace yeonpyo::store
