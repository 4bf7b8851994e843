// Test data: the first story's five itinerary events (design.md), built in code, and generated
// crowds.
#pragma once

#include <QTimeZone>

#include <cstdint>
#include <vector>

#include "app/render/timeline_data.h"
#include "core/model/article.h"
#include "core/model/event.h"

namespace yeonpyo::render::testing {

/// Seconds since the epoch of a Seoul wall-clock time ("2024-02-28T12:00").
std::int64_t seoulSeconds(const char* localIsoDateTime);

/// Zuckerberg's Seoul visit, 28–29 February 2024: meeting, lunch, dinner, two planned events.
std::vector<Event> zuckerbergSeoulEvents();
/// The (fictitious, test-only) articles the events cite.
std::vector<Article> zuckerbergSeoulArticles();

/// count rows spread uniformly at random over [begin, begin + span), with kinds, a mix of exact
/// and day-precision times, and sequence numbers; the same seed gives the same rows. With
/// lanesByKind, each row's lane is its kind.
std::vector<TimelineEntry> generatedEntries(std::size_t count, std::int64_t begin,
                                            std::int64_t span, bool lanesByKind = false,
                                            unsigned seed = 7);

/// The same rows as generatedEntries as Event values (Seoul time, places around Seoul).
std::vector<Event> generatedEvents(std::size_t count, std::int64_t begin, std::int64_t span,
                                   unsigned seed = 7);

}  // namespace yeonpyo::render::testing
