// Article loading: bytes of a .txt/.html/.md file → NFC UTF-8 body text plus title and publication
// metadata.
#pragma once

#include <string>
#include <string_view>

#include "core/model/result.h"

namespace yeonpyo::text {

enum class SourceFormat { PlainText, Html, Markdown };

struct LoadedText {
    /// Body text, NFC UTF-8, paragraphs separated by "\n\n".
    std::string text;
    /// Headline if the source has one (HTML og:title/<title>/<h1>, Markdown "# …", first line of
    /// text).
    std::string title;
    /// ISO 8601 publication date or date-time if found ("2024-02-28T17:32+09:00"); else empty.
    std::string published;
    /// The charset the bytes were decoded from ("UTF-8", "EUC-KR", "UTF-16LE", …).
    std::string charset;
    SourceFormat format = SourceFormat::PlainText;
    /// "ko" or "en", guessed from the script of the text.
    std::string lang;
};

/// Largest input accepted, in bytes; larger inputs are refused with an error.
inline constexpr std::size_t kMaxArticleBytes = 64u * 1024u * 1024u;

/// Decodes and parses an article. nameHint (a file name or URL) helps choose the format (.html,
/// .htm, .md, .txt, …; otherwise the content decides) and names the input in errors. Refuses
/// empty input, input over kMaxArticleBytes, binary data and input without any text, each with
/// one sentence ("x.png is not a text file: it contains binary data.").
Result<LoadedText> loadArticle(std::string_view bytes, std::string_view nameHint);

/// Reads a file and loads it with loadArticle; errors name the file (missing, a folder, not a
/// regular file, too large, unreadable).
Result<LoadedText> loadArticleFile(const std::string& path);

}  // namespace yeonpyo::text
