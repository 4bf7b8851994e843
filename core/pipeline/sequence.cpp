// Renumbering a document's events in their total order, day by day.
#include "core/pipeline/sequence.h"

#include "core/extract/ordering.h"

namespace yeonpyo::pipeline {

Status renumberTimeline(store::Document& document) {
    return document.renumberChangedDays(
        [](std::vector<Event>& dayEvents) { extract::assignSequence(dayEvents); });
}

Status renumberWholeTimeline(store::Document& document) {
    if (auto marked = document.markAllDaysChanged(); !marked)
        return marked;
    return renumberTimeline(document);
}

}  // namespace yeonpyo::pipeline
