// Direct quotations: outermost quotation mark pairs, single-quoted ones only when several words
// long (Korean news also uses '…' to set off a term, as in '비빔밥 회동').
#include "core/text/quote_pairs_p.h"
#include "core/text/sentences.h"
#include "core/text/text_cleanup_p.h"
#include "core/text/unicode.h"

namespace yeonpyo::text {
namespace {

constexpr std::size_t kMinSingleQuotedWords = 3;

std::size_t wordCount(std::string_view text) {
    std::size_t words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

}  // namespace

std::vector<Quotation> findQuotations(std::string_view utf8) {
    std::vector<Quotation> quotations;
    std::size_t countedTo = 0;
    int codePoints = 0;
    const auto codePointAt = [&](std::size_t byte) {
        codePoints += codePointCount(utf8.substr(countedTo, byte - countedTo));
        countedTo = byte;
        return codePoints;
    };
    for (const QuotePair& pair : findQuotePairs(utf8)) {
        const std::string_view content =
            trimSpaces(utf8.substr(pair.contentBegin, pair.close - pair.contentBegin));
        if (content.empty() || (pair.single && wordCount(content) < kMinSingleQuotedWords))
            continue;
        Quotation quotation;
        quotation.byteBegin = static_cast<std::size_t>(content.data() - utf8.data());
        quotation.byteEnd = quotation.byteBegin + content.size();
        quotation.begin = codePointAt(quotation.byteBegin);
        quotation.end = codePointAt(quotation.byteEnd);
        quotations.push_back(quotation);
    }
    return quotations;
}

}  // namespace yeonpyo::text
