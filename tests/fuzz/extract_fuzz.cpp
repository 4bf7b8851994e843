// Fuzz target for core/extract: any text through extract(), checking ids, order, links and quote
// offsets.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/extract/extractor.h"
#include "core/text/unicode.h"

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

void checkEvents(const yeonpyo::Article& article, const std::vector<yeonpyo::Event>& events) {
    const yeonpyo::text::CodePointIndex index(article.text);
    std::vector<int> sequences;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& event = events[i];
        require(event.id == static_cast<std::int64_t>(i + 1));
        sequences.push_back(event.sequence);
        for (const auto previous : event.after) {
            require(previous >= 1 && previous <= static_cast<std::int64_t>(events.size()));
            require(previous != event.id);
        }
        for (const auto& quote : event.quotes) {
            require(quote.articleId == article.id);
            require(0 <= quote.start && quote.start < quote.end && quote.end <= index.size());
            const auto begin = index.toByte(quote.start);
            require(article.text.compare(begin, index.toByte(quote.end) - begin, quote.text) == 0);
        }
    }
    std::sort(sequences.begin(), sequences.end());
    for (std::size_t i = 0; i < sequences.size(); ++i)
        require(sequences[i] == static_cast<int>(i + 1));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const bool korean = (data[0] & 1) != 0;
    yeonpyo::Article article;
    article.id = 7;
    article.lang = korean ? "ko" : "en";
    article.text = yeonpyo::text::normalizeNfc(
        std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    yeonpyo::temporal::Reference reference;
    if ((data[0] & 2) != 0)
        reference.date = yeonpyo::temporal::CivilDate{2024, 2, 28};
    checkEvents(article,
                yeonpyo::extract::extract(article, reference, yeonpyo::lexicon::builtinLexicon()));
    return 0;
}
