// io::importEvents(): tells JSON from CSV by the first character that is not white space.
#include "core/io/import.h"

namespace yeonpyo::io {

Result<ImportedTimeline> importEvents(std::string_view bytes, const ImportOptions& options) {
    std::string_view rest = bytes;
    if (rest.starts_with("\xEF\xBB\xBF"))
        rest.remove_prefix(3);
    const std::size_t first = rest.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return Error{"The file is empty."};
    if (rest[first] == '{')
        return importJson(rest, options);
    return importTimelineCsv(bytes, options);
}

}  // namespace yeonpyo::io
