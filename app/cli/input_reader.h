// Reads the INPUT arguments of `ingest`: files, '-' for standard input, and http(s) URLs.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

#include "core/model/result.h"
#include "core/pipeline/ingest.h"

namespace yeonpyo::cli {

/// Reads every input completely before anything is written; the first unreadable one is an
/// error sentence naming it (a missing file, a folder, a file over the size limit, a failed
/// download).
Result<std::vector<pipeline::IngestInput>> readInputs(const QStringList& arguments);

}  // namespace yeonpyo::cli
