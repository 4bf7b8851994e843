// Conversions between the core's code point offsets and QString's UTF-16 positions.
#pragma once

#include <QString>

namespace yeonpyo::gui {

/// UTF-16 index in text of the code point at codePointOffset (clamped to the text's end).
int utf16Position(const QString& text, int codePointOffset);

/// Code point offset of the UTF-16 index position in text.
int codePointOffset(const QString& text, int utf16Position);

}  // namespace yeonpyo::gui
