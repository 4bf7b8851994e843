// The document's schema version, its application id, and the migrations between versions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model/result.h"
#include "core/store/connection.h"

namespace yeonpyo::store {

/// The schema version this build writes; stored in PRAGMA user_version.
inline constexpr int kSchemaVersion = 1;
/// Marks a SQLite file as a Yeonpyo document (PRAGMA application_id): "YNPY" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x594E5059;

/// Tables a document of the current schema must have.
const std::vector<std::string_view>& requiredTables();

/// Brings a document from `fromVersion` (0 for a blank database) up to kSchemaVersion, one
/// migration step at a time, each in its own transaction together with its user_version bump.
Status migrate(Connection& connection, int fromVersion);

}  // namespace yeonpyo::store
