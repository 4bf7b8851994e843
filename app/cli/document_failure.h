// Names the document, not an article or "the document", when a command fails on a damaged one.
#pragma once

#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::cli {

/// What to report when an operation on an open document failed: when the document fails its
/// integrity check, that verdict ("timeline.yeonpyo is damaged (…)."), which names the document's
/// file; otherwise `failure` itself, whose sentence may name only the article being added.
Error blameDamagedDocument(store::Document& document, Error failure);

}  // namespace yeonpyo::cli
