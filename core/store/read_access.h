// How a document that is only read is opened: in a read-only folder too, and without leaving
// SQLite's -wal and -shm files behind in a writable one.
#pragma once

#include <filesystem>

#include "core/model/result.h"
#include "core/store/connection.h"

namespace yeonpyo::store {

/// How SQLite should open the existing document at `path` for reading only:
/// - QueryOnly when the file and its folder are writable and no -wal, -shm or -journal file lies
///   beside it, so that SQLite removes the -wal and -shm files it makes when it closes;
/// - ReadOnlyImmutable when the folder is read-only and holds no -shm file, which SQLite could
///   not create there (it needs one for a WAL document), and no log holds changes. With no -shm
///   file, no connection has the document open in WAL mode; one that starts during the read
///   (only another user who may write to the folder could) is not seen;
/// - an error sentence in that same folder when the -wal or -journal file holds changes that
///   SQLite can only read with files it may create;
/// - ReadOnly otherwise (SQLite's own read-only handling, beside existing files).
Result<Connection::Access> readAccess(const std::filesystem::path& path);

}  // namespace yeonpyo::store
