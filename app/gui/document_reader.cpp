// Reads articles and events of a timeline document through core/store.
#include "app/gui/document_reader.h"

#include <filesystem>

#include "core/store/document.h"

namespace yeonpyo::gui {

namespace {

Result<std::vector<Article>> articlesOf(store::Document& document) {
    auto headers = document.articles();
    if (!headers)
        return headers.error();
    std::vector<Article> articles;
    for (const Article& header : *headers) {
        auto article = document.article(header.id);
        if (!article)
            return article.error();
        articles.push_back(std::move(*article));
    }
    return articles;
}

}  // namespace

void upgradeForEditing(const QString& path) {
    const std::filesystem::path file = path.toStdString();
    std::error_code missing;
    if (!std::filesystem::is_regular_file(file, missing))
        return;  // Opening for writing would not create it, but say nothing here either way.
    [[maybe_unused]] auto writable = store::Document::open(file, store::OpenMode::ReadWrite);
}

Result<std::vector<Article>> readArticles(const QString& path) {
    auto document = store::Document::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return document.error();
    return articlesOf(*document);
}

Result<TimelineContent> readTimeline(const QString& path) {
    auto document = store::Document::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return document.error();
    TimelineContent content;
    auto articles = articlesOf(*document);
    if (!articles)
        return articles.error();
    content.articles = std::move(*articles);
    auto events = document->events();
    if (!events)
        return events.error();
    content.events = std::move(*events);
    return content;
}

}  // namespace yeonpyo::gui
