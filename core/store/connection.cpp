// Opening, closing and running parameterless SQL on a SQLite connection.
#include "core/store/connection.h"

#include <sqlite3.h>

#include <string>
#include <utility>

#include "core/store/sqlite_error.h"

namespace yeonpyo::store {
namespace {

int flagsFor(Connection::Access access) {
    switch (access) {
        case Connection::Access::ReadOnly:
            return SQLITE_OPEN_READONLY;
        case Connection::Access::ReadOnlyImmutable:
            return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        case Connection::Access::QueryOnly:
        case Connection::Access::ReadWrite:
            return SQLITE_OPEN_READWRITE;
        case Connection::Access::ReadWriteCreate:
            return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

bool keptInUri(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
           c == '-' || c == '.' || c == '_';
}

/// A file: URI (https://sqlite.org/uri.html) of path with immutable=1; every byte other than
/// ASCII letters, digits, "/", "-", "." and "_" is percent-encoded.
std::string immutableUri(const std::filesystem::path& path) {
    constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char c : std::filesystem::absolute(path).string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (keptInUri(c)) {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0xF];
        }
    }
    return uri + "?immutable=1";
}

}  // namespace

Result<Connection> Connection::open(const std::filesystem::path& path, Access access) {
    sqlite3* handle = nullptr;
    const int flags = flagsFor(access) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const std::string name =
        access == Access::ReadOnlyImmutable ? immutableUri(path) : path.string();
    const int code = sqlite3_open_v2(name.c_str(), &handle, flags, nullptr);
    Connection connection{handle};
    if (code != SQLITE_OK) {
        return sqliteError(handle, code, "open " + path.string());
    }
    sqlite3_extended_result_codes(handle, 1);
    if (access == Access::QueryOnly) {
        if (auto queryOnly = connection.execute("PRAGMA query_only = ON"); !queryOnly)
            return queryOnly.error();
    }
    return connection;
}

Connection::Connection(Connection&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(handle_);
        handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
}

Connection::~Connection() {
    sqlite3_close_v2(handle_);
}

Status Connection::execute(std::string_view sql) {
    const std::string text(sql);
    const int code = sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return sqliteError(handle_, code, "update the document");
    return success();
}

Result<std::int64_t> Connection::queryInt(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"The document returned no value where one was expected."};
    return statement->int64At(0);
}

bool Connection::isReadOnly() const {
    return sqlite3_db_readonly(handle_, "main") == 1;
}

}  // namespace yeonpyo::store
