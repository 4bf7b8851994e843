// saveDocumentCopy: a consistent copy of a document through VACUUM INTO.
#include "core/store/document_copy.h"

#include <sqlite3.h>
#include <unistd.h>

#include <string>
#include <system_error>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/read_access.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;

/// Interrupts a long statement when the flag it is given turns true.
int interruptWhenCancelled(void* flag) {
    return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0;
}

/// Installs interruptWhenCancelled on a connection for as long as it lives.
class CancelHandler {
public:
    CancelHandler(sqlite3* db, const std::atomic<bool>* cancel) : db_(db) {
        if (cancel != nullptr)
            sqlite3_progress_handler(db_, 1000, interruptWhenCancelled,
                                     const_cast<std::atomic<bool>*>(cancel));
    }
    ~CancelHandler() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }
    CancelHandler(const CancelHandler&) = delete;
    CancelHandler& operator=(const CancelHandler&) = delete;

private:
    sqlite3* db_;
};

bool sameFile(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::exists(b, error) && fs::equivalent(a, b, error);
}

}  // namespace

Status saveDocumentCopy(const fs::path& source, const fs::path& target,
                        const std::atomic<bool>* cancel) {
    if (target.empty())
        return Error{"No file was given for the copy."};
    if (sameFile(source, target))
        return Error{target.string() + " is the same file as the document; choose another file " +
                     "for the copy."};
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(parent, error))
        return Error{"The folder " + parent.string() + " does not exist."};
    if (fs::is_directory(target, error))
        return Error{target.string() + " is a folder."};
    const fs::path partial =
        parent / ("." + target.filename().string() + ".part-" + std::to_string(::getpid()));
    fs::remove(partial, error);
    // Opening it as a document first refuses anything that is not one, and upgrades nothing.
    if (auto document = Document::open(source, OpenMode::ReadOnly); !document)
        return document.error();
    auto access = readAccess(source);
    if (!access)
        return access.error();
    auto connection = Connection::open(source, *access);
    if (!connection)
        return connection.error();
    // VACUUM INTO only reads the source, but SQLite refuses it under query_only.
    if (*access == Connection::Access::QueryOnly) {
        if (auto writable = connection->execute("PRAGMA query_only = OFF"); !writable)
            return writable;
    }
    auto vacuum = connection->prepare("VACUUM INTO ?1");
    if (!vacuum)
        return vacuum.error();
    Status copied = success();
    {
        const CancelHandler handler(connection->handle(), cancel);
        copied = vacuum->bindAll(partial.string()).run();
    }
    const bool cancelled = cancel != nullptr && cancel->load();
    if (!copied || cancelled) {
        fs::remove(partial, error);
        return cancelled ? Error{"The copy was cancelled."} : copied.error();
    }
    fs::rename(partial, target, error);
    if (error) {
        fs::remove(partial, error);
        return Error{"The copy " + target.string() + " could not be written: " + error.message() +
                     "."};
    }
    return success();
}

}  // namespace yeonpyo::store
