// Storing articles once (de-duplicated by content hash) and reading them back.
#include <sqlite3.h>

#include <ctime>

#include "core/store/document.h"

namespace yeonpyo::store {
namespace {

constexpr std::string_view kArticleColumns = "id, title, source, url, published, lang";

Article readArticleRow(const Statement& row) {
    Article article;
    article.id = row.int64At(0);
    article.title = row.textAt(1);
    article.source = row.textAt(2);
    article.url = row.textAt(3);
    article.published = row.textAt(4);
    article.lang = row.textAt(5);
    return article;
}

}  // namespace

Result<StoredArticle> Document::addArticle(const Article& article) {
    const std::string hash = contentHash(article);
    StoredArticle stored;
    auto status = transaction([&]() -> Status {
        auto existing = findArticle(hash);
        if (!existing)
            return existing.error();
        if (*existing) {
            stored = {**existing, false};
            return success();
        }
        auto inserted =
            run("INSERT INTO article(title, source, url, published, lang, text, content_hash, "
                "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                article.title, article.source, article.url, article.published, article.lang,
                article.text, hash, static_cast<std::int64_t>(std::time(nullptr)));
        if (!inserted)
            return inserted;
        stored = {sqlite3_last_insert_rowid(connection_.handle()), true};
        return success();
    });
    if (!status)
        return status.error();
    return stored;
}

Result<std::optional<std::int64_t>> Document::findArticle(std::string_view hash) {
    return queryInt("SELECT id FROM article WHERE content_hash = ?1", hash);
}

Result<std::vector<Article>> Document::articles() {
    auto query = cached("SELECT " + std::string(kArticleColumns) + " FROM article ORDER BY id");
    if (!query)
        return query.error();
    std::vector<Article> articles;
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            return articles;
        articles.push_back(readArticleRow(**query));
    }
}

Result<Article> Document::article(std::int64_t id) {
    auto query =
        cached("SELECT " + std::string(kArticleColumns) + ", text FROM article WHERE id = ?1");
    if (!query)
        return query.error();
    auto row = (*query)->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"There is no article " + std::to_string(id) + " in the document."};
    Article article = readArticleRow(**query);
    article.text = (*query)->textAt(6);
    return article;
}

Status Document::deleteArticle(std::int64_t id) {
    return transaction([&]() -> Status {
        std::vector<std::int64_t> quoting;
        {
            auto query = cached("SELECT DISTINCT event_id FROM quote WHERE article_id = ?1");
            if (!query)
                return query.error();
            (*query)->bind(1, id);
            for (;;) {
                auto row = (*query)->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                quoting.push_back((*query)->int64At(0));
            }
        }
        // The article's quotes go with it, which changes the searchable text of these events.
        for (std::int64_t eventId : quoting) {
            if (auto done = unindexForSearch(eventId); !done)
                return done;
        }
        if (auto done = run("DELETE FROM article WHERE id = ?1", id); !done)
            return done;
        for (std::int64_t eventId : quoting) {
            if (auto done = indexForSearch(eventId); !done)
                return done;
        }
        return success();
    });
}

Status Document::setArticlePublished(std::int64_t id, std::string_view published) {
    return transaction([&]() -> Status {
        auto exists = queryInt("SELECT id FROM article WHERE id = ?1", id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error{"There is no article " + std::to_string(id) + " in the document."};
        return run("UPDATE article SET published = ?1 WHERE id = ?2", published, id);
    });
}

}  // namespace yeonpyo::store
