// Plain-text articles: a headline line as the title, hard-wrapped paragraphs joined, the dateline.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/text/dateline.h"
#include "core/text/formats_p.h"
#include "core/text/text_cleanup_p.h"
#include "core/text/unicode.h"

namespace yeonpyo::text {
namespace {

constexpr int kMaxHeadlineCodePoints = 150;
// Hard wrapping: at most this many columns, at least this many wrapped lines, and this share of
// inner lines (followed by another line of the same paragraph) at least 3/4 of the widest line.
constexpr int kMaxWrapColumns = 100;
constexpr std::size_t kMinWrappedLines = 3;
constexpr double kMinFullLineShare = 0.75;
constexpr double kFullLineWidth = 0.75;

bool looksLikeHeadline(std::string_view line) {
    line = trimSpaces(line);
    if (line.empty() || codePointCount(line) > kMaxHeadlineCodePoints)
        return false;
    return !line.ends_with(".") && !line.ends_with("。") && !line.ends_with(":");
}

// Display columns, East Asian wide and full-width characters taking two; counting stops past
// kMaxWrapColumns, as wider lines rule out hard wrapping anyway.
int displayWidth(std::string_view line) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(line.data());
    const auto length = static_cast<std::int64_t>(line.size());
    int width = 0;
    for (std::int64_t i = 0; i < length && width <= kMaxWrapColumns;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        const auto eastAsian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        width += eastAsian == U_EA_WIDE || eastAsian == U_EA_FULLWIDTH ? 2 : 1;
    }
    return width;
}

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0;;) {
        const std::size_t newline = text.find('\n', start);
        lines.push_back(
            text.substr(start, newline == std::string_view::npos ? newline : newline - start));
        if (newline == std::string_view::npos)
            return lines;
        start = newline + 1;
    }
}

}  // namespace

std::string unwrapHardWrappedLines(std::string_view text) {
    const std::vector<std::string_view> lines = splitLines(text);
    std::vector<int> widths(lines.size());
    std::transform(lines.begin(), lines.end(), widths.begin(), displayWidth);
    const int widest = widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
    if (widest > kMaxWrapColumns)
        return std::string(text);
    const auto full = [&](std::size_t i) { return widths[i] >= widest * kFullLineWidth; };
    const auto inner = [&](std::size_t i) {
        return i + 1 < lines.size() && !lines[i].empty() && !lines[i + 1].empty();
    };
    std::size_t innerLines = 0;
    std::size_t fullInnerLines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!inner(i))
            continue;
        ++innerLines;
        if (full(i))
            ++fullInnerLines;
    }
    if (fullInnerLines < kMinWrappedLines || fullInnerLines < innerLines * kMinFullLineShare) {
        return std::string(text);
    }
    std::string joined;
    joined.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        joined.append(lines[i]);
        if (i + 1 < lines.size())
            joined += inner(i) && full(i) ? ' ' : '\n';
    }
    return joined;
}

ArticleParts readPlainText(std::string_view text) {
    const std::string tidy = tidyParagraphs(text);
    ArticleParts parts;
    parts.published = findDateline(tidy);
    const std::size_t firstBreak = tidy.find('\n');
    std::string_view body = tidy;
    if (firstBreak != std::string::npos && looksLikeHeadline(tidy.substr(0, firstBreak))) {
        parts.title = std::string(trimSpaces(tidy.substr(0, firstBreak)));
        body = trimSpaces(std::string_view(tidy).substr(firstBreak));
    }
    parts.body = unwrapHardWrappedLines(body);
    return parts;
}

}  // namespace yeonpyo::text
