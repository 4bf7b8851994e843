// A consistent copy of a timeline document in another file ("Save a copy as").
#pragma once

#include <atomic>
#include <filesystem>

#include "core/model/result.h"

namespace yeonpyo::store {

/// Writes a consistent copy of the whole document at `source` to `target` (SQLite's VACUUM INTO,
/// into a file beside `target` that then replaces it), while others may go on writing to the
/// source. Refuses a source that is not a Yeonpyo document and a target that is the source
/// itself, a folder, or in a missing folder. On failure, or when `cancel` is set by another
/// thread, `target` is left as it was and nothing of the copy stays behind.
Status saveDocumentCopy(const std::filesystem::path& source, const std::filesystem::path& target,
                        const std::atomic<bool>* cancel = nullptr);

}  // namespace yeonpyo::store
