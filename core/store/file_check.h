// Looks at a file's bytes before SQLite opens it, so that foreign or damaged files are refused
// untouched.
#pragma once

#include <filesystem>

#include "core/model/result.h"

namespace yeonpyo::store {

enum class FileState {
    Missing,   ///< Nothing at that path yet.
    Empty,     ///< A file of zero bytes (SQLite treats it as a blank database).
    Database,  ///< A SQLite database whose header and size are consistent.
};

/// Classifies `path`, or says in one sentence why it cannot be a document: a folder, not a
/// SQLite database, a truncated database.
Result<FileState> inspectDatabaseFile(const std::filesystem::path& path);

/// Checks that the file (when it exists) and its folder can be written, as SQLite's WAL mode
/// needs to create files beside the document.
Status checkWritable(const std::filesystem::path& path, FileState state);

/// True when this process may create files in the folder of `path`.
bool canWriteFolderOf(const std::filesystem::path& path);

/// True when `log` (a document's -wal or -journal file) exists and is not empty: it holds
/// changes that are not in the document file itself.
bool holdsChanges(const std::filesystem::path& log);

}  // namespace yeonpyo::store
