// HtmlTokenizer: HTML5 tokenization simplified to what text extraction needs.
#include "core/text/html_tokenizer_p.h"

#include <array>

namespace yeonpyo::text {
namespace {

constexpr std::array<std::string_view, 10> kRawTextElements{
    "script", "style",   "title",    "textarea", "xmp",
    "iframe", "noembed", "noframes", "noscript", "plaintext"};

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Case-insensitive search for an ASCII needle (lower case) from position.
std::size_t findIgnoringCase(std::string_view haystack, std::string_view needle, std::size_t from) {
    for (std::size_t at = haystack.find('<', from); at != std::string_view::npos;
         at = haystack.find('<', at + 1)) {
        if (haystack.size() - at < needle.size())
            return std::string_view::npos;
        bool same = true;
        for (std::size_t i = 0; i < needle.size() && same; ++i)
            same = lower(haystack[at + i]) == needle[i];
        if (same)
            return at;
    }
    return std::string_view::npos;
}

}  // namespace

bool isRawTextElement(std::string_view name) {
    for (auto element : kRawTextElements) {
        if (name == element)
            return true;
    }
    return false;
}

bool HtmlTokenizer::markupAt(std::size_t position) const {
    if (position + 1 >= html_.size())
        return false;
    const char next = html_[position + 1];
    return isAsciiLetter(next) || next == '/' || next == '!' || next == '?';
}

void HtmlTokenizer::skipComment() {
    position_ += 4;  // "<!--"
    if (html_.substr(position_).starts_with(">")) {
        position_ += 1;
    } else if (html_.substr(position_).starts_with("->")) {
        position_ += 2;
    } else {
        const std::size_t end = html_.find("-->", position_);
        position_ = end == std::string_view::npos ? html_.size() : end + 3;
    }
}

void HtmlTokenizer::skipUntilGreaterThan() {
    const std::size_t end = html_.find('>', position_);
    position_ = end == std::string_view::npos ? html_.size() : end + 1;
}

void HtmlTokenizer::readAttributes(HtmlToken& token) {
    while (position_ < html_.size()) {
        while (position_ < html_.size() &&
               (isHtmlSpace(html_[position_]) || html_[position_] == '/')) {
            token.selfClosing = html_[position_] == '/';
            ++position_;
        }
        if (position_ >= html_.size() || html_[position_] == '>')
            return;
        token.selfClosing = false;
        HtmlAttribute attribute;
        do {
            attribute.name += lower(html_[position_++]);
        } while (position_ < html_.size() && !isHtmlSpace(html_[position_]) &&
                 html_[position_] != '/' && html_[position_] != '>' && html_[position_] != '=');
        while (position_ < html_.size() && isHtmlSpace(html_[position_]))
            ++position_;
        if (position_ < html_.size() && html_[position_] == '=') {
            ++position_;
            while (position_ < html_.size() && isHtmlSpace(html_[position_]))
                ++position_;
            const char quote = position_ < html_.size() ? html_[position_] : '\0';
            const bool quoted = quote == '"' || quote == '\'';
            const std::size_t start = position_ + (quoted ? 1 : 0);
            std::size_t end = start;
            while (end < html_.size() &&
                   (quoted ? html_[end] != quote : !isHtmlSpace(html_[end]) && html_[end] != '>'))
                ++end;
            attribute.value = html_.substr(start, end - start);
            position_ = quoted && end < html_.size() ? end + 1 : end;
        }
        token.attributes.push_back(std::move(attribute));
    }
}

bool HtmlTokenizer::readTag(HtmlToken& token, bool end) {
    token.kind = end ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    position_ += end ? 2 : 1;
    while (position_ < html_.size() && !isHtmlSpace(html_[position_]) && html_[position_] != '/' &&
           html_[position_] != '>') {
        token.name += lower(html_[position_++]);
    }
    readAttributes(token);
    if (position_ >= html_.size())
        return false;  // cut off by the end of the input: dropped
    ++position_;       // '>'
    if (!end && isRawTextElement(token.name))
        rawTextEnd_ = "</" + token.name;
    return true;
}

bool HtmlTokenizer::next(HtmlToken& token) {
    token = HtmlToken();
    while (position_ < html_.size()) {
        if (!rawTextEnd_.empty()) {
            const std::size_t end = rawTextEnd_ == "</plaintext"
                                        ? std::string_view::npos
                                        : findIgnoringCase(html_, rawTextEnd_, position_);
            token.kind = HtmlToken::Kind::RawText;
            token.text =
                html_.substr(position_, end == std::string_view::npos ? end : end - position_);
            position_ = end == std::string_view::npos ? html_.size() : end;
            rawTextEnd_.clear();
            return true;
        }
        if (html_[position_] != '<' || !markupAt(position_)) {
            std::size_t end = position_ + 1;
            while (end < html_.size() && (html_[end] != '<' || !markupAt(end))) {
                end = html_.find('<', end + 1);
                if (end == std::string_view::npos)
                    end = html_.size();
            }
            token.kind = HtmlToken::Kind::Text;
            token.text = html_.substr(position_, end - position_);
            position_ = end;
            return true;
        }
        const char next = html_[position_ + 1];
        if (html_.substr(position_).starts_with("<!--")) {
            skipComment();
        } else if (next == '!' || next == '?' ||
                   (next == '/' &&
                    (position_ + 2 >= html_.size() || !isAsciiLetter(html_[position_ + 2])))) {
            skipUntilGreaterThan();
        } else {
            return readTag(token, next == '/');
        }
    }
    return false;
}

}  // namespace yeonpyo::text
