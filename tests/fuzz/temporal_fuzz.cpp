// Fuzz target for core/temporal: any text tagged in Korean or English against a reference date
// and zone chosen by the first bytes, checking offsets and order, then every value through
// toUtcInterval, withUtcOffset and dateOfValue.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/temporal/temporal.h"
#include "core/text/unicode.h"
#include "core/text/utf8_p.h"

namespace {

using namespace yeonpyo::temporal;

constexpr std::size_t kHeaderBytes = 4;
constexpr std::array<std::string_view, 4> kZones{"Asia/Seoul", "UTC", "America/New_York",
                                                 "Pacific/Chatham"};

void require(bool condition) {
    if (!condition)
        std::abort();
}

/// Byte 0: language (bit 0), whether there is a reference date (bit 1), zone (bits 2–3);
/// bytes 1–3: the reference date, years 1900–2155.
Reference referenceFrom(const std::uint8_t* header) {
    Reference reference;
    reference.timeZone = std::string(kZones[(header[0] >> 2) & 3]);
    if ((header[0] & 2) != 0)
        reference.date = CivilDate{1900 + header[1], 1 + header[2] % 12, 1 + header[3] % 28};
    return reference;
}

void checkExpression(const TimeExpression& found, const std::string& text, int codePoints,
                     const Reference& reference) {
    require(0 <= found.begin && found.begin < found.end && found.end <= codePoints);
    require(found.byteBegin < found.byteEnd && found.byteEnd <= text.size());
    require(text.compare(found.byteBegin, found.byteEnd - found.byteBegin, found.text) == 0);
    require(!found.value.empty());
    require(yeonpyo::text::isValidUtf8(found.value) &&
            yeonpyo::text::isValidUtf8(found.derivation));
    const std::string_view zone =
        found.timeZone.empty() || found.timeZone == "local" ? reference.timeZone : found.timeZone;
    if (const auto interval = toUtcInterval(found.value, found.timeOfDay, found.mod, zone))
        require(interval->begin < interval->end);
    withUtcOffset(found.value, zone);
    dateOfValue(found.value);
    if (!found.endValue.empty())
        toUtcInterval(found.endValue, {}, zone);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < kHeaderBytes)
        return 0;
    const Reference reference = referenceFrom(data);
    const Language language = (data[0] & 1) != 0 ? Language::Korean : Language::English;
    const std::string text = yeonpyo::text::repairUtf8(
        std::string_view(reinterpret_cast<const char*>(data + kHeaderBytes), size - kHeaderBytes));
    const int codePoints = yeonpyo::text::codePointCount(text);
    int previousBegin = 0;
    for (const TimeExpression& found : Tagger(language, reference).tag(text)) {
        checkExpression(found, text, codePoints, reference);
        require(found.begin >= previousBegin);
        previousBegin = found.begin;
    }
    return 0;
}
