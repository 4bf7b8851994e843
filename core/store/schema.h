// The document's schema version, its application id, and the migrations between versions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model/result.h"
#include "core/store/connection.h"

namespace yeonpyo::store {

/// The schema version this build writes; stored in PRAGMA user_version.
inline constexpr int kSchemaVersion = 4;
/// Marks a SQLite file as a Yeonpyo document (PRAGMA application_id): "YNPY" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x594E5059;

/// Tables a document of the current schema must have.
const std::vector<std::string_view>& requiredTables();

/// Brings a document from `fromVersion` (0 for a blank database) up to `toVersion`, one
/// migration step at a time, each in its own transaction together with its user_version bump.
/// Versions: 1 creates every table of the first release; 2 adds event_conflict (where sources
/// disagree on an event's field); 3 keeps the order day by day (event.order_day, ranks within a
/// day, sequence_day); 4 finds and folds syndicated copies (article_signature, article_band,
/// article_copy). Tests build older documents with a lower `toVersion`.
Status migrate(Connection& connection, int fromVersion, int toVersion = kSchemaVersion);

}  // namespace yeonpyo::store
