// UTF-8 well-formedness checks and repair over raw bytes, used by charset detection and NFC.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yeonpyo::text {

/// What a scan of bytes as UTF-8 found.
struct Utf8Scan {
    std::size_t invalidSequences = 0;  ///< Maximal ill-formed subparts (each would become U+FFFD).
    std::size_t multiByteCharacters = 0;  ///< Well-formed characters of two or more bytes.
};

/// Counts well-formed multi-byte characters and ill-formed sequences in bytes read as UTF-8.
Utf8Scan scanUtf8(std::string_view bytes);

/// True when bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view bytes);

/// Copies bytes, replacing each maximal ill-formed subpart with U+FFFD (the Unicode practice).
std::string repairUtf8(std::string_view bytes);

/// True for bytes that continue a UTF-8 sequence (10xxxxxx).
inline bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

}  // namespace yeonpyo::text
