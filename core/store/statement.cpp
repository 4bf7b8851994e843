// Prepared-statement wrapper: binding with SQLITE_TRANSIENT copies, stepping with readable errors.
#include "core/store/statement.h"

#include <sqlite3.h>

#include <utility>

#include "core/store/sqlite_error.h"

namespace yeonpyo::store {

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, bool persistent) {
    sqlite3_stmt* handle = nullptr;
    const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    const int code =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), flags, &handle, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(handle);
        return sqliteError(db, code, "read the document");
    }
    return Statement{handle};
}

Statement::Statement(Statement&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(handle_);
        handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(handle_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(handle_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(handle_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text64(handle_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(handle_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    sqlite3_bind_null(handle_, index);
    return *this;
}

Result<bool> Statement::step() {
    const int code = sqlite3_step(handle_);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    const bool writing = sqlite3_stmt_readonly(handle_) == 0;
    Error error = sqliteError(sqlite3_db_handle(handle_), code,
                              writing ? "write to the document" : "read the document");
    sqlite3_reset(handle_);
    return error;
}

Status Statement::run() {
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    reset();
    return success();
}

void Statement::reset() {
    sqlite3_reset(handle_);
    sqlite3_clear_bindings(handle_);
}

std::int64_t Statement::int64At(int column) const {
    return sqlite3_column_int64(handle_, column);
}

double Statement::realAt(int column) const {
    return sqlite3_column_double(handle_, column);
}

std::string Statement::textAt(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(handle_, column));
    if (text == nullptr)
        return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(handle_, column)));
}

bool Statement::isNullAt(int column) const {
    return sqlite3_column_type(handle_, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::optionalInt64At(int column) const {
    if (isNullAt(column))
        return std::nullopt;
    return int64At(column);
}

std::optional<double> Statement::optionalRealAt(int column) const {
    if (isNullAt(column))
        return std::nullopt;
    return realAt(column);
}

}  // namespace yeonpyo::store
