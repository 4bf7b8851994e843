// Importing an events file part by part inside one transaction, renumbering once at the end.
#include "core/pipeline/event_import.h"

#include "core/pipeline/ingest.h"
#include "core/pipeline/sequence.h"
#include "core/pipeline/user_places.h"
#include "core/store/timeline_import.h"

namespace yeonpyo::pipeline {
namespace {

/// Adds one JSON Lines record: its articles, then its events merged as ingest merges them.
Status addRecord(store::Document& document, const io::ImportedTimeline& record,
                 const lexicon::Lexicon& lexicon, EventImportReport& report) {
    store::ArticleRows rowOf;
    bool anyNew = false;
    for (const Article& article : record.articles) {
        // A record of another outlet's copy adds that outlet to the stored article, as ingest does.
        auto stored = document.addArticle(article, store::Copies::Fold);
        if (!stored)
            return stored.error();
        rowOf[article.id] = stored->id;
        anyNew = anyNew || stored->added;
        report.articlesAdded += stored->added ? 1 : 0;
    }
    ++report.records;
    report.eventsRead += static_cast<std::int64_t>(record.events.size());
    if (!anyNew && !record.articles.empty()) {
        ++report.recordsAlreadyIn;
        return success();
    }
    std::vector<Event> events;
    events.reserve(record.events.size());
    for (const Event& event : record.events) {
        auto remapped = store::withArticleRows(event, rowOf);
        if (!remapped)
            return remapped.error();
        events.push_back(std::move(*remapped));
    }
    ArticleOutcome outcome;
    if (auto merged = mergeEvents(document, events, lexicon, outcome); !merged)
        return merged;
    report.eventsAdded += outcome.eventsAdded;
    report.eventsMerged += outcome.eventsMerged;
    return success();
}

}  // namespace

Result<EventImportReport> importEventsFile(store::Document& document, std::istream& in,
                                           io::ImportFormat format,
                                           const io::ImportOptions& options,
                                           const ImportProgressCallback& progress) {
    EventImportReport report;
    const Status written = document.transaction([&]() -> Status {
        auto lexicon = lexiconWithUserPlaces(document);
        if (!lexicon)
            return lexicon.error();
        store::TimelineImport timeline(document);
        auto addPart = [&](io::ImportPart&& part) -> Status {
            if (progress)
                progress(part.bytesRead);
            if (part.wholeRecord)
                return addRecord(document, part.timeline, *lexicon, report);
            if (auto added = timeline.addArticles(part.timeline.articles); !added)
                return added;
            auto added = timeline.addEvents(part.timeline.events);
            return added ? success() : Status{added.error()};
        };
        if (auto read = io::streamEvents(in, format, options, addPart); !read)
            return read;
        if (auto linked = timeline.finish(); !linked)
            return linked;
        report.eventsRead += timeline.eventsRead();
        report.eventsAdded += timeline.eventsAdded();
        report.eventsMerged += timeline.eventsRead() - timeline.eventsAdded();
        report.articlesAdded += timeline.articlesAdded();
        return renumberTimeline(document);
    });
    if (!written)
        return written.error();
    return report;
}

}  // namespace yeonpyo::pipeline
