// The timeline's total order: renumbers the days of a document whose events changed.
#pragma once

#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::pipeline {

/// Gives the events of every day the document's events changed on their ranks by part of day and
/// `after` links (extract::assignSequence), and shifts the later days: the cost follows the
/// changed days, not the document. Call inside the transaction that changed events.
Status renumberTimeline(store::Document& document);

/// Renumbers every day of the document (what renumberTimeline gives after any changes, from
/// scratch).
Status renumberWholeTimeline(store::Document& document);

}  // namespace yeonpyo::pipeline
