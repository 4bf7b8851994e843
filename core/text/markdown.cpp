// Markdown articles: front matter, headings, paragraphs, lists, quotes and code fences → text.
#include <array>
#include <optional>

#include "core/text/dateline.h"
#include "core/text/formats_p.h"
#include "core/text/markdown_inline_p.h"
#include "core/text/text_cleanup_p.h"

namespace yeonpyo::text {
namespace {

constexpr std::array<std::string_view, 5> kDateKeys{"date", "published", "pubdate", "publishdate",
                                                    "date_published"};

struct FrontMatter {
    std::string title;
    std::string date;
    std::size_t bodyStart = 0;
};

std::string_view nextLine(std::string_view text, std::size_t& position) {
    const std::size_t newline = text.find('\n', position);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(position, end - position);
    position = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
    return line;
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
}

std::string unquoted(std::string_view value) {
    value = trimSpaces(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front()) {
        value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
}

// YAML (---) or TOML (+++) front matter at the very start; empty when there is none.
FrontMatter readFrontMatter(std::string_view text) {
    FrontMatter front;
    const std::string_view fence = text.starts_with("---\n")   ? "---"
                                   : text.starts_with("+++\n") ? "+++"
                                                               : "";
    if (fence.empty())
        return front;
    const char separator = fence == "---" ? ':' : '=';
    for (std::size_t position = fence.size() + 1; position <= text.size();) {
        const std::string_view line = nextLine(text, position);
        if (trimSpaces(line) == fence || (fence == "---" && trimSpaces(line) == "...")) {
            front.bodyStart = std::min(position, text.size());
            return front;
        }
        const std::size_t at = line.find(separator);
        if (at == std::string_view::npos)
            continue;
        const std::string key = lowered(trimSpaces(line.substr(0, at)));
        if (key == "title")
            front.title = unquoted(line.substr(at + 1));
        for (auto dateKey : kDateKeys) {
            if (key == dateKey && front.date.empty())
                front.date = unquoted(line.substr(at + 1));
        }
    }
    return {};  // never closed: not front matter
}

// "```" or "~~~" when line opens a code fence, else empty.
std::string_view fenceMarker(std::string_view line) {
    for (std::string_view marker : {"```", "~~~"}) {
        if (line.starts_with(marker))
            return marker;
    }
    return {};
}

// ***, ---, ___ (three or more of one character, spaces allowed).
bool isRule(std::string_view line) {
    line = trimSpaces(line);
    if (line.empty() || (line[0] != '*' && line[0] != '-' && line[0] != '_'))
        return false;
    std::size_t marks = 0;
    for (char c : line) {
        if (c == line[0])
            ++marks;
        else if (c != ' ')
            return false;
    }
    return marks >= 3;
}

bool isSetextUnderline(std::string_view line) {
    line = trimSpaces(line);
    return !line.empty() && line.find_first_not_of(line[0]) == std::string_view::npos &&
           (line[0] == '=' || line[0] == '-');
}

// "# Title #" → "Title"; nullopt if the line is no ATX heading.
std::optional<std::string_view> atxHeading(std::string_view line) {
    const std::size_t level = line.find_first_not_of('#');
    if (level == 0 || level > 6 || (level < line.size() && line[level] != ' '))
        return std::nullopt;
    std::string_view heading = trimSpaces(line.substr(std::min(level, line.size())));
    while (heading.ends_with("#"))
        heading.remove_suffix(1);
    return trimSpaces(heading);
}

// The text of a list item ("- x", "* x", "+ x", "1. x", "1) x"), or nullopt.
std::optional<std::string_view> listItem(std::string_view line) {
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
        line[1] == ' ') {
        return line.substr(2);
    }
    const std::size_t digits = line.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string_view::npos || digits > 9 || digits + 1 >= line.size())
        return std::nullopt;
    if ((line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ')
        return line.substr(digits + 2);
    return std::nullopt;
}

// "[id]: https://…" reference definitions carry no text.
bool isReferenceDefinition(std::string_view line) {
    const std::size_t close = line.find("]:");
    return line.starts_with("[") && close != std::string_view::npos && line.find(']') == close;
}

class ParagraphBuilder {
public:
    void addLine(std::string_view line, bool ownLine) {
        if (!current_.empty())
            current_ += ownLine || hardBreak_ ? '\n' : ' ';
        current_.append(line);
        hardBreak_ = false;
    }
    void breakLine() { hardBreak_ = true; }
    bool hasParagraph() const { return !trimSpaces(current_).empty(); }
    std::string takeParagraph() {
        std::string paragraph = std::move(current_);
        current_.clear();
        return paragraph;
    }
    void endParagraph() { addParagraph(takeParagraph()); }
    void addParagraph(std::string_view paragraph) {
        if (trimSpaces(paragraph).empty())
            return;
        if (!body_.empty())
            body_ += "\n\n";
        body_.append(paragraph);
    }
    std::string body() { return tidyParagraphs(body_); }

private:
    std::string body_;
    std::string current_;
    bool hardBreak_ = false;
};

}  // namespace

ArticleParts readMarkdown(std::string_view text) {
    const FrontMatter front = readFrontMatter(text);
    ArticleParts parts{front.title, {}, normalizeDateTime(front.date)};
    bool titleFromHeading = !parts.title.empty();
    ParagraphBuilder paragraphs;
    auto heading = [&](std::string_view headingText) {
        paragraphs.endParagraph();
        std::string stripped = stripInlineMarkdown(headingText);
        if (titleFromHeading) {
            paragraphs.addParagraph(stripped);
        } else {
            parts.title = std::string(trimSpaces(stripped));
            titleFromHeading = true;
        }
    };
    std::string_view fence;  // the marker of the open code fence; empty outside code
    for (std::size_t position = front.bodyStart; position <= text.size();) {
        const std::string_view raw = nextLine(text, position);
        std::string_view line =
            raw.substr(std::min(raw.find_first_not_of(' '), std::min<std::size_t>(3, raw.size())));
        if (!fence.empty()) {
            if (line.starts_with(fence)) {
                fence = {};
                paragraphs.endParagraph();
            } else {
                paragraphs.addLine(raw, true);
            }
            continue;
        }
        while (line.starts_with(">"))
            line = trimSpaces(line.substr(1));
        if (!fenceMarker(line).empty()) {
            paragraphs.endParagraph();
            fence = fenceMarker(line);
        } else if (trimSpaces(line).empty()) {
            paragraphs.endParagraph();
        } else if (isSetextUnderline(line) && paragraphs.hasParagraph()) {
            heading(paragraphs.takeParagraph());
        } else if (isRule(line)) {
            paragraphs.endParagraph();
        } else if (auto atx = atxHeading(line)) {
            heading(*atx);
        } else if (!isReferenceDefinition(line)) {
            const auto item = listItem(line);
            std::string_view content = item ? *item : line;
            const bool hardBreak = content.ends_with("  ") || content.ends_with("\\");
            if (content.ends_with("\\"))
                content.remove_suffix(1);
            paragraphs.addLine(trimSpaces(stripInlineMarkdown(content)), item.has_value());
            if (hardBreak)
                paragraphs.breakLine();
        }
    }
    paragraphs.endParagraph();
    parts.body = paragraphs.body();
    if (parts.published.empty())
        parts.published = findDateline(parts.body);
    return parts;
}

}  // namespace yeonpyo::text
