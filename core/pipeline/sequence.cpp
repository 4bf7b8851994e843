// Renumbering a document's events in their total order.
#include "core/pipeline/sequence.h"

#include <vector>

#include "core/extract/ordering.h"

namespace yeonpyo::pipeline {

Status renumberTimeline(store::Document& document) {
    auto events = document.eventsForOrdering();
    if (!events)
        return events.error();
    extract::assignSequence(*events);
    std::vector<std::int64_t> order(events->size());
    for (const Event& event : *events)
        order[static_cast<std::size_t>(event.sequence - 1)] = event.id;
    return document.setSequences(order);
}

}  // namespace yeonpyo::pipeline
