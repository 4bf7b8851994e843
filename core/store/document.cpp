// Opening a timeline document: refusing foreign, damaged and newer files, migrating, configuring.
#include "core/store/document.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "core/store/event_tally.h"
#include "core/store/file_check.h"
#include "core/store/read_access.h"
#include "core/store/schema.h"
#include "core/store/sha256.h"
#include "core/store/transaction.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;

constexpr int kBusyTimeoutMs = 5000;

struct SchemaInfo {
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    std::vector<std::string> tables;
};

Result<SchemaInfo> readSchemaInfo(Connection& connection, const std::string& name) {
    auto damaged = [&](const Error&) {
        return Error{name + " is damaged and cannot be read (" +
                     sqlite3_errmsg(connection.handle()) + ")."};
    };
    SchemaInfo info;
    auto applicationId = connection.queryInt("PRAGMA application_id");
    if (!applicationId)
        return damaged(applicationId.error());
    auto version = connection.queryInt("PRAGMA user_version");
    if (!version)
        return damaged(version.error());
    auto tables = connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'");
    if (!tables)
        return damaged(tables.error());
    for (;;) {
        auto row = tables->step();
        if (!row)
            return damaged(row.error());
        if (!*row)
            break;
        info.tables.push_back(tables->textAt(0));
    }
    info.applicationId = *applicationId;
    info.version = *version;
    return info;
}

bool isBlank(const SchemaInfo& info) {
    return info.applicationId == 0 && info.version == 0 && info.tables.empty();
}

/// Why an existing database cannot be used as it is, or success.
Status checkSchema(const SchemaInfo& info, const std::string& name, OpenMode mode) {
    if (isBlank(info)) {
        if (mode == OpenMode::CreateOrOpen)
            return success();
        return Error{name + " is an empty database, not a Yeonpyo document."};
    }
    if (info.applicationId != kApplicationId) {
        return Error{name + " is a SQLite database but not a Yeonpyo document."};
    }
    if (info.version > kSchemaVersion) {
        return Error{name + " was written by a newer Yeonpyo (schema " +
                     std::to_string(info.version) + "; this version reads up to " +
                     std::to_string(kSchemaVersion) + ")."};
    }
    if (info.version < kSchemaVersion) {
        if (mode != OpenMode::ReadOnly)
            return success();
        return Error{name + " uses the older schema " + std::to_string(info.version) +
                     "; open it for writing once to upgrade it."};
    }
    for (std::string_view table : requiredTables()) {
        if (std::find(info.tables.begin(), info.tables.end(), table) == info.tables.end()) {
            return Error{name + " is damaged: its table " + std::string(table) + " is missing."};
        }
    }
    return success();
}

/// The first problem of a PRAGMA integrity_check answer, without its "*** in database main ***"
/// heading and cut to a readable length.
std::string firstIntegrityProblem(const std::string& verdict) {
    constexpr std::size_t kMaxLength = 120;
    std::string_view rest = verdict;
    std::string_view line;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (!line.empty() && !line.starts_with("***"))
            break;
    }
    std::string problem(line.empty() ? std::string_view(verdict) : line);
    if (problem.size() > kMaxLength)
        problem = problem.substr(0, kMaxLength) + "…";
    return problem;
}

Status configure(Connection& connection, bool writable) {
    sqlite3_busy_timeout(connection.handle(), kBusyTimeoutMs);
    if (auto keys = connection.execute("PRAGMA foreign_keys = ON"); !keys)
        return keys;
    if (!writable)
        return success();
    if (auto wal = connection.execute("PRAGMA journal_mode = WAL"); !wal)
        return wal;
    return connection.execute("PRAGMA synchronous = NORMAL");
}

Result<Connection::Access> accessFor(const fs::path& path, OpenMode mode, FileState state) {
    if (mode == OpenMode::ReadOnly)
        return readAccess(path);
    return state == FileState::Missing ? Connection::Access::ReadWriteCreate
                                       : Connection::Access::ReadWrite;
}

Result<Connection> openChecked(const fs::path& path, OpenMode mode, FileState state) {
    const std::string name = path.string();
    const bool writable = mode != OpenMode::ReadOnly;
    const auto access = accessFor(path, mode, state);
    if (!access)
        return access.error();
    auto connection = Connection::open(path, *access);
    if (!connection)
        return connection.error();
    if (writable && connection->isReadOnly()) {
        return Error{name + " is read-only, and Yeonpyo needs to write to it."};
    }
    sqlite3_busy_timeout(connection->handle(), kBusyTimeoutMs);
    auto info = readSchemaInfo(*connection, name);
    if (!info)
        return info.error();
    if (auto usable = checkSchema(*info, name, mode); !usable)
        return usable.error();
    if (info->version < kSchemaVersion) {
        if (auto migrated = migrate(*connection, static_cast<int>(info->version)); !migrated) {
            return migrated.error();
        }
    }
    if (auto configured = configure(*connection, writable); !configured)
        return configured.error();
    return connection;
}

}  // namespace

Result<Document> Document::open(const fs::path& path, OpenMode mode) {
    const std::string name = path.string();
    auto state = inspectDatabaseFile(path);
    if (!state)
        return state.error();
    if (*state == FileState::Missing && mode != OpenMode::CreateOrOpen) {
        return Error{name + " does not exist."};
    }
    if (*state == FileState::Empty && mode != OpenMode::CreateOrOpen) {
        return Error{name + " is an empty file, not a Yeonpyo document."};
    }
    if (mode != OpenMode::ReadOnly) {
        if (auto writable = checkWritable(path, *state); !writable)
            return writable.error();
    }
    auto connection = openChecked(path, mode, *state);
    if (!connection) {
        std::error_code ignored;
        if (*state == FileState::Missing)
            fs::remove(path, ignored);
        return connection.error();
    }
    return Document{path, std::move(connection).value(), mode == OpenMode::ReadOnly};
}

Document::Document(fs::path path, Connection connection, bool readOnly)
    : path_(std::move(path)), connection_(std::move(connection)), readOnly_(readOnly) {}

Status Document::transaction(const std::function<Status()>& work) {
    auto scope = Transaction::begin(connection_.handle());
    if (!scope)
        return scope.error();
    if (auto done = work(); !done)
        return done;
    return scope->commit();
}

Status Document::checkTablesReadable() {
    // Names come from the document's own schema; a table name cannot be a bound parameter.
    auto tables = queryTexts(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
    if (!tables)
        return tables.error();
    for (const std::string& table : *tables) {
        auto probe = connection_.prepare("SELECT * FROM \"" + table + "\" NOT INDEXED LIMIT 1");
        if (!probe)
            return probe.error();
        if (auto row = probe->step(); !row)
            return row.error();
    }
    return success();
}

Status Document::checkIntegrity() {
    const std::string name = path_.string();
    auto check = connection_.prepare("PRAGMA integrity_check");
    if (!check)
        return check.error();
    auto row = check->step();
    if (!row)
        return Error{name + " is damaged and cannot be checked."};
    if (!*row || check->textAt(0) != "ok") {
        return Error{name + " is damaged (" +
                     (*row ? firstIntegrityProblem(check->textAt(0)) : "no answer") + ")."};
    }
    // What the code keeps in step with the events: the tallies and the search index.
    for (const Tally& tally : kTallies) {
        auto mismatches = queryInt(tally.mismatchQuery());
        if (!mismatches)
            return mismatches.error();
        if (mismatches->value_or(0) != 0) {
            return Error{name + " is damaged (its counts of events in " + std::string(tally.table) +
                         " are wrong)."};
        }
    }
    if (readOnly_)
        return success();
    if (!run("INSERT INTO event_fts(event_fts, rank) VALUES ('integrity-check', 1)")) {
        return Error{name + " is damaged (its event search index is out of step)."};
    }
    return success();
}

Result<BorrowedStatement> Document::cached(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found == statements_.end()) {
        auto prepared = Statement::prepare(connection_.handle(), sql, true);
        if (!prepared)
            return prepared.error();
        found = statements_.emplace(std::string(sql), std::move(prepared).value()).first;
    }
    return BorrowedStatement{found->second};
}

std::string contentHash(const Article& article) {
    if (!article.text.empty())
        return sha256Hex(article.text);
    constexpr char kSeparator = '\x1f';
    std::string metadata = "metadata";
    for (const std::string* field :
         {&article.title, &article.source, &article.url, &article.published}) {
        metadata += kSeparator;
        metadata += *field;
    }
    return sha256Hex(metadata);
}

}  // namespace yeonpyo::store
