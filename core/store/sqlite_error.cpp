// Maps SQLite result codes to user-facing sentences; the raw SQLite message is kept in brackets.
#include "core/store/sqlite_error.h"

#include <sqlite3.h>

#include <string>

namespace yeonpyo::store {
namespace {

std::string_view reasonFor(int primaryCode) {
    switch (primaryCode) {
        case SQLITE_FULL:
            return "the disk is full";
        case SQLITE_READONLY:
            return "the document is read-only";
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "another program is writing to the document; try again";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return "the document is damaged";
        case SQLITE_IOERR:
            return "of an input/output error";
        case SQLITE_CANTOPEN:
            return "the file cannot be opened";
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return "permission was denied";
        case SQLITE_NOMEM:
            return "memory ran out";
        case SQLITE_CONSTRAINT:
            return "a value breaks a rule of the document";
        default:
            return {};
    }
}

}  // namespace

Error sqliteError(sqlite3* db, int code, std::string_view action) {
    std::string message = "Could not ";
    message += action;
    const std::string_view reason = reasonFor(code & 0xff);
    if (!reason.empty()) {
        message += " because ";
        message += reason;
    }
    const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    message += " (";
    message += detail != nullptr ? detail : sqlite3_errstr(code);
    message += ").";
    return Error{std::move(message)};
}

}  // namespace yeonpyo::store
