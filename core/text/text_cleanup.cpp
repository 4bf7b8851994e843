// Binary detection, line-break normalisation and paragraph tidying over decoded UTF-8.
#include "core/text/text_cleanup_p.h"

#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kLineSeparator = "\xE2\x80\xA8";
constexpr std::string_view kParagraphSeparator = "\xE2\x80\xA9";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr unsigned char kC1Lead = 0xC2;  // C1 controls are C2 80 … C2 9F in UTF-8.

bool isLineBreakControl(unsigned char c) {
    return c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isControl(unsigned char c) {
    return (c < 0x20 && c != '\t' && !isLineBreakControl(c)) || c == 0x7F;
}

bool isC1At(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]) == kC1Lead && i + 1 < text.size() &&
           static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
           static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

bool isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

bool looksLikeBinary(std::string_view utf8) {
    std::size_t controls = 0;
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == 0)
            return true;
        if (!isContinuationByte(utf8[i]))
            ++codePoints;
        if (isControl(c) || (isC1At(utf8, i) && utf8[i + 1] != '\x85'))
            ++controls;
    }
    return controls * 100 > codePoints;
}

std::string normalizeLineBreaks(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\r') {
            if (i + 1 < utf8.size() && utf8[i + 1] == '\n')
                ++i;
            out += '\n';
        } else if (isLineBreakControl(c)) {
            out += '\n';
        } else if (isControl(c)) {
            continue;
        } else if (isC1At(utf8, i)) {
            if (utf8[i + 1] == '\x85')
                out += '\n';  // NEL
            ++i;
        } else if (c == 0xE2 && utf8.substr(i, 3) == kLineSeparator) {
            out += '\n';
            i += 2;
        } else if (c == 0xE2 && utf8.substr(i, 3) == kParagraphSeparator) {
            out += "\n\n";
            i += 2;
        } else if (c == 0xEF && utf8.substr(i, 3) == kByteOrderMark) {
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string tidyParagraphs(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pendingBreaks = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (isSpaceOrTab(line.back()) || line.ends_with(kNoBreakSpace))) {
            line.remove_suffix(isSpaceOrTab(line.back()) ? 1 : kNoBreakSpace.size());
        }
        if (trimSpaces(line).empty()) {
            ++pendingBreaks;
        } else {
            if (!out.empty())
                out.append(pendingBreaks > 0 ? "\n\n" : "\n");
            out.append(line);
            pendingBreaks = 0;
        }
        if (newline == std::string_view::npos)
            break;
        start = newline + 1;
    }
    return out;
}

std::string_view trimSpaces(std::string_view text) {
    auto isSpace = [](std::string_view s, bool front) {
        if (s.empty())
            return std::size_t{0};
        const char c = front ? s.front() : s.back();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return std::size_t{1};
        const bool nbsp = front ? s.starts_with(kNoBreakSpace) : s.ends_with(kNoBreakSpace);
        return nbsp ? kNoBreakSpace.size() : std::size_t{0};
    };
    while (std::size_t n = isSpace(text, true))
        text.remove_prefix(n);
    while (std::size_t n = isSpace(text, false))
        text.remove_suffix(n);
    return text;
}

}  // namespace yeonpyo::text
