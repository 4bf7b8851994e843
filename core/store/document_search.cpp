// Full-text search over articles and events through their trigram indexes; words too short for
// trigrams (or holding LIKE wildcards) are tested as substrings of the candidates' text.
#include "core/store/document.h"
#include "core/store/search_query.h"
#include "core/store/transaction.h"

namespace yeonpyo::store {
namespace {

/// One searched index, its text columns, and how its index is asked for words.
struct SearchTable {
    SearchHit::Kind kind;
    std::string_view table;
    std::vector<std::string_view> columns;
    bool phrases;  ///< detail=full: MATCH with phrases; otherwise LIKE on its single column.
};

const std::vector<SearchTable>& searchTables() {
    static const std::vector<SearchTable> tables{
        {SearchHit::Kind::Event, "event_fts", {"body"}, false},
        {SearchHit::Kind::Article, "article_fts", {"title", "text"}, true},
    };
    return tables;
}

/// The SQL conditions of a search and the values for their parameters, in order.
struct Conditions {
    std::string sql;
    std::vector<std::string> values;

    /// Adds "<before>?N<after>" with `value` bound to the new parameter N.
    void add(std::string_view before, std::string value, std::string_view after = "") {
        if (!sql.empty())
            sql += " AND ";
        sql += std::string(before) + "?" + std::to_string(values.size() + 1) + std::string(after);
        values.push_back(std::move(value));
    }
};

Conditions conditionsFor(const SearchTable& table, const SearchPlan& plan) {
    std::string joined;
    for (std::string_view column : table.columns) {
        joined += (joined.empty() ? "" : " || char(10) || ") + std::string(column);
    }
    const std::string substring = "instr(lower(" + joined + "), ";
    constexpr std::string_view kFound = ") > 0";
    Conditions conditions;
    if (table.phrases && !plan.matchExpression.empty()) {
        conditions.add(std::string(table.table) + " MATCH ", plan.matchExpression);
    }
    for (const std::string& word : plan.longWords) {
        if (table.phrases)
            continue;
        if (auto pattern = containsPattern(word)) {
            conditions.add(std::string(table.columns.front()) + " LIKE ", *pattern);
        } else {
            conditions.add(substring, word, kFound);
        }
    }
    for (const std::string& word : plan.shortWords)
        conditions.add(substring, word, kFound);
    return conditions;
}

std::string searchSql(const SearchTable& table, const Conditions& conditions, bool ranked) {
    std::string columns;
    for (std::string_view column : table.columns)
        columns += ", " + std::string(column);
    return "SELECT rowid" + columns + " FROM " + std::string(table.table) + " WHERE " +
           conditions.sql + (ranked ? " ORDER BY rank" : " ORDER BY rowid") + " LIMIT ?" +
           std::to_string(conditions.values.size() + 1);
}

}  // namespace

Result<std::vector<SearchHit>> Document::search(std::string_view query, int limit) {
    const SearchPlan plan = planSearch(query);
    std::vector<SearchHit> hits;
    if (plan.empty() || limit <= 0)
        return hits;
    auto snapshot = Transaction::begin(connection_.handle(), Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    for (const SearchTable& table : searchTables()) {
        const Conditions conditions = conditionsFor(table, plan);
        const bool ranked = table.phrases && !plan.matchExpression.empty();
        auto statement = connection_.prepare(searchSql(table, conditions, ranked));
        if (!statement)
            return statement.error();
        int parameter = 0;
        for (const std::string& value : conditions.values)
            statement->bind(++parameter, value);
        statement->bind(++parameter, limit);
        for (;;) {
            auto row = statement->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            std::string text;
            for (std::size_t column = 1; column <= table.columns.size(); ++column) {
                if (!text.empty())
                    text += '\n';
                text += statement->textAt(static_cast<int>(column));
            }
            hits.push_back({table.kind, statement->int64At(0), makeSnippet(text, plan.words)});
        }
    }
    if (auto done = snapshot->commit(); !done)
        return done.error();
    return hits;
}

}  // namespace yeonpyo::store
