// Turns SQLite result codes into the one-sentence errors Yeonpyo shows to users.
#pragma once

#include <string_view>

#include "core/model/result.h"

struct sqlite3;

namespace yeonpyo::store {

/// An error for a failed SQLite call on `db` (may be null) with result code `code`, phrased for a
/// user: "The document could not be written because the disk is full." `action` names what was
/// being done ("read the document", "save the events").
Error sqliteError(sqlite3* db, int code, std::string_view action);

}  // namespace yeonpyo::store
