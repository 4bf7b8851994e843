// Fuzz target for core/text's HTML reader: any markup (made valid UTF-8, as the loader hands it
// over) through sanitizeHtml and readHtml, checking that the output stays UTF-8, small and free
// of the markup the sanitizer drops.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text/formats_p.h"
#include "core/text/html_sanitizer_p.h"
#include "core/text/utf8_p.h"

namespace {

using namespace yeonpyo::text;

void require(bool condition) {
    if (!condition)
        std::abort();
}

/// Entities and block breaks may lengthen the text a little; nothing may multiply it.
bool boundedBy(const std::string& output, std::string_view input) {
    return output.size() <= 4 * input.size() + 64;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string html =
        repairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
    const std::string sanitized = sanitizeHtml(html);
    require(isValidUtf8(sanitized));
    require(boundedBy(sanitized, html));

    const ArticleParts parts = readHtml(html);
    for (const std::string* field : {&parts.title, &parts.body, &parts.published}) {
        require(isValidUtf8(*field));
        require(boundedBy(*field, html));
    }
    return 0;
}
