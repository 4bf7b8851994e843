// Inline Markdown: one left-to-right pass with brackets matched in advance, so it stays linear.
#include "core/text/markdown_inline_p.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <utility>
#include <vector>

namespace yeonpyo::text {
namespace {

constexpr std::string_view kEscapable = "\\`*_{}[]()#+-.!~<>|\"'";
constexpr std::size_t kNone = std::string_view::npos;
// Longer lines are not Markdown prose; they get emphasis and escapes removed but no link or code
// span matching, which needs memory in proportion to the line.
constexpr std::size_t kMaxStructuredLineBytes = 64 * 1024;

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

bool isWordByte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// For every '[' and '(' the offset of its closing bracket (nesting and escapes respected), and
// for every run of backticks the start of the next run of the same length.
std::vector<std::size_t> matchBrackets(std::string_view line) {
    std::vector<std::size_t> partner(line.size(), kNone);
    std::vector<std::size_t> squares;
    std::vector<std::size_t> rounds;
    std::vector<std::pair<std::size_t, std::size_t>> backtickRuns;  // start, length
    for (std::size_t i = 0; i < line.size(); ++i) {
        auto& stack = line[i] == '[' || line[i] == ']' ? squares : rounds;
        if (line[i] == '\\') {
            ++i;
        } else if (line[i] == '`') {
            const std::size_t end = std::min(line.find_first_not_of('`', i), line.size());
            backtickRuns.emplace_back(i, end - i);
            i = end - 1;
        } else if (line[i] == '[' || line[i] == '(') {
            stack.push_back(i);
        } else if ((line[i] == ']' || line[i] == ')') && !stack.empty()) {
            partner[stack.back()] = i;
            stack.pop_back();
        }
    }
    std::unordered_map<std::size_t, std::size_t> nextRunOfLength;
    for (auto run = backtickRuns.rbegin(); run != backtickRuns.rend(); ++run) {
        if (auto next = nextRunOfLength.find(run->second); next != nextRunOfLength.end()) {
            partner[run->first] = next->second;
        }
        nextRunOfLength[run->second] = run->first;
    }
    return partner;
}

// A run of emphasis markers is markup when it touches a word on one side only; inside words
// (snake_case, 5*3) and between spaces it is text.
bool isEmphasisRun(std::string_view line, std::size_t begin, std::size_t end) {
    const char before = begin == 0 ? ' ' : line[begin - 1];
    const char after = end >= line.size() ? ' ' : line[end];
    if (isSpace(before) && isSpace(after))
        return false;
    return !(isWordByte(before) && isWordByte(after));
}

class InlineStripper {
public:
    InlineStripper(std::string_view line, bool structured)
        : line_(line), partner_(structured ? matchBrackets(line) : std::vector<std::size_t>()) {}

    std::string run(std::size_t begin, std::size_t end, bool links) {
        std::string out;
        out.reserve(end - begin);
        for (std::size_t i = begin; i < end;)
            i = step(i, end, links, out);
        return out;
    }

private:
    bool structured() const { return !partner_.empty(); }

    // Handles the construct starting at i; returns where the next one starts.
    std::size_t step(std::size_t i, std::size_t end, bool links, std::string& out) {
        const char c = line_[i];
        if (c == '\\' && i + 1 < end && kEscapable.find(line_[i + 1]) != kNone) {
            out += line_[i + 1];
            return i + 2;
        }
        if (c == '`' && structured())
            return codeSpan(i, end, out);
        const bool image = c == '!' && i + 1 < end && line_[i + 1] == '[';
        if ((c == '[' || image) && links && structured())
            return link(i, image, end, out);
        if (c == '*' || c == '_' || c == '~') {
            const std::size_t runEnd = std::min(line_.find_first_not_of(c, i), end);
            const bool markup = isEmphasisRun(line_, i, runEnd) && (c != '~' || runEnd - i >= 2);
            if (!markup)
                out.append(line_.substr(i, runEnd - i));
            return runEnd;
        }
        out += c;
        return i + 1;
    }

    std::size_t codeSpan(std::size_t i, std::size_t end, std::string& out) {
        const std::size_t runEnd = std::min(line_.find_first_not_of('`', i), end);
        const std::string_view fence = line_.substr(i, runEnd - i);
        const std::size_t close = partner_[i];
        if (close == kNone || close >= end) {
            out.append(fence);
            return runEnd;
        }
        out.append(line_.substr(runEnd, close - runEnd));
        return close + fence.size();
    }

    // [text](url), [text][ref] → text; ![alt](url) → nothing.
    std::size_t link(std::size_t i, bool image, std::size_t end, std::string& out) {
        const std::size_t open = image ? i + 1 : i;
        const std::size_t close = partner_[open];
        const std::size_t target = close == kNone || close + 1 >= end ? kNone : close + 1;
        const bool hasTarget = target != kNone && (line_[target] == '(' || line_[target] == '[');
        const std::size_t targetEnd = hasTarget ? partner_[target] : kNone;
        if (targetEnd == kNone || targetEnd >= end) {
            out += line_[i];
            return i + 1;
        }
        if (!image)
            out += run(open + 1, close, false);
        return targetEnd + 1;
    }

    std::string_view line_;
    std::vector<std::size_t> partner_;
};

}  // namespace

std::string stripInlineMarkdown(std::string_view line) {
    InlineStripper stripper(line, !line.empty() && line.size() <= kMaxStructuredLineBytes);
    return stripper.run(0, line.size(), true);
}

}  // namespace yeonpyo::text
