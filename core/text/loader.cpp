// Article loading: limits, charset decoding, format choice (by name, else by content), the
// format readers, NFC and the language guess.
#include "core/text/loader.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>

#include "core/text/charset_p.h"
#include "core/text/formats_p.h"
#include "core/text/text_cleanup_p.h"
#include "core/text/unicode.h"

namespace yeonpyo::text {
namespace {

struct Extension {
    std::string_view name;
    SourceFormat format;
};

constexpr std::array<Extension, 10> kExtensions{{
    {"html", SourceFormat::Html},
    {"htm", SourceFormat::Html},
    {"xhtml", SourceFormat::Html},
    {"shtml", SourceFormat::Html},
    {"md", SourceFormat::Markdown},
    {"markdown", SourceFormat::Markdown},
    {"mdown", SourceFormat::Markdown},
    {"mkd", SourceFormat::Markdown},
    {"txt", SourceFormat::PlainText},
    {"text", SourceFormat::PlainText},
}};

// Openings of HTML documents and fragments, for inputs whose name says nothing.
constexpr std::array<std::string_view, 9> kHtmlOpenings{
    "<!doctype html", "<html", "<head", "<body", "<meta", "<?xml", "<div", "<article", "<p"};

constexpr std::size_t kSniffBytes = 1024;

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
}

std::optional<SourceFormat> formatFromName(std::string_view name) {
    if (name.find("://") != std::string_view::npos)
        name = name.substr(0, name.find_first_of("?#"));
    const std::size_t slash = name.find_last_of("/\\");
    const std::string_view file = slash == std::string_view::npos ? name : name.substr(slash + 1);
    const std::size_t dot = file.rfind('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const std::string extension = lowered(file.substr(dot + 1));
    for (const auto& known : kExtensions) {
        if (extension == known.name)
            return known.format;
    }
    return std::nullopt;
}

SourceFormat formatFromContent(std::string_view text) {
    const std::string start = lowered(trimSpaces(text.substr(0, kSniffBytes)));
    for (auto opening : kHtmlOpenings) {
        if (start.starts_with(opening))
            return SourceFormat::Html;
    }
    const bool frontMatter =
        start.starts_with("---\n") && start.find("\n---", 3) != std::string::npos;
    return frontMatter || start.starts_with("# ") ? SourceFormat::Markdown
                                                  : SourceFormat::PlainText;
}

ArticleParts readFormat(SourceFormat format, std::string_view text) {
    switch (format) {
        case SourceFormat::Html:
            return readHtml(text);
        case SourceFormat::Markdown:
            return readMarkdown(text);
        case SourceFormat::PlainText:
            break;
    }
    return readPlainText(text);
}

std::string sizeLimitText() {
    return std::to_string(kMaxArticleBytes / (1024 * 1024)) + " MB";
}

}  // namespace

Result<LoadedText> loadArticle(std::string_view bytes, std::string_view nameHint) {
    const std::string name = nameHint.empty() ? std::string("The article") : std::string(nameHint);
    if (bytes.empty())
        return Error{name + " is empty."};
    if (bytes.size() > kMaxArticleBytes) {
        return Error{name + " is larger than the " + sizeLimitText() + " limit for one article."};
    }
    const Error binary{name + " is not a text file: it contains binary data."};
    if (hasNulOutsideWideText(bytes))
        return binary;
    const std::optional<SourceFormat> named = formatFromName(nameHint);
    const bool maybeHtml = !named || *named == SourceFormat::Html;
    DecodedText decoded = decodeToUtf8(bytes, maybeHtml ? declaredCharset(bytes) : std::string());
    if (looksLikeBinary(decoded.utf8))
        return binary;
    const std::string clean = normalizeLineBreaks(decoded.utf8);
    LoadedText loaded;
    loaded.format = named ? *named : formatFromContent(clean);
    ArticleParts parts = readFormat(loaded.format, clean);
    loaded.text = normalizeNfc(parts.body);
    if (trimSpaces(loaded.text).empty())
        return Error{name + " contains no article text."};
    loaded.title = normalizeNfc(parts.title);
    loaded.published = std::move(parts.published);
    loaded.charset = std::move(decoded.charset);
    loaded.lang = guessLanguage(loaded.title + "\n" + loaded.text);
    return loaded;
}

Result<LoadedText> loadArticleFile(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        return Error{path + " does not exist."};
    if (fs::is_directory(status))
        return Error{path + " is a folder, not a file."};
    if (!fs::is_regular_file(status))
        return Error{path + " is not a regular file."};
    const auto size = fs::file_size(path, error);
    if (!error && size > kMaxArticleBytes) {
        return Error{path + " is larger than the " + sizeLimitText() + " limit for one article."};
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                               &std::fclose);
    if (!file)
        return Error{path + " could not be read: " + std::strerror(errno) + "."};
    std::string bytes(error ? 0 : static_cast<std::size_t>(size), '\0');
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file.get()));
    if (std::ferror(file.get()))
        return Error{path + " could not be read."};
    return loadArticle(bytes, path);
}

}  // namespace yeonpyo::text
