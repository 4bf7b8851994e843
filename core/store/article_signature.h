// Storing an article's MinHash signature and band keys (for migrations and the document alike).
#pragma once

#include <cstdint>

#include "core/model/result.h"
#include "core/store/connection.h"
#include "core/store/near_duplicates.h"

namespace yeonpyo::store {

/// Writes the signature of article `articleId` and its band keys (article_signature,
/// article_band).
Status writeSignature(Connection& connection, std::int64_t articleId, const Signature& signature);

}  // namespace yeonpyo::store
