// The timeline's total order: renumbers every event of a document after events changed.
#pragma once

#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::pipeline {

/// Gives every event of the document its rank (sequence 1, 2, …) by date, part of day and the
/// `after` links (extract::assignSequence). Call inside the transaction that changed events.
Status renumberTimeline(store::Document& document);

}  // namespace yeonpyo::pipeline
