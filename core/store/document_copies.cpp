// Syndicated copies: finding a stored text a new one nearly repeats (through the band index of
// MinHash signatures), recording the copy's outlet, and reading an article's copies back.
#include <ctime>
#include <set>
#include <string>
#include <unordered_map>

#include "core/store/document.h"

namespace yeonpyo::store {

Result<std::optional<std::int64_t>> Document::findCopiedArticle(const Signature& signature) {
    std::set<std::int64_t> candidates;
    for (const std::int64_t key : bandKeys(signature)) {
        auto band = cached("SELECT article_id FROM article_band WHERE band_key = ?1");
        if (!band)
            return band.error();
        (*band)->bind(1, key);
        for (;;) {
            auto row = (*band)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            candidates.insert((*band)->int64At(0));
        }
    }
    std::optional<std::int64_t> best;
    double bestSimilarity = kCopySimilarity;
    for (const std::int64_t candidate : candidates) {
        auto stored = cached("SELECT minhash FROM article_signature WHERE article_id = ?1");
        if (!stored)
            return stored.error();
        auto row = (*stored)->bind(1, candidate).step();
        if (!row)
            return row.error();
        Signature other{};
        if (!*row || !signatureFromBytes((*stored)->textAt(0), other))
            continue;
        const double alike = similarity(signature, other);
        if (alike >= bestSimilarity) {
            best = candidate;
            bestSimilarity = alike;
        }
    }
    return best;
}

Status Document::addCopy(std::int64_t originalId, const Article& article, const std::string& hash) {
    return run(
        "INSERT OR IGNORE INTO article_copy(article_id, title, source, url, published, "
        "content_hash, "
        "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        originalId, article.title, article.source, article.url, article.published, hash,
        static_cast<std::int64_t>(std::time(nullptr)));
}

Status Document::readCopies(std::vector<Article>& articles, bool allArticles) {
    std::unordered_map<std::int64_t, Article*> byId;
    for (Article& article : articles)
        byId.emplace(article.id, &article);
    const std::string sql =
        std::string("SELECT article_id, title, source, url, published FROM article_copy") +
        (allArticles ? "" : " WHERE article_id = ?1") + " ORDER BY article_id, id";
    auto query = cached(sql);
    if (!query)
        return query.error();
    if (!allArticles && !articles.empty())
        (*query)->bind(1, articles.front().id);
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        const auto found = byId.find((*query)->int64At(0));
        if (found != byId.end()) {
            found->second->copies.push_back({(*query)->textAt(1), (*query)->textAt(2),
                                             (*query)->textAt(3), (*query)->textAt(4)});
        }
    }
}

}  // namespace yeonpyo::store
