// A forgiving HTML tokenizer (text, start and end tags; comments and doctypes skipped) for the
// sanitizer that runs before Gumbo.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace yeonpyo::text {

struct HtmlAttribute {
    std::string name;        ///< Lower case.
    std::string_view value;  ///< As written, character references not yet decoded.
};

struct HtmlToken {
    enum class Kind { Text, RawText, StartTag, EndTag };
    Kind kind = Kind::Text;
    std::string_view text;  ///< Text and RawText: the characters as written.
    std::string name;       ///< Tags: lower-case tag name.
    std::vector<HtmlAttribute> attributes;
    bool selfClosing = false;
};

/// Splits HTML into tokens the way HTML5 does in the common cases: comments (including <!-->),
/// doctypes and processing instructions are skipped, a tag cut off by the end of the input is
/// dropped, and the content of script, style, title, textarea and similar elements comes as one
/// RawText token up to their end tag.
class HtmlTokenizer {
public:
    explicit HtmlTokenizer(std::string_view html) : html_(html) {}

    /// Reads the next token; false at the end of the input.
    bool next(HtmlToken& token);

private:
    bool markupAt(std::size_t position) const;
    void skipComment();
    void skipUntilGreaterThan();
    bool readTag(HtmlToken& token, bool end);
    void readAttributes(HtmlToken& token);

    std::string_view html_;
    std::size_t position_ = 0;
    std::string rawTextEnd_;  ///< "</script" etc. while inside a raw text element.
};

/// Element names whose content is raw text, not markup.
bool isRawTextElement(std::string_view name);

}  // namespace yeonpyo::text
