// Deterministic synthetic timelines of any size, for benchmarks and tests of documents at scale.
#pragma once

#include <cstdint>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::store {

/// What to generate. The same spec always yields the same events.
struct SyntheticSpec {
    std::int64_t eventCount = 1000;
    std::int64_t firstBeginUtc = 1704067200;  ///< 2024-01-01T00:00Z.
    std::int64_t meanGapSeconds = 3600;       ///< Average time between consecutive event starts.
    std::uint64_t seed = 1;
};

/// The article every synthetic quote cites (plain ASCII text, so code points are bytes).
Article syntheticArticle();

/// Event number `index` (0-based) of a spec: Asia/Seoul local times and their UTC interval
/// (mostly an hour; every 10th a whole day, every 100th a month), a kind and status, a Korean
/// and English title, a place with coordinates in Korea, 0–2 participants, one quote of
/// `articleId`, and, for most, an `after` link to the previous event. Its id is index + 1.
Event syntheticEvent(const SyntheticSpec& spec, std::int64_t index, std::int64_t articleId);

/// Adds syntheticArticle() and spec.eventCount synthetic events to `document` in one transaction
/// (in batches, so memory stays small), with sequences 1…n in time order.
Status writeSyntheticTimeline(Document& document, const SyntheticSpec& spec);

}  // namespace yeonpyo::store
