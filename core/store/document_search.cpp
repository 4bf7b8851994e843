// Full-text search over articles and events (FTS5 trigram index, substring tests for short words).
#include "core/store/document.h"
#include "core/store/search_query.h"
#include "core/store/transaction.h"

namespace yeonpyo::store {
namespace {

struct SearchTable {
    SearchHit::Kind kind;
    std::string_view table;
    std::vector<std::string_view> columns;
};

const std::vector<SearchTable>& searchTables() {
    static const std::vector<SearchTable> tables{
        {SearchHit::Kind::Event, "event_fts", {"title", "people", "place", "quotes"}},
        {SearchHit::Kind::Article, "article_fts", {"title", "text"}},
    };
    return tables;
}

/// SELECT rowid and the searched columns of rows holding every word. Parameters: ?1 the MATCH
/// expression (when there is one), then one per short word, then the row limit.
std::string searchSql(const SearchTable& table, const SearchPlan& plan) {
    std::string columns;
    std::string joined;
    for (std::string_view column : table.columns) {
        columns += ", " + std::string(column);
        joined += joined.empty() ? std::string(column) : " || char(10) || " + std::string(column);
    }
    const bool indexed = !plan.matchExpression.empty();
    std::string sql = "SELECT rowid" + columns + " FROM " + std::string(table.table) + " WHERE ";
    sql += indexed ? std::string(table.table) + " MATCH ?1" : "1";
    int parameter = indexed ? 1 : 0;
    for (std::size_t i = 0; i < plan.shortWords.size(); ++i) {
        sql += " AND instr(lower(" + joined + "), ?" + std::to_string(++parameter) + ") > 0";
    }
    sql += indexed ? " ORDER BY rank" : " ORDER BY rowid";
    sql += " LIMIT ?" + std::to_string(++parameter);
    return sql;
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
        auto statement = connection_.prepare(searchSql(table, plan));
        if (!statement)
            return statement.error();
        int parameter = 0;
        if (!plan.matchExpression.empty())
            statement->bind(++parameter, plan.matchExpression);
        for (const std::string& word : plan.shortWords)
            statement->bind(++parameter, word);
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
