// Reading a document for `events` and `render`.
#include "app/cli/timeline_reader.h"

#include "app/cli/document_failure.h"

namespace yeonpyo::cli {

Result<ExportedTimeline> readTimelineForExport(const QString& db) {
    auto document = store::Document::open(db.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return document.error();
    auto articles = document->articles();
    if (!articles)
        return blameDamagedDocument(*document, articles.error());
    auto events = document->events();
    if (!events)
        return blameDamagedDocument(*document, events.error());
    return ExportedTimeline{std::move(*articles), std::move(*events)};
}

}  // namespace yeonpyo::cli
