// Connection: an owning RAII handle of one SQLite database connection.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/model/result.h"
#include "core/store/statement.h"

struct sqlite3;

namespace yeonpyo::store {

/// One open SQLite connection; closed when destroyed. Move-only.
class Connection {
public:
    enum class Access {
        ReadOnly,
        /// Read-only without locks or a -shm file (SQLite's immutable=1): only for a file that
        /// nothing writes while it is open.
        ReadOnlyImmutable,
        /// Opened for writing, so that SQLite deletes on closing the -wal and -shm files it
        /// made, with PRAGMA query_only on, so that no statement writes.
        QueryOnly,
        ReadWrite,
        ReadWriteCreate,
    };

    /// Opens `path`. Fails with a sentence naming the file when SQLite cannot open it.
    static Result<Connection> open(const std::filesystem::path& path, Access access);

    Connection() = default;
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    /// Runs SQL text that takes no parameters (schema scripts, pragmas); may hold several
    /// statements.
    Status execute(std::string_view sql);
    /// Compiles one statement for this connection.
    Result<Statement> prepare(std::string_view sql) { return Statement::prepare(handle_, sql); }
    /// Runs a query that yields one integer ("PRAGMA user_version").
    Result<std::int64_t> queryInt(std::string_view sql);

    /// True when SQLite opened the file read-only (asked to, or the file was not writable);
    /// false for Access::QueryOnly.
    bool isReadOnly() const;
    sqlite3* handle() const { return handle_; }

private:
    explicit Connection(sqlite3* handle) : handle_(handle) {}

    sqlite3* handle_ = nullptr;
};

}  // namespace yeonpyo::store
