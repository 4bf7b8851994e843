// MinHash over character shingles: one 64-bit hash per shingle, spread into kSignatureSize
// values by multiply-add (cheap enough to run over every article ingested).
#include "core/store/near_duplicates.h"

#include <algorithm>
#include <limits>

namespace yeonpyo::store {
namespace {

constexpr std::size_t kShingleLength = 8;

std::uint64_t mix(std::uint64_t value) {
    value ^= value >> 30;
    value *= 0xBF58476D1CE4E5B9ULL;
    value ^= value >> 27;
    value *= 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

/// The multipliers (odd) and addends of the kSignatureSize hash functions.
struct HashFamily {
    std::array<std::uint64_t, kSignatureSize> multiply{};
    std::array<std::uint64_t, kSignatureSize> add{};
    HashFamily() {
        for (std::size_t i = 0; i < kSignatureSize; ++i) {
            multiply[i] = mix(2 * i + 1) | 1;
            add[i] = mix(2 * i + 2);
        }
    }
};

/// Reads the next code point of UTF-8 text (bytes of a malformed one count alone).
char32_t nextCodePoint(std::string_view text, std::size_t& at) {
    const auto lead = static_cast<unsigned char>(text[at++]);
    const std::size_t extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t value = extra == 0 ? lead : lead & (0x3F >> extra);
    for (std::size_t k = 0; k < extra && at < text.size(); ++k)
        value = (value << 6) | (static_cast<unsigned char>(text[at++]) & 0x3F);
    return value;
}

bool isBlank(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000;
}

/// The hash of every shingle of the text, in text order (a short text is one shingle).
std::vector<std::uint64_t> shingleHashes(std::string_view text) {
    std::array<char32_t, kShingleLength> window{};
    std::size_t filled = 0;
    std::vector<std::uint64_t> hashes;
    hashes.reserve(text.size() / 2);
    for (std::size_t at = 0; at < text.size();) {
        char32_t c = nextCodePoint(text, at);
        if (isBlank(c))
            continue;
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        window[filled % kShingleLength] = c;
        if (++filled < kShingleLength)
            continue;
        std::uint64_t hash = 0;
        for (std::size_t k = 0; k < kShingleLength; ++k)
            hash = hash * 0x100000001B3ULL + window[(filled + k) % kShingleLength];
        hashes.push_back(mix(hash));
    }
    if (hashes.empty() && filled > 0) {
        std::uint64_t hash = 0;
        for (std::size_t k = 0; k < filled; ++k)
            hash = hash * 0x100000001B3ULL + window[k];
        hashes.push_back(mix(hash));
    }
    return hashes;
}

}  // namespace

Signature minHashSignature(std::string_view text) {
    static const HashFamily family;
    std::array<std::uint64_t, kSignatureSize> minima;
    minima.fill(std::numeric_limits<std::uint64_t>::max());
    for (const std::uint64_t hash : shingleHashes(text)) {
        for (std::size_t i = 0; i < kSignatureSize; ++i)
            minima[i] = std::min(minima[i], family.multiply[i] * hash + family.add[i]);
    }
    Signature signature;
    for (std::size_t i = 0; i < kSignatureSize; ++i)
        signature[i] = static_cast<std::uint32_t>(minima[i] >> 32);
    return signature;
}

double similarity(const Signature& a, const Signature& b) {
    std::size_t equal = 0;
    for (std::size_t i = 0; i < kSignatureSize; ++i)
        equal += a[i] == b[i] ? 1 : 0;
    return static_cast<double>(equal) / static_cast<double>(kSignatureSize);
}

std::vector<std::int64_t> bandKeys(const Signature& signature) {
    std::vector<std::int64_t> keys;
    for (std::size_t band = 0; band < kSignatureSize / kBandRows; ++band) {
        std::uint64_t key = mix(band + 1);
        for (std::size_t row = 0; row < kBandRows; ++row)
            key = mix(key ^ signature[band * kBandRows + row]);
        keys.push_back(static_cast<std::int64_t>(key));
    }
    return keys;
}

std::string signatureBytes(const Signature& signature) {
    std::string bytes;
    bytes.reserve(kSignatureSize * 4);
    for (const std::uint32_t value : signature) {
        for (int shift = 0; shift < 32; shift += 8)
            bytes += static_cast<char>((value >> shift) & 0xFF);
    }
    return bytes;
}

bool signatureFromBytes(std::string_view bytes, Signature& signature) {
    if (bytes.size() != kSignatureSize * 4)
        return false;
    for (std::size_t i = 0; i < kSignatureSize; ++i) {
        std::uint32_t value = 0;
        for (std::size_t k = 0; k < 4; ++k)
            value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[4 * i + k]))
                     << (8 * k);
        signature[i] = value;
    }
    return true;
}

}  // namespace yeonpyo::store
