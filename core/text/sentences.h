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
    int begin = 0;  ///< First code point.
    int end = 0;    ///< One past the last code point; trailing whitespace excluded.
    int paragraph = 0;  ///< 0-based paragraph index (paragraphs are separated by blank lines).
};

/// Splits text into sentences (lang "ko" or "en"). Never splits inside a quotation mark pair
/// (“…”, "…", ‘…’, '…', 「…」) unless it spans a paragraph break, never splits after common
/// abbreviations (Mr., Feb., U.S.), and splits at every paragraph break.
std::vector<Sentence> splitSentences(std::string_view utf8, std::string_view lang);

/// A direct quotation inside a text: the quoted words without the marks.
struct Quotation {
    std::size_t byteBegin = 0;
    std::size_t byteEnd = 0;
    int begin = 0;
    int end = 0;
};

/// Finds direct quotations (“…”, "…", ‘…’ when long enough, 「…」).
std::vector<Quotation> findQuotations(std::string_view utf8);

}  // namespace yeonpyo::text
