// Inline Markdown removal: emphasis, links, images, code spans and escapes → plain text.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::text {

/// One line of Markdown inline content as plain text: links become their text, images vanish,
/// code spans keep their content, emphasis markers at word boundaries and escapes are removed.
std::string stripInlineMarkdown(std::string_view line);

}  // namespace yeonpyo::text
