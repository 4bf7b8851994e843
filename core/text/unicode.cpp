// NFC normalisation with ICU, code point counting and indexing, and the script-based language
// guess.
#include "core/text/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

constexpr int kBlockSize = 64;

bool isHangul(UChar32 c) {
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
           (c >= 0x3130 && c <= 0x318F);
}

bool isLatinLetter(UChar32 c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

}  // namespace

std::string normalizeNfc(std::string_view utf8) {
    const std::string repaired = isValidUtf8(utf8) ? std::string() : repairUtf8(utf8);
    const std::string_view source = repaired.empty() ? utf8 : std::string_view(repaired);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    std::string normalized;
    normalized.reserve(source.size());
    icu::StringByteSink<std::string> sink(&normalized);
    if (U_SUCCESS(status)) {
        nfc->normalizeUTF8(
            0, icu::StringPiece(source.data(), static_cast<std::int32_t>(source.size())), sink,
            nullptr, status);
    }
    return U_SUCCESS(status) ? normalized : std::string(source);
}

int codePointCount(std::string_view utf8) {
    return static_cast<int>(std::count_if(utf8.begin(), utf8.end(),
                                          [](char byte) { return !isContinuationByte(byte); }));
}

CodePointIndex::CodePointIndex(std::string_view utf8) : text_(utf8) {
    blockStarts_.reserve(utf8.size() / kBlockSize + 1);
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (isContinuationByte(utf8[i]))
            continue;
        if (size_ % kBlockSize == 0)
            blockStarts_.push_back(i);
        ++size_;
    }
}

int CodePointIndex::toCodePoint(std::size_t byteOffset) const {
    if (byteOffset >= text_.size())
        return size_;
    const auto after = std::upper_bound(blockStarts_.begin(), blockStarts_.end(), byteOffset);
    if (after == blockStarts_.begin())
        return 0;
    const auto block = static_cast<int>(after - blockStarts_.begin()) - 1;
    const std::string_view run = text_.substr(*(after - 1), byteOffset - *(after - 1));
    // A lead byte before byteOffset counts its code point, even when byteOffset falls inside it.
    return block * kBlockSize + codePointCount(run);
}

std::size_t CodePointIndex::toByte(int codePointOffset) const {
    if (codePointOffset <= 0)
        return 0;
    if (codePointOffset >= size_)
        return text_.size();
    std::size_t byte = blockStarts_[static_cast<std::size_t>(codePointOffset / kBlockSize)];
    for (int step = codePointOffset % kBlockSize; step > 0; --step) {
        ++byte;
        while (byte < text_.size() && isContinuationByte(text_[byte]))
            ++byte;
    }
    return byte;
}

int CodePointIndex::size() const {
    return size_;
}

std::string guessLanguage(std::string_view utf8) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int64_t>(utf8.size());
    std::int64_t hangul = 0;
    std::int64_t letters = 0;
    for (std::int64_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (isHangul(c)) {
            ++hangul;
            ++letters;
        } else if (isLatinLetter(c)) {
            ++letters;
        }
    }
    // A Hangul syllable stands for a whole Latin word's worth of letters, so a fifth is notable.
    return letters > 0 && hangul * 5 >= letters ? "ko" : "en";
}

}  // namespace yeonpyo::text
