// BEGIN/COMMIT/ROLLBACK and savepoints behind the Transaction RAII scope.
#include "core/store/transaction.h"

#include <sqlite3.h>

#include <utility>

#include "core/store/sqlite_error.h"

namespace yeonpyo::store {
namespace {

constexpr const char* kSavepoint = "SAVEPOINT yeonpyo_nested";
constexpr const char* kReleaseSavepoint = "RELEASE yeonpyo_nested";
constexpr const char* kRollbackSavepoint = "ROLLBACK TO yeonpyo_nested; RELEASE yeonpyo_nested";

int run(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

}  // namespace

Result<Transaction> Transaction::begin(sqlite3* db, Kind kind) {
    const bool nested = sqlite3_get_autocommit(db) == 0;
    const char* sql = nested ? kSavepoint : kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN";
    const int code = run(db, sql);
    if (code != SQLITE_OK)
        return sqliteError(db, code, "start a transaction");
    return Transaction{db, nested};
}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(other.db_), nested_(other.nested_), open_(std::exchange(other.open_, false)) {}

Transaction::~Transaction() {
    if (open_)
        rollback();
}

Status Transaction::commit() {
    if (!open_)
        return Error{"The transaction was already finished."};
    const int code = run(db_, nested_ ? kReleaseSavepoint : "COMMIT");
    if (code != SQLITE_OK) {
        rollback();
        return sqliteError(db_, code, "save the changes");
    }
    open_ = false;
    return success();
}

void Transaction::rollback() {
    open_ = false;
    if (nested_) {
        run(db_, kRollbackSavepoint);
    } else if (sqlite3_get_autocommit(db_) == 0) {
        run(db_, "ROLLBACK");
    }
}

}  // namespace yeonpyo::store
