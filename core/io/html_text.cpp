// Tag stripping and character references for HTML fragments; markup escaping for HTML and XML.
#include "core/io/html_text_p.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

namespace yeonpyo::io {
namespace {

constexpr std::array kNamedReferences{
    std::pair{std::string_view{"amp"}, std::string_view{"&"}},
    std::pair{std::string_view{"lt"}, std::string_view{"<"}},
    std::pair{std::string_view{"gt"}, std::string_view{">"}},
    std::pair{std::string_view{"quot"}, std::string_view{"\""}},
    std::pair{std::string_view{"apos"}, std::string_view{"'"}},
    std::pair{std::string_view{"nbsp"}, std::string_view{"\xC2\xA0"}},
};

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | cp >> 6);
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | cp >> 12);
        out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | cp >> 18);
        out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
        out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Decodes the reference starting at html[at] == '&'; returns how many bytes it used (0: none).
std::size_t decodeReference(std::string_view html, std::size_t at, std::string& out) {
    const std::size_t semicolon = html.find(';', at);
    if (semicolon == std::string_view::npos || semicolon - at > 10)
        return 0;
    const std::string_view name = html.substr(at + 1, semicolon - at - 1);
    if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        std::uint32_t cp = 0;
        for (char c : name.substr(hex ? 2 : 1)) {
            const int digit =
                std::isxdigit(static_cast<unsigned char>(c))
                    ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                                   : (std::tolower(c) - 'a' + 10))
                    : -1;
            if (digit < 0 || (!hex && digit > 9))
                return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
        }
        appendUtf8(out, cp);
        return semicolon - at + 1;
    }
    for (const auto& [reference, text] : kNamedReferences) {
        if (name == reference) {
            out += text;
            return semicolon - at + 1;
        }
    }
    return 0;
}

bool startsTag(std::string_view html, std::size_t at, std::string_view tag) {
    if (html.size() < at + tag.size())
        return false;
    for (std::size_t i = 0; i < tag.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(html[at + i])) != tag[i])
            return false;
    }
    return true;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::string plainText(std::string_view html) {
    std::string out;
    for (std::size_t at = 0; at < html.size();) {
        if (html[at] == '<') {
            const std::size_t close = html.find('>', at);
            if (close == std::string_view::npos)
                break;
            if (startsTag(html, at, "<br") || startsTag(html, at, "</p"))
                out += '\n';
            at = close + 1;
        } else if (html[at] == '&') {
            const std::size_t used = decodeReference(html, at, out);
            if (used == 0)
                out += '&';
            at += used == 0 ? 1 : used;
        } else {
            out += html[at++];
        }
    }
    return trimmed(out);
}

std::string escapeMarkup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                // XML 1.0 forbids the other C0 controls; they carry nothing a reader would see.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                    out += c;
        }
    }
    return out;
}

}  // namespace yeonpyo::io
