// Statement: an owning RAII wrapper of a prepared SQLite statement with typed binding and reading.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/model/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace yeonpyo::store {

/// A prepared statement. Values are always bound as parameters, never spliced into SQL text.
/// Parameter and column indexes follow SQLite: parameters from 1, columns from 0.
class Statement {
public:
    /// Compiles one SQL statement. `persistent` hints that it will be reused many times.
    static Result<Statement> prepare(sqlite3* db, std::string_view sql, bool persistent = false);

    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view{value});
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view{value}); }
    Statement& bind(int index, std::nullopt_t);
    /// Binds bytes as a BLOB (read back with textAt).
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    /// Binds the arguments to parameters 1, 2, … in order.
    template <typename... Values>
    Statement& bindAll(const Values&... values) {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    /// Advances to the next row: true when a row is available, false when done.
    Result<bool> step();
    /// Steps until done (for statements that return no rows), then resets for reuse.
    Status run();
    /// Rewinds the statement and clears its bindings so that it can be reused.
    void reset();

    std::int64_t int64At(int column) const;
    double realAt(int column) const;
    std::string textAt(int column) const;
    bool isNullAt(int column) const;
    std::optional<std::int64_t> optionalInt64At(int column) const;
    std::optional<double> optionalRealAt(int column) const;

private:
    explicit Statement(sqlite3_stmt* handle) : handle_(handle) {}

    sqlite3_stmt* handle_ = nullptr;
};

/// A reusable statement on loan: reset (and its bindings cleared) when the loan ends, so that a
/// half-read query never keeps a read snapshot of the document open.
class BorrowedStatement {
public:
    explicit BorrowedStatement(Statement& statement) : statement_(&statement) {}
    BorrowedStatement(BorrowedStatement&& other) noexcept
        : statement_(std::exchange(other.statement_, nullptr)) {}
    BorrowedStatement& operator=(BorrowedStatement&&) = delete;
    BorrowedStatement(const BorrowedStatement&) = delete;
    BorrowedStatement& operator=(const BorrowedStatement&) = delete;
    ~BorrowedStatement() {
        if (statement_ != nullptr)
            statement_->reset();
    }

    Statement* operator->() const { return statement_; }
    Statement& operator*() const { return *statement_; }

private:
    Statement* statement_;
};

}  // namespace yeonpyo::store
