// Quotation mark pairing (“…”, ‘…’, "…", '…', 「…」, 『…』), shared by sentence splitting and
// quotation finding.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace yeonpyo::text {

/// An outermost pair of quotation marks, as byte offsets of the marks themselves.
struct QuotePair {
    std::size_t open = 0;          ///< First byte of the opening mark.
    std::size_t contentBegin = 0;  ///< First byte after the opening mark.
    std::size_t close = 0;         ///< First byte of the closing mark.
    std::size_t end = 0;           ///< First byte after the closing mark.
    bool single = false;  ///< ‘…’ or '…', which also mark words, not only quotations.
};

/// Outermost quotation mark pairs in text order. Pairs never cross a blank line, straight
/// quotes never cross a line break; ’ and ' inside words are apostrophes; an unclosed mark
/// pairs with nothing.
std::vector<QuotePair> findQuotePairs(std::string_view utf8);

}  // namespace yeonpyo::text
