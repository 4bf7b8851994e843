// Fuzz target for core/text: any bytes through loadArticle (content sniffing, forced HTML and
// forced Markdown), then sentences, quotations and the dateline of what loaded, checking that
// every offset points into the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/text/dateline.h"
#include "core/text/loader.h"
#include "core/text/sentences.h"
#include "core/text/unicode.h"

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

void checkSegments(const std::string& text, const std::string& lang) {
    const yeonpyo::text::CodePointIndex index(text);
    std::size_t previousEnd = 0;
    for (const auto& sentence : yeonpyo::text::splitSentences(text, lang)) {
        require(previousEnd <= sentence.byteBegin && sentence.byteBegin < sentence.byteEnd);
        require(sentence.byteEnd <= text.size());
        require(sentence.byteEnd - sentence.byteBegin <= yeonpyo::text::kMaxSentenceBytes);
        require(index.toCodePoint(sentence.byteBegin) == sentence.begin);
        require(index.toCodePoint(sentence.byteEnd) == sentence.end);
        previousEnd = sentence.byteEnd;
    }
    for (const auto& quotation : yeonpyo::text::findQuotations(text)) {
        require(quotation.byteBegin < quotation.byteEnd && quotation.byteEnd <= text.size());
        require(index.toByte(quotation.begin) == quotation.byteBegin);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"", "fuzz.html", "fuzz.md"}) {
        const auto loaded = yeonpyo::text::loadArticle(bytes, name);
        if (!loaded) {
            require(!loaded.error().message.empty() && loaded.error().message.back() == '.');
            continue;
        }
        require(!loaded->text.empty());
        require(loaded->text == yeonpyo::text::normalizeNfc(loaded->text));
        checkSegments(loaded->text, loaded->lang);
    }
    yeonpyo::text::findDateline(bytes);
    yeonpyo::text::normalizeDateTime(bytes);
    return 0;
}
