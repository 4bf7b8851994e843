// Quotation mark pairing with a small stack per paragraph; outermost closed pairs are kept.
#include "core/text/quote_pairs_p.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace yeonpyo::text {
namespace {

enum class Mark { Curly, CurlySingle, Corner, WhiteCorner, Straight, StraightSingle };

struct Opener {
    Mark mark;
    std::size_t open;
    std::size_t contentBegin;
};

// Openers nested deeper than this are ignored; real quotations nest two or three deep.
constexpr std::size_t kMaxNesting = 16;

bool isLetterOrDigit(UChar32 c) {
    return c >= 0 && (u_isalnum(c) != 0);
}

bool isAsciiLetterOrDigit(UChar32 c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSpaceOrEnd(UChar32 c) {
    return c < 0 || u_isUWhiteSpace(c);
}

class Pairer {
public:
    void open(Mark mark, std::size_t at, std::size_t after) {
        if (stack_.size() < kMaxNesting)
            stack_.push_back({mark, at, after});
    }

    // Closes the innermost open mark of this kind; false when none is open.
    bool close(Mark mark, std::size_t at, std::size_t after) {
        for (std::size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i].mark != mark)
                continue;
            closed_.push_back({stack_[i].open, stack_[i].contentBegin, at, after,
                               mark == Mark::CurlySingle || mark == Mark::StraightSingle});
            stack_.resize(i);
            return true;
        }
        return false;
    }

    bool isOpen(Mark mark) const {
        for (const auto& opener : stack_) {
            if (opener.mark == mark)
                return true;
        }
        return false;
    }

    // A line break ends straight quotes; a blank line ends every quote.
    void lineBreak(bool blankLine) {
        std::size_t keep = 0;
        while (keep < stack_.size() && !blankLine && stack_[keep].mark != Mark::Straight &&
               stack_[keep].mark != Mark::StraightSingle) {
            ++keep;
        }
        stack_.resize(keep);
    }

    // Closed pairs that no other closed pair contains, in order.
    std::vector<QuotePair> outermost() const {
        std::vector<QuotePair> sorted = closed_;
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto& a, const auto& b) { return a.open < b.open; });
        std::vector<QuotePair> kept;
        for (const auto& pair : sorted) {
            if (kept.empty() || pair.open >= kept.back().end)
                kept.push_back(pair);
        }
        return kept;
    }

private:
    std::vector<Opener> stack_;
    std::vector<QuotePair> closed_;
};

}  // namespace

std::vector<QuotePair> findQuotePairs(std::string_view utf8) {
    Pairer pairer;
    const auto* data = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int64_t>(utf8.size());
    UChar32 previous = -1;
    for (std::int64_t i = 0; i < length;) {
        const auto at = static_cast<std::size_t>(i);
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        const auto after = static_cast<std::size_t>(i);
        UChar32 next = -1;
        if (std::int64_t peek = i; peek < length)
            U8_NEXT(data, peek, length, next);
        switch (c) {
            case '\n': {
                std::size_t j = after;
                while (j < utf8.size() && (utf8[j] == ' ' || utf8[j] == '\t'))
                    ++j;
                pairer.lineBreak(j < utf8.size() && utf8[j] == '\n');
                break;
            }
            case 0x201C:
                pairer.open(Mark::Curly, at, after);
                break;
            case 0x201D:
                pairer.close(Mark::Curly, at, after);
                break;
            case 0x2018:
                pairer.open(Mark::CurlySingle, at, after);
                break;
            case 0x2019:
                pairer.close(Mark::CurlySingle, at, after);
                break;  // else an apostrophe
            case 0x300C:
                pairer.open(Mark::Corner, at, after);
                break;
            case 0x300D:
                pairer.close(Mark::Corner, at, after);
                break;
            case 0x300E:
                pairer.open(Mark::WhiteCorner, at, after);
                break;
            case 0x300F:
                pairer.close(Mark::WhiteCorner, at, after);
                break;
            case '"':
                if (!pairer.close(Mark::Straight, at, after) && !isSpaceOrEnd(next)) {
                    pairer.open(Mark::Straight, at, after);
                }
                break;
            case '\'':
                if (pairer.isOpen(Mark::StraightSingle) && !isSpaceOrEnd(previous) &&
                    !isAsciiLetterOrDigit(next)) {
                    pairer.close(Mark::StraightSingle, at, after);
                } else if (!isLetterOrDigit(previous) && !isSpaceOrEnd(next)) {
                    pairer.open(Mark::StraightSingle, at, after);
                }
                break;
            default:
                break;
        }
        previous = c;
    }
    return pairer.outermost();
}

}  // namespace yeonpyo::text
