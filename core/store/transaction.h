// Transaction: RAII scope of a SQLite transaction that rolls back unless committed.
#pragma once

#include "core/model/result.h"

struct sqlite3;

namespace yeonpyo::store {

/// Begins a transaction on construction and rolls it back on destruction unless commit()
/// succeeded, so that an early return or a failed step leaves the document as it was.
/// Nested transactions become savepoints inside the outer one.
class Transaction {
public:
    enum class Kind {
        Write,  ///< Takes the write lock at once (BEGIN IMMEDIATE), so it cannot deadlock later.
        Read,   ///< A consistent snapshot for several reads (BEGIN DEFERRED).
    };

    static Result<Transaction> begin(sqlite3* db, Kind kind = Kind::Write);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// Makes the changes permanent (or, for a savepoint, part of the outer transaction).
    Status commit();

private:
    Transaction(sqlite3* db, bool nested) : db_(db), nested_(nested) {}
    void rollback();

    sqlite3* db_ = nullptr;
    bool nested_ = false;
    bool open_ = true;
};

}  // namespace yeonpyo::store
