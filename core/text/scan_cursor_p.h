// A small forward cursor over UTF-8 text for hand-written parsers: literals, digits, spaces.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace yeonpyo::text {

/// Reads text left to right; every method that fails leaves the position where it was.
class ScanCursor {
public:
    explicit ScanCursor(std::string_view text, std::size_t position = 0)
        : text_(text), position_(position) {}

    std::size_t position() const { return position_; }
    void moveTo(std::size_t position) { position_ = position; }
    bool atEnd() const { return position_ >= text_.size(); }
    /// The byte at the cursor, or 0 at the end.
    char peek() const { return atEnd() ? '\0' : text_[position_]; }
    std::string_view rest() const { return text_.substr(position_); }

    /// Consumes s if the text continues with it.
    bool literal(std::string_view s);
    /// Consumes s if the text continues with it, ASCII letters compared without case.
    bool literalIgnoringCase(std::string_view s);
    /// Consumes one of chars if the next byte is one.
    bool oneOf(std::string_view chars);
    /// Skips spaces, tabs and no-break spaces; returns whether any were skipped.
    bool skipSpaces();
    /// Reads minDigits..maxDigits ASCII digits not followed by another digit.
    std::optional<int> number(int minDigits, int maxDigits);
    /// True when the next byte is not an ASCII letter (a word ends here).
    bool atWordEnd() const;

private:
    std::string_view text_;
    std::size_t position_;
};

}  // namespace yeonpyo::text
