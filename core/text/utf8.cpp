// UTF-8 scanning and repair with ICU's U8_NEXT, which follows Unicode's maximal-subpart rule.
#include "core/text/utf8_p.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace yeonpyo::text {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Offset of the first byte at or after from that is not ASCII; bytes.size() if none.
std::size_t skipAscii(std::string_view bytes, std::size_t from) {
    while (from < bytes.size() && static_cast<unsigned char>(bytes[from]) < 0x80)
        ++from;
    return from;
}

}  // namespace

Utf8Scan scanUtf8(std::string_view bytes) {
    Utf8Scan scan;
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    std::int64_t i = static_cast<std::int64_t>(skipAscii(bytes, 0));
    while (i < length) {
        const std::int64_t start = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            ++scan.invalidSequences;
        } else if (i - start > 1) {
            ++scan.multiByteCharacters;
        }
        i = static_cast<std::int64_t>(skipAscii(bytes, static_cast<std::size_t>(i)));
    }
    return scan;
}

bool isValidUtf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    std::int64_t i = static_cast<std::int64_t>(skipAscii(bytes, 0));
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            return false;
        i = static_cast<std::int64_t>(skipAscii(bytes, static_cast<std::size_t>(i)));
    }
    return true;
}

std::string repairUtf8(std::string_view bytes) {
    std::string repaired;
    repaired.reserve(bytes.size());
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    std::int64_t i = 0;
    while (i < length) {
        const std::int64_t start = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            repaired += kReplacementCharacter;
        } else {
            repaired.append(bytes.data() + start, static_cast<std::size_t>(i - start));
        }
    }
    return repaired;
}

}  // namespace yeonpyo::text
