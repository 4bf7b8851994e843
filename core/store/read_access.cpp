// Chooses how SQLite opens a document that Yeonpyo only reads, from the files beside it.
#include "core/store/read_access.h"

#include <unistd.h>

#include <string>
#include <system_error>

#include "core/store/file_check.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;

fs::path beside(const fs::path& path, const char* suffix) {
    return fs::path(path.string() + suffix);
}

bool existsBeside(const fs::path& path, const char* suffix) {
    std::error_code ignored;
    return fs::exists(beside(path, suffix), ignored);
}

/// Access in a folder this process cannot write to.
Result<Connection::Access> readAccessInReadOnlyFolder(const fs::path& path) {
    if (existsBeside(path, "-shm"))
        return Connection::Access::ReadOnly;
    for (const char* suffix : {"-wal", "-journal"}) {
        const fs::path log = beside(path, suffix);
        if (holdsChanges(log)) {
            return Error{path.string() + " cannot be read in a read-only folder while " +
                         log.filename().string() +
                         " holds changes not yet in it; copy both files to a writable folder."};
        }
    }
    return Connection::Access::ReadOnlyImmutable;
}

}  // namespace

Result<Connection::Access> readAccess(const fs::path& path) {
    if (!canWriteFolderOf(path))
        return readAccessInReadOnlyFolder(path);
    const bool alone = !existsBeside(path, "-wal") && !existsBeside(path, "-shm") &&
                       !existsBeside(path, "-journal");
    if (alone && ::access(path.c_str(), W_OK) == 0)
        return Connection::Access::QueryOnly;
    return Connection::Access::ReadOnly;
}

}  // namespace yeonpyo::store
