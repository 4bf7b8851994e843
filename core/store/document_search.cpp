// Full-text search over articles and events through their trigram indexes. Words of three or
// more code points are asked of the index directly; shorter words, through the trigrams they
// begin (events) or as substring tests of the candidates' text (articles). Also the distinct
// people and places, for pick lists.
#include "core/store/document.h"
#include "core/store/search_query.h"
#include "core/store/transaction.h"

namespace yeonpyo::store {
namespace {

/// More trigrams than this beginning with one short word (a single letter): test substrings.
constexpr std::size_t kMaxPrefixTerms = 256;
constexpr std::string_view kLastCodePoint = "\xF4\x8F\xBF\xBF";  // U+10FFFF

/// One searched index, its text columns, and how its index is asked for words.
struct SearchTable {
    SearchHit::Kind kind;
    std::string_view table;
    std::vector<std::string_view> columns;
    bool phrases;  ///< detail=full: MATCH with phrases; otherwise LIKE on its single column.
    /// Its fts5vocab table, when every short word in its text begins a trigram; empty otherwise.
    std::string_view terms;
};

const std::vector<SearchTable>& searchTables() {
    static const std::vector<SearchTable> tables{
        {SearchHit::Kind::Event, "event_fts", {"body"}, false, "event_fts_terms"},
        {SearchHit::Kind::Article, "article_fts", {"title", "text"}, true, ""},
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

std::string quotedTerm(std::string_view term) {
    std::string quoted = "\"";
    for (char c : term)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

/// An FTS5 query group of every trigram that begins with `word` ("(\"회장과\" OR \"회장 \")"):
/// "" when none does (the word occurs nowhere), nothing when there are too many to list.
Result<std::optional<std::string>> prefixTermsGroup(Connection& connection,
                                                    std::string_view vocabulary,
                                                    const std::string& word) {
    auto statement = connection.prepare("SELECT term FROM " + std::string(vocabulary) +
                                        " WHERE term >= ?1 AND term < ?2 LIMIT ?3");
    if (!statement)
        return statement.error();
    statement->bindAll(word, word + std::string(kLastCodePoint),
                       static_cast<std::int64_t>(kMaxPrefixTerms + 1));
    std::vector<std::string> terms;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        terms.push_back(statement->textAt(0));
    }
    if (terms.size() > kMaxPrefixTerms)
        return std::optional<std::string>{};
    std::string group;
    for (const std::string& term : terms)
        group += (group.empty() ? "(" : " OR ") + quotedTerm(term);
    return std::optional<std::string>{group.empty() ? group : group + ")"};
}

/// The conditions that find `plan`'s words in `table`; nothing when a word cannot occur there.
Result<std::optional<Conditions>> conditionsFor(Connection& connection, const SearchTable& table,
                                                const SearchPlan& plan) {
    std::string joined;
    for (std::string_view column : table.columns) {
        joined += (joined.empty() ? "" : " || char(10) || ") + std::string(column);
    }
    const std::string substring = "instr(lower(" + joined + "), ";
    constexpr std::string_view kFound = ") > 0";
    const std::string match = std::string(table.table) + " MATCH ";
    Conditions conditions;
    std::string shortGroups;
    for (const std::string& word : plan.shortWords) {
        if (table.terms.empty()) {
            conditions.add(substring, word, kFound);
            continue;
        }
        auto group = prefixTermsGroup(connection, table.terms, word);
        if (!group)
            return group.error();
        if (!*group) {
            conditions.add(substring, word, kFound);
        } else if ((*group)->empty()) {
            return std::optional<Conditions>{};
        } else {
            shortGroups += (shortGroups.empty() ? "" : " AND ") + **group;
        }
    }
    if (!shortGroups.empty())
        conditions.add(match, shortGroups);
    if (table.phrases && !plan.matchExpression.empty())
        conditions.add(match, plan.matchExpression);
    for (const std::string& word : plan.longWords) {
        if (table.phrases)
            continue;
        if (auto pattern = containsPattern(word)) {
            conditions.add(std::string(table.columns.front()) + " LIKE ", *pattern);
        } else {
            conditions.add(substring, word, kFound);
        }
    }
    return std::optional<Conditions>{std::move(conditions)};
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
        auto conditions = conditionsFor(connection_, table, plan);
        if (!conditions)
            return conditions.error();
        if (!*conditions)
            continue;
        const bool ranked = table.phrases && !plan.matchExpression.empty();
        auto statement = connection_.prepare(searchSql(table, **conditions, ranked));
        if (!statement)
            return statement.error();
        int parameter = 0;
        for (const std::string& value : (*conditions)->values)
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

Result<std::vector<std::string>> Document::queryTexts(std::string_view sql) {
    auto statement = cached(sql);
    if (!statement)
        return statement.error();
    std::vector<std::string> texts;
    for (;;) {
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            return texts;
        texts.push_back((*statement)->textAt(0));
    }
}

Result<std::vector<std::string>> Document::participantNames() {
    return queryTexts("SELECT DISTINCT name FROM participant WHERE name <> '' ORDER BY name");
}

Result<std::vector<std::string>> Document::placeNames() {
    return queryTexts(
        "SELECT DISTINCT place_name FROM event WHERE place_name <> '' ORDER BY place_name");
}

}  // namespace yeonpyo::store
