// Bytes of an unknown character encoding → UTF-8: BOMs, UTF-8 checks, strict CP949, declared
// charsets and ICU's detector, in that order.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yeonpyo::text {

/// Text decoded to UTF-8 (not yet normalised) and the name of the charset it was read as.
struct DecodedText {
    std::string utf8;
    std::string charset;  ///< "UTF-8", "UTF-16LE", "EUC-KR", "windows-949", "windows-1252", …
};

/// True when bytes hold a NUL byte and start with no UTF-16 or UTF-32 byte order mark: no text
/// file in the charsets read here has one.
bool hasNulOutsideWideText(std::string_view bytes);

/// The charset a document names for itself in its first few kilobytes (`<meta charset>`, the
/// `http-equiv` Content-Type, an XML declaration), lower-cased; empty if none.
std::string declaredCharset(std::string_view bytes);

/// Decodes bytes: a BOM decides; well-formed UTF-8 is UTF-8; then a charset the document declares;
/// UTF-8 with rare ill-formed sequences (each becomes U+FFFD); strict CP949 (Korean text that
/// ICU's detector often mistakes for another charset); ICU's detector; windows-1252 last.
DecodedText decodeToUtf8(std::string_view bytes, std::string_view declared);

/// Converts bytes from an ICU-known charset to UTF-8. strict: fail on any byte sequence that is
/// illegal or unassigned instead of substituting U+FFFD. nullopt if the charset is unknown or a
/// strict conversion fails.
std::optional<std::string> convertToUtf8(std::string_view bytes, const char* charset, bool strict);

}  // namespace yeonpyo::text
