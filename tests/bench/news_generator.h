// Generated news-like text in Korean or English, built from word lists and seeded randomness, with
// the spans of the time expressions it put in (for measuring speed and detection, never copied
// text).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/temporal/temporal.h"

namespace yeonpyo::bench {

struct GeneratedNews {
    std::string text;  ///< UTF-8, paragraphs separated by blank lines.
    /// [begin, end) in code points of each time expression the generator inserted.
    std::vector<std::pair<int, int>> timeSpans;
};

/// At least `bytes` bytes of sentences such as "위원회는 지난 26일 부산에서 협약을 체결했다." or
/// "The ministry signed an agreement in Busan on Feb. 26.", about one in three with a time
/// expression, some with counts that are not times ("5~6곳", "350,000 chips"). The same seed
/// gives the same text.
GeneratedNews generateNews(temporal::Language language, std::size_t bytes,
                           unsigned seed = 20240228);

}  // namespace yeonpyo::bench
