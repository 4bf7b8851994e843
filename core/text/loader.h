// Article loading: bytes of a .txt/.html/.md file → NFC UTF-8 body text plus title and publication metadata.
#pragma once

#include <string>
#include <string_view>

#include "core/model/result.h"

namespace yeonpyo::text {

enum class SourceFormat { PlainText, Html, Markdown };

struct LoadedText {
    std::string text;       ///< Body text, NFC UTF-8, paragraphs separated by "\n\n".
    std::string title;      ///< Headline if the source has one (HTML <title>/og:title, Markdown "# …", first line of text).
    std::string published;  ///< ISO 8601 publication date or date-time if found ("2024-02-28T17:32+09:00"); else empty.
    std::string charset;    ///< The charset the bytes were decoded from ("UTF-8", "EUC-KR", "UTF-16LE", …).
    SourceFormat format = SourceFormat::PlainText;
    std::string lang;       ///< "ko" or "en", guessed from the script of the text.
};

/// Largest input accepted, in bytes; larger inputs are refused with an error.
inline constexpr std::size_t kMaxArticleBytes = 64u * 1024u * 1024u;

/// Decodes and parses an article. nameHint (a file name or URL) helps choose the format.
Result<LoadedText> loadArticle(std::string_view bytes, std::string_view nameHint);

/// Reads a file and loads it with loadArticle; errors name the file.
Result<LoadedText> loadArticleFile(const std::string& path);

}  // namespace yeonpyo::text
