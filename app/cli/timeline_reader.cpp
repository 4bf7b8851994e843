// Reading a document for `events` and `render`.
#include "app/cli/timeline_reader.h"

#include "core/store/document.h"

namespace yeonpyo::cli {

Result<ExportedTimeline> readTimelineForExport(const QString& db) {
    auto document = store::Document::open(db.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return document.error();
    auto articles = document->articles();
    if (!articles)
        return articles.error();
    auto events = document->events();
    if (!events)
        return events.error();
    return ExportedTimeline{std::move(*articles), std::move(*events)};
}

}  // namespace yeonpyo::cli
