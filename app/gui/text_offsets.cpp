// Code point ↔ UTF-16 offset conversion for highlighting quotes in Qt text widgets.
#include "app/gui/text_offsets.h"

namespace yeonpyo::gui {

int utf16Position(const QString& text, int codePointOffset) {
    int position = 0;
    for (int counted = 0; counted < codePointOffset && position < text.size(); ++counted) {
        const bool pair = text.at(position).isHighSurrogate() && position + 1 < text.size() &&
                          text.at(position + 1).isLowSurrogate();
        position += pair ? 2 : 1;
    }
    return position;
}

int codePointOffset(const QString& text, int utf16Position) {
    int counted = 0;
    for (int position = 0; position < utf16Position && position < text.size(); ++counted) {
        const bool pair = text.at(position).isHighSurrogate() && position + 1 < text.size() &&
                          text.at(position + 1).isLowSurrogate();
        position += pair ? 2 : 1;
    }
    return counted;
}

}  // namespace yeonpyo::gui
