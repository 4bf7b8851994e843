// Sentence and quotation segmentation of article text with ICU's BreakIterator.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::text {

/// One sentence of a text, located both in bytes and in code points.
struct Sentence {
    std::size_t byteBegin = 0;
    std::size_t byteEnd = 0;
    int begin = 0;      ///< First code point.
    int end = 0;        ///< One past the last code point; trailing whitespace excluded.
    int paragraph = 0;  ///< 0-based paragraph index (paragraphs are separated by blank lines).
};

/// Longest sentence splitSentences returns, in bytes: a longer run without a sentence end is cut
/// at its last space before the limit (anywhere between code points if it has none).
inline constexpr std::size_t kMaxSentenceBytes = 8192;

/// Splits text into sentences (lang "ko" or "en") with ICU's sentence rules, in linear time.
/// Never splits inside a quotation mark pair (“…”, "…", ‘…’, '…', 「…」) unless it spans a
/// paragraph break, nor between a closing mark and words attached to it (“…”고 말했다,
/// "…?" he asked); never splits after common abbreviations (Mr., Feb., U.S.); splits at every
/// paragraph break and, outside quotations, at every line break (headline and caption lines).
/// Sentences exclude surrounding white space; empty ones are dropped.
std::vector<Sentence> splitSentences(std::string_view utf8, std::string_view lang);

/// A direct quotation inside a text: the quoted words without the marks.
struct Quotation {
    std::size_t byteBegin = 0;
    std::size_t byteEnd = 0;
    int begin = 0;
    int end = 0;
};

/// Finds direct quotations (“…”, "…", 「…」, 『…』, and ‘…’ or '…' of at least three words),
/// outermost only, within a paragraph; the span excludes the marks and surrounding spaces.
std::vector<Quotation> findQuotations(std::string_view utf8);

}  // namespace yeonpyo::text
