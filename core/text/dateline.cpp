// Datelines: labelled publication and update lines near the top or bottom of an article, and bare
// date-times on a line of their own, read with the date value parser.
#include "core/text/dateline.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "core/text/date_value_p.h"
#include "core/text/scan_cursor_p.h"
#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

// Higher wins: a first-publication line, then an update line, then a bare date-time.
enum class Strength { Bare = 1, Updated = 2, Published = 3 };

struct Label {
    std::string_view text;  ///< Lower case for Latin labels.
    Strength strength;
    bool korean;
};

constexpr std::array<Label, 12> kLabels{{
    {"기사입력", Strength::Published, true},
    {"최초입력", Strength::Published, true},
    {"입력", Strength::Published, true},
    {"등록", Strength::Published, true},
    {"송고", Strength::Published, true},
    {"최종수정", Strength::Updated, true},
    {"수정", Strength::Updated, true},
    {"업데이트", Strength::Updated, true},
    {"published", Strength::Published, false},
    {"posted", Strength::Published, false},
    {"updated", Strength::Updated, false},
    {"modified", Strength::Updated, false},
}};

// Words that may follow a Korean label before its date: 입력시간, 등록일, 수정일시.
constexpr std::array<std::string_view, 4> kKoreanLabelSuffixes{"일시", "시간", "시각", "일"};

// A dateline sits within this many bytes of the start or the end of the text.
constexpr std::size_t kWindowBytes = 3000;
// A bare date-time counts only on a line at most this long ("2024.02.28 17:32 | 정다은 기자").
constexpr std::size_t kMaxBareLineBytes = 100;

struct Candidate {
    Strength strength;
    std::size_t position;
    DateTimeValue value;
};

std::string asciiLower(std::string_view text) {
    std::string lowered(text);
    for (auto& c : lowered) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    }
    return lowered;
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Skips what stands between a label and its date: 시간/일, spaces, ':', '|', "on".
void skipAfterLabel(ScanCursor& cursor, const Label& label) {
    if (label.korean) {
        for (auto suffix : kKoreanLabelSuffixes) {
            if (cursor.literal(suffix))
                break;
        }
    }
    cursor.skipSpaces();
    if (cursor.oneOf(":|") || cursor.literal("："))
        cursor.skipSpaces();
    const std::size_t beforeOn = cursor.position();
    if (!label.korean && cursor.literalIgnoringCase("on") && cursor.skipSpaces())
        return;
    cursor.moveTo(beforeOn);
}

void addLabelled(std::string_view text, std::size_t begin, std::size_t end,
                 std::vector<Candidate>& found) {
    const std::string lowered = asciiLower(text.substr(begin, end - begin));
    for (const auto& label : kLabels) {
        for (std::size_t at = lowered.find(label.text); at != std::string::npos;
             at = lowered.find(label.text, at + 1)) {
            const std::size_t position = begin + at;
            if (!label.korean && position > 0 && isAsciiLetter(text[position - 1]))
                continue;
            ScanCursor cursor(text, position + label.text.size());
            skipAfterLabel(cursor, label);
            auto parsed = parseDateTimeAt(cursor.rest());
            if (!parsed)
                continue;
            parsed->value.koreanStyle = parsed->value.koreanStyle || label.korean;
            found.push_back({label.strength, position, parsed->value});
        }
    }
}

bool onlyPunctuationLeft(std::string_view rest) {
    return std::all_of(rest.begin(), rest.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '|' || c == '/' || c == '-' || c == ')' || c == ']';
    });
}

// Bare date-times at the starts of lines within [begin, end); lines may run past end.
void addBare(std::string_view text, std::size_t begin, std::size_t end,
             std::vector<Candidate>& found) {
    const auto nextLineStart = [&](std::size_t from) {
        const std::size_t newline = text.substr(0, end).find('\n', from);
        return newline == std::string_view::npos ? end : newline + 1;
    };
    std::size_t line = begin > 0 && text[begin - 1] != '\n' ? nextLineStart(begin) : begin;
    while (line < end) {
        const std::string_view start = text.substr(line, kMaxBareLineBytes + 1);
        const std::size_t length = std::min(start.find('\n'), start.size());
        if (length <= kMaxBareLineBytes) {
            ScanCursor cursor(start.substr(0, length));
            cursor.skipSpaces();
            const auto parsed = parseDateTimeAt(cursor.rest());
            if (parsed && (parsed->value.hour >= 0 ||
                           onlyPunctuationLeft(cursor.rest().substr(parsed->length)))) {
                found.push_back({Strength::Bare, line, parsed->value});
            }
        }
        line = nextLineStart(line);
    }
}

// The tail window: the last kWindowBytes of text, from a code point boundary.
std::size_t tailWindowBegin(std::string_view text) {
    std::size_t begin = text.size() > kWindowBytes ? text.size() - kWindowBytes : 0;
    while (begin < text.size() && isContinuationByte(text[begin]))
        ++begin;
    return begin;
}

std::string finish(DateTimeValue value) {
    constexpr int kKoreanStandardTime = 9 * 60;
    if (value.koreanStyle && value.hour >= 0 && !value.offsetMinutes) {
        value.offsetMinutes = kKoreanStandardTime;
    }
    return toIso8601(value);
}

}  // namespace

std::string findDateline(std::string_view utf8) {
    std::vector<Candidate> found;
    const std::size_t headEnd = std::min(utf8.size(), kWindowBytes);
    const std::size_t tailBegin = std::max(headEnd, tailWindowBegin(utf8));
    for (auto [begin, end] : {std::pair{std::size_t{0}, headEnd}, {tailBegin, utf8.size()}}) {
        if (begin >= end)
            continue;
        addLabelled(utf8, begin, end, found);
        addBare(utf8, begin, end, found);
    }
    const auto best =
        std::min_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
            return a.strength != b.strength ? a.strength > b.strength : a.position < b.position;
        });
    return best == found.end() ? std::string() : finish(best->value);
}

std::string normalizeDateTime(std::string_view value) {
    ScanCursor cursor(value);
    while (cursor.skipSpaces() || cursor.oneOf("\n\r")) {
    }
    const auto parsed = parseDateTimeAt(cursor.rest());
    return parsed ? finish(parsed->value) : std::string();
}

}  // namespace yeonpyo::text
