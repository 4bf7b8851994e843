// io::importEvents() and io::streamEvents(): tell the formats apart and read each its own way.
#include "core/io/import.h"

#include <array>

#include "core/io/import_streams_p.h"

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

ImportFormat importFormatOf(std::string_view fileName, std::string_view start) {
    for (std::string_view ending : {".jsonl", ".ndjson", ".JSONL", ".NDJSON"}) {
        if (fileName.ends_with(ending))
            return ImportFormat::JsonLines;
    }
    if (start.starts_with("\xEF\xBB\xBF"))
        start.remove_prefix(3);
    const std::size_t first = start.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && start[first] == '{' ? ImportFormat::Json
                                                                  : ImportFormat::TimelineCsv;
}

Status streamEvents(std::istream& in, ImportFormat format, const ImportOptions& options,
                    const ImportPartSink& sink) {
    if (format == ImportFormat::Json)
        return streamJson(in, options, sink);
    if (format == ImportFormat::JsonLines)
        return streamJsonLines(in, options, sink);
    std::string bytes;
    std::array<char, 1 << 16> chunk{};
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > kMaxImportBytes)
            return Error{"A TimelineJS sheet may have at most 64 MB."};
    }
    auto timeline = importTimelineCsv(bytes, options);
    if (!timeline)
        return timeline.error();
    return sink(ImportPart{std::move(*timeline), false, 1, bytes.size()});
}

}  // namespace yeonpyo::io
