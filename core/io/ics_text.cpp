// RFC 5545 §3.3.11 TEXT escaping and §3.1 line folding.
#include "core/io/ics_text_p.h"

namespace yeonpyo::io {
namespace {

constexpr std::size_t kMaxLineOctets = 75;

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string escapeIcsText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                    out += c;
        }
    }
    return out;
}

std::string foldIcsLine(std::string_view line) {
    std::string out;
    std::size_t budget = kMaxLineOctets;
    while (line.size() > budget) {
        std::size_t cut = budget;
        while (cut > 0 && isContinuationByte(line[cut]))
            --cut;
        if (cut == 0)
            cut = budget;  // not UTF-8 at all: cut where the limit is
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        budget = kMaxLineOctets - 1;  // the leading space counts
    }
    out.append(line);
    out += "\r\n";
    return out;
}

}  // namespace yeonpyo::io
