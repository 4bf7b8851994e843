// Fuzz target for core/io's importers: any bytes through importEvents, importJson and
// importTimelineCsv; whatever imports must export in every format and read back from JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/io/export.h"
#include "core/io/import.h"

namespace {

using namespace yeonpyo;

void require(bool condition) {
    if (!condition)
        std::abort();
}

void checkImported(const io::ImportedTimeline& timeline) {
    for (const Event& event : timeline.events) {
        for (const Quote& quote : event.quotes)
            require(0 <= quote.start && quote.start <= quote.end);
    }
    for (io::Format format : io::allFormats()) {
        require(io::exportEvents(format, timeline.articles, timeline.events).ok());
    }
    const auto json = io::exportEvents(io::Format::Json, timeline.articles, timeline.events);
    const auto again = io::importJson(*json);
    require(again.ok());
    require(again->events.size() == timeline.events.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (auto importer : {&io::importEvents, &io::importJson, &io::importTimelineCsv}) {
        const auto imported = importer(bytes, io::ImportOptions{"Asia/Seoul"});
        if (!imported) {
            require(!imported.error().message.empty() && imported.error().message.back() == '.');
            continue;
        }
        checkImported(*imported);
    }
    return 0;
}
