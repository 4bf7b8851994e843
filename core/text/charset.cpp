// Charset decisions: byte order marks, UTF-8 checks, declared charsets, strict CP949, ICU
// detection.
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "core/text/charset_p.h"
#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

struct ByteOrderMark {
    std::string_view bytes;
    const char* charset;
};

// UTF-32LE before UTF-16LE: its mark begins with UTF-16LE's.
constexpr std::array<ByteOrderMark, 5> kByteOrderMarks{{
    {"\xEF\xBB\xBF", "UTF-8"},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {"\xFF\xFE", "UTF-16LE"},
    {"\xFE\xFF", "UTF-16BE"},
}};

// How much of the input the declared-charset scan and ICU's detector look at.
constexpr std::size_t kDeclarationWindow = 4096;
constexpr std::size_t kDetectionWindow = 256 * 1024;

// UTF-8 with one ill-formed sequence per this many well-formed multi-byte characters or fewer is
// still UTF-8 (ICU's detector uses the same ratio); CP949 Korean text comes nowhere near it.
constexpr std::size_t kUtf8ValidPerInvalid = 10;

struct CharsetAlias {
    std::string_view name;
    const char* decodeAs;
};

// Declared or detected names decoded with a superset, as browsers do.
constexpr std::array<CharsetAlias, 9> kSupersets{{
    {"euc-kr", "windows-949"},
    {"ks_c_5601-1987", "windows-949"},
    {"cp949", "windows-949"},
    {"x-windows-949", "windows-949"},
    {"uhc", "windows-949"},
    {"iso-8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
}};

std::string asciiLower(std::string_view text) {
    std::string lowered(text);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return lowered;
}

const char* decodingName(const std::string& lowered, const char* fallback) {
    for (const auto& alias : kSupersets) {
        if (lowered == alias.name)
            return alias.decodeAs;
    }
    return fallback;
}

// The charset token after "key" (charset= or encoding=) within [from, end) of lowered text.
std::string valueAfter(std::string_view lowered, std::string_view key, std::size_t from,
                       std::size_t end) {
    const std::size_t at = lowered.substr(0, end).find(key, from);
    if (at == std::string_view::npos)
        return {};
    std::size_t i = at + key.size();
    while (i < end &&
           (lowered[i] == ' ' || lowered[i] == '=' || lowered[i] == '"' || lowered[i] == '\''))
        ++i;
    const std::size_t start = i;
    while (i < end && (std::isalnum(static_cast<unsigned char>(lowered[i])) || lowered[i] == '-' ||
                       lowered[i] == '_' || lowered[i] == '.' || lowered[i] == ':'))
        ++i;
    return std::string(lowered.substr(start, i - start));
}

// "EUC-KR" when every double-byte character lies in the KS X 1001 range that EUC-KR covers,
// otherwise "windows-949" (CP949's extended Hangul). Assumes bytes decoded strictly as CP949.
std::string koreanCharsetName(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80)
            continue;
        const auto trail = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        if (lead < 0xA1 || trail < 0xA1)
            return "windows-949";
        ++i;
    }
    return "EUC-KR";
}

struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

// ICU's best guess for bytes, or empty.
std::string detectCharset(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    const std::string_view window = bytes.substr(0, kDetectionWindow);
    ucsdet_enableInputFilter(detector.get(), window.find('<') != std::string_view::npos);
    ucsdet_setText(detector.get(), window.data(), static_cast<int32_t>(window.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr)
        return {};
    const char* name = ucsdet_getName(match, &status);
    return U_SUCCESS(status) && name != nullptr ? std::string(name) : std::string();
}

DecodedText decodeAs(std::string_view bytes, const char* converterName, std::string reportedName) {
    auto converted = convertToUtf8(bytes, converterName, false);
    if (!converted)
        return {repairUtf8(bytes), "UTF-8"};
    return {std::move(*converted), std::move(reportedName)};
}

}  // namespace

bool hasNulOutsideWideText(std::string_view bytes) {
    const bool wide =
        std::any_of(kByteOrderMarks.begin() + 1, kByteOrderMarks.end(),
                    [&](const ByteOrderMark& mark) { return bytes.starts_with(mark.bytes); });
    return !wide && bytes.find('\0') != std::string_view::npos;
}

std::string declaredCharset(std::string_view bytes) {
    const std::string lowered = asciiLower(bytes.substr(0, kDeclarationWindow));
    if (lowered.starts_with("<?xml")) {
        const std::size_t end = std::min(lowered.find("?>"), lowered.size());
        if (auto name = valueAfter(lowered, "encoding", 0, end); !name.empty())
            return name;
    }
    for (std::size_t meta = lowered.find("<meta"); meta != std::string::npos;
         meta = lowered.find("<meta", meta + 5)) {
        const std::size_t end = std::min(lowered.find('>', meta), lowered.size());
        if (auto name = valueAfter(lowered, "charset", meta, end); !name.empty())
            return name;
    }
    return {};
}

DecodedText decodeToUtf8(std::string_view bytes, std::string_view declared) {
    for (const auto& mark : kByteOrderMarks) {
        if (!bytes.starts_with(mark.bytes))
            continue;
        const std::string_view body = bytes.substr(mark.bytes.size());
        if (mark.charset == std::string_view("UTF-8"))
            return {repairUtf8(body), "UTF-8"};
        return decodeAs(body, mark.charset, mark.charset);
    }
    if (isValidUtf8(bytes))
        return {std::string(bytes), "UTF-8"};

    const std::string declaredName = asciiLower(declared);
    if (!declaredName.empty() && declaredName != "utf-8" && declaredName != "utf8") {
        const char* converter = decodingName(declaredName, declaredName.c_str());
        const bool korean = converter == std::string_view("windows-949");
        if (auto converted = convertToUtf8(bytes, converter, false)) {
            return {std::move(*converted),
                    korean ? koreanCharsetName(bytes) : std::string(converter)};
        }
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalidSequences * kUtf8ValidPerInvalid < scan.multiByteCharacters) {
        return {repairUtf8(bytes), "UTF-8"};
    }
    if (auto korean = convertToUtf8(bytes, "windows-949", true)) {
        return {std::move(*korean), koreanCharsetName(bytes)};
    }
    const std::string detected = detectCharset(bytes);
    if (detected.empty() || detected == "UTF-8") {
        return detected.empty() ? decodeAs(bytes, "windows-1252", "windows-1252")
                                : DecodedText{repairUtf8(bytes), "UTF-8"};
    }
    return decodeAs(bytes, decodingName(asciiLower(detected), detected.c_str()), detected);
}

}  // namespace yeonpyo::text
