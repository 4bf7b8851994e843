// The streaming readers behind io::streamEvents, one per format.
#pragma once

#include <istream>

#include "core/io/import.h"

namespace yeonpyo::io {

/// A yeonpyo.events/1 document: its articles, then its events in batches.
Status streamJson(std::istream& in, const ImportOptions& options, const ImportPartSink& sink);

/// One yeonpyo.events/1 document a line; blank lines are skipped.
Status streamJsonLines(std::istream& in, const ImportOptions& options, const ImportPartSink& sink);

}  // namespace yeonpyo::io
