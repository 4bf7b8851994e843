// writeSignature: one signature row and one row per band key.
#include "core/store/article_signature.h"

#include <string>

namespace yeonpyo::store {

Status writeSignature(Connection& connection, std::int64_t articleId, const Signature& signature) {
    auto insert =
        connection.prepare("INSERT INTO article_signature(article_id, minhash) VALUES (?1, ?2)");
    if (!insert)
        return insert.error();
    if (auto done = insert->bind(1, articleId).bindBlob(2, signatureBytes(signature)).run(); !done)
        return done;
    auto band = connection.prepare(
        "INSERT OR IGNORE INTO article_band(band_key, article_id) VALUES (?1, ?2)");
    if (!band)
        return band.error();
    for (const std::int64_t key : bandKeys(signature)) {
        if (auto done = band->bindAll(key, articleId).run(); !done)
            return done;
    }
    return success();
}

}  // namespace yeonpyo::store
