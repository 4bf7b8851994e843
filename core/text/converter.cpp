// ICU converter wrapper: any ICU-known charset → UTF-8 in one streaming pass, no UTF-16 copy.
#include <unicode/ucnv.h>

#include <array>
#include <memory>

#include "core/text/charset_p.h"

namespace yeonpyo::text {
namespace {

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter openConverter(const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(charset, &status));
    return U_SUCCESS(status) ? std::move(converter) : Converter();
}

}  // namespace

std::optional<std::string> convertToUtf8(std::string_view bytes, const char* charset, bool strict) {
    Converter source = openConverter(charset);
    Converter target = openConverter("UTF-8");
    if (!source || !target)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    if (strict) {
        ucnv_setToUCallBack(source.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
    }
    std::array<UChar, 4096> pivot{};
    UChar* pivotSource = pivot.data();
    UChar* pivotTarget = pivot.data();
    const char* input = bytes.data();
    std::string output(bytes.size() + bytes.size() / 2 + 16, '\0');
    std::size_t written = 0;
    bool reset = true;
    for (;;) {
        char* out = output.data() + written;
        status = U_ZERO_ERROR;
        ucnv_convertEx(target.get(), source.get(), &out, output.data() + output.size(), &input,
                       bytes.data() + bytes.size(), pivot.data(), &pivotSource, &pivotTarget,
                       pivot.data() + pivot.size(), reset, true, &status);
        reset = false;
        written = static_cast<std::size_t>(out - output.data());
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        output.resize(output.size() * 2);
    }
    if (U_FAILURE(status))
        return std::nullopt;
    output.resize(written);
    return output;
}

}  // namespace yeonpyo::text
