// Storing articles once (de-duplicated by content hash) and reading them back.
#include <sqlite3.h>

#include <ctime>

#include "core/store/article_signature.h"
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

Result<StoredArticle> Document::addArticle(const Article& article, Copies copies) {
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
        auto copied = queryInt("SELECT article_id FROM article_copy WHERE content_hash = ?1", hash);
        if (!copied)
            return copied.error();
        if (*copied) {
            stored = {**copied, false, true};
            return success();
        }
        std::optional<Signature> signature;
        if (!article.text.empty())
            signature = minHashSignature(article.text);
        if (signature && copies == Copies::Fold) {
            auto original = findCopiedArticle(*signature);
            if (!original)
                return original.error();
            if (*original) {
                stored = {**original, false, true};
                return addCopy(**original, article, hash);
            }
        }
        auto inserted =
            run("INSERT INTO article(title, source, url, published, lang, text, content_hash, "
                "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                article.title, article.source, article.url, article.published, article.lang,
                article.text, hash, static_cast<std::int64_t>(std::time(nullptr)));
        if (!inserted)
            return inserted;
        stored = {sqlite3_last_insert_rowid(connection_.handle()), true};
        for (const ArticleCopy& copy : article.copies) {  // copies read back from an export
            const Article outlet{0, copy.title, copy.source, copy.url, copy.published, {}, {}, {}};
            if (auto done = addCopy(stored.id, outlet, contentHash(outlet)); !done)
                return done;
        }
        return signature ? writeSignature(connection_, stored.id, *signature) : success();
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
            break;
        articles.push_back(readArticleRow(**query));
    }
    if (auto filled = readCopies(articles, true); !filled)
        return filled.error();
    return articles;
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
    std::vector<Article> one{readArticleRow(**query)};
    one.front().text = (*query)->textAt(6);
    if (auto filled = readCopies(one, false); !filled)
        return filled.error();
    return std::move(one.front());
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
