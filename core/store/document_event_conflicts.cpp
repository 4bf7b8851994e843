// Writing an event's conflicts between sources (schema 2's event_conflict table).
#include "core/store/document.h"

namespace yeonpyo::store {
namespace {

constexpr std::string_view kInsertConflict =
    "INSERT INTO event_conflict(event_id, position, field, kept, other, article_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr std::string_view kHasConflict =
    "SELECT 1 FROM event_conflict WHERE event_id = ?1 AND field = ?2 AND kept = ?3 AND "
    "other = ?4 AND article_id IS ?5";

/// The stored form of a conflict's source: NULL when it is not known.
std::optional<std::int64_t> sourceColumn(const SourceConflict& conflict) {
    if (conflict.articleId == 0)
        return std::nullopt;
    return conflict.articleId;
}

}  // namespace

Status Document::writeConflicts(std::int64_t id, const std::vector<SourceConflict>& conflicts,
                                DetailWrite mode) {
    std::int64_t position = 0;
    if (mode == DetailWrite::Replace) {
        if (auto done = run("DELETE FROM event_conflict WHERE event_id = ?1", id); !done)
            return done;
    } else if (mode == DetailWrite::Append) {
        auto next = queryInt(
            "SELECT coalesce(max(position) + 1, 0) FROM event_conflict WHERE event_id = ?1", id);
        if (!next)
            return next.error();
        position = next->value_or(0);
    }
    for (const SourceConflict& conflict : conflicts) {
        if (conflict.field.empty()) {
            return Error{"A conflict of event " + std::to_string(id) + " names no field."};
        }
        const auto source = sourceColumn(conflict);
        if (source) {
            auto known = queryInt("SELECT 1 FROM article WHERE id = ?1", *source);
            if (!known)
                return known.error();
            if (!*known) {
                return Error{"A conflict of event " + std::to_string(id) + " cites article " +
                             std::to_string(*source) + ", which is not in the document."};
            }
        }
        if (mode == DetailWrite::Append) {
            auto stored =
                queryInt(kHasConflict, id, conflict.field, conflict.kept, conflict.other, source);
            if (!stored)
                return stored.error();
            if (*stored)
                continue;
        }
        auto done = run(kInsertConflict, id, position++, conflict.field, conflict.kept,
                        conflict.other, source);
        if (!done)
            return done;
    }
    return success();
}

}  // namespace yeonpyo::store
