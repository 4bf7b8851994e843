// Reads articles and events of a timeline document through core/store.
#include "app/gui/document_reader.h"

#include "core/store/document.h"

namespace yeonpyo::gui {

Result<TimelineContent> readTimeline(const QString& path) {
    auto document = store::Document::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return document.error();
    auto headers = document->articles();
    if (!headers)
        return headers.error();
    TimelineContent content;
    for (const Article& header : *headers) {
        auto article = document->article(header.id);
        if (!article)
            return article.error();
        content.articles.push_back(std::move(*article));
    }
    auto events = document->events();
    if (!events)
        return events.error();
    content.events = std::move(*events);
    return content;
}

}  // namespace yeonpyo::gui
