// SHA-256 (FIPS 180-4) of a byte string, for content hashes that de-duplicate articles.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::store {

/// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
std::string sha256Hex(std::string_view bytes);

}  // namespace yeonpyo::store
