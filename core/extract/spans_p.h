// Binary searches in spans kept in text order (hits, cues, quotations, sentences, mentions), so
// that per-trigger questions about an article cost a logarithm, not a pass over the article.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <vector>

namespace yeonpyo::extract {

/// The first span whose start (start(span), ascending along spans) is at or after pos.
template <typename Span, typename Start>
typename std::vector<Span>::const_iterator firstStartingFrom(const std::vector<Span>& spans,
                                                             std::size_t pos, Start start) {
    return std::partition_point(spans.begin(), spans.end(),
                                [&](const Span& span) { return start(span) < pos; });
}

/// The last span that starts at or before pos; nullptr when none does.
template <typename Span, typename Start>
const Span* lastStartingBy(const std::vector<Span>& spans, std::size_t pos, Start start) {
    const auto after = std::partition_point(spans.begin(), spans.end(),
                                            [&](const Span& span) { return start(span) <= pos; });
    return after == spans.begin() ? nullptr : &*std::prev(after);
}

/// The last span that ends at or before pos, among spans that do not overlap (so that their ends
/// ascend with their starts); nullptr when none does.
template <typename Span>
const Span* lastEndingBy(const std::vector<Span>& spans, std::size_t pos) {
    const auto after = std::partition_point(spans.begin(), spans.end(),
                                            [&](const Span& span) { return span.end <= pos; });
    return after == spans.begin() ? nullptr : &*std::prev(after);
}

/// Starts of the usual span types.
inline constexpr auto byBegin = [](const auto& span) { return span.begin; };
inline constexpr auto byByteBegin = [](const auto& span) { return span.byteBegin; };

}  // namespace yeonpyo::extract
