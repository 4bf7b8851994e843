// ScanCursor: the literal, digit and space readers behind the date and dateline parsers.
#include "core/text/scan_cursor_p.h"

namespace yeonpyo::text {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool ScanCursor::literal(std::string_view s) {
    if (!rest().starts_with(s))
        return false;
    position_ += s.size();
    return true;
}

bool ScanCursor::literalIgnoringCase(std::string_view s) {
    const std::string_view candidate = rest().substr(0, s.size());
    if (candidate.size() != s.size())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (asciiLower(candidate[i]) != asciiLower(s[i]))
            return false;
    }
    position_ += s.size();
    return true;
}

bool ScanCursor::oneOf(std::string_view chars) {
    if (atEnd() || chars.find(peek()) == std::string_view::npos)
        return false;
    ++position_;
    return true;
}

bool ScanCursor::skipSpaces() {
    const std::size_t start = position_;
    while (oneOf(" \t") || literal(kNoBreakSpace)) {
    }
    return position_ != start;
}

std::optional<int> ScanCursor::number(int minDigits, int maxDigits) {
    std::size_t end = position_;
    int value = 0;
    while (end < text_.size() && isDigit(text_[end])) {
        if (static_cast<int>(end - position_) == maxDigits)
            return std::nullopt;
        value = value * 10 + (text_[end] - '0');
        ++end;
    }
    if (static_cast<int>(end - position_) < minDigits)
        return std::nullopt;
    position_ = end;
    return value;
}

bool ScanCursor::atWordEnd() const {
    const char c = asciiLower(peek());
    return !(c >= 'a' && c <= 'z');
}

}  // namespace yeonpyo::text
