// Near-duplicate texts (syndicated copies of one story): MinHash signatures over shingles of
// characters, and the band keys through which the document finds a text's copies in an index.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::store {

inline constexpr std::size_t kSignatureSize = 64;
inline constexpr std::size_t kBandRows = 4;  ///< 16 bands of 4 minima: candidates from ~0.5 alike.
/// Two texts are copies of one story when at least this share of their minima agree (an
/// estimate of the Jaccard similarity of their shingle sets).
inline constexpr double kCopySimilarity = 0.8;

using Signature = std::array<std::uint32_t, kSignatureSize>;

/// The signature of a text: its shingles are runs of 8 characters (code points) with blanks
/// left out and ASCII letters folded to lower case, so a changed line break or byline moves
/// few of them.
Signature minHashSignature(std::string_view text);

/// The share of equal minima: an estimate of how alike two texts are (1 for the same text).
double similarity(const Signature& a, const Signature& b);

/// One key per band of kBandRows minima (the band's number mixed in): texts alike enough to be
/// copies almost always share one.
std::vector<std::int64_t> bandKeys(const Signature& signature);

/// A signature as stored (little-endian bytes) and back; an empty signature from a wrong size.
std::string signatureBytes(const Signature& signature);
bool signatureFromBytes(std::string_view bytes, Signature& signature);

}  // namespace yeonpyo::store
