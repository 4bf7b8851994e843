// Ingest pipeline: load every input, then per article (one transaction each) store the article,
// extract its events, add them to the document and renumber the timeline.
#include "core/pipeline/ingest.h"

#include <map>
#include <optional>

#include "core/extract/extractor.h"
#include "core/extract/merge.h"
#include "core/lexicon/lexicon.h"
#include "core/model/order_day.h"
#include "core/pipeline/article_reading.h"
#include "core/pipeline/reference.h"
#include "core/pipeline/sequence.h"
#include "core/pipeline/user_places.h"
#include "core/text/loader.h"

namespace yeonpyo::pipeline {
namespace {

struct LoadedInput {
    const IngestInput* input = nullptr;
    text::LoadedText loaded;
};

Result<std::vector<LoadedInput>> loadAll(std::span<const IngestInput> inputs) {
    std::vector<LoadedInput> loaded;
    loaded.reserve(inputs.size());
    for (const IngestInput& input : inputs) {
        auto text = text::loadArticle(input.bytes, input.name);
        if (!text)
            return text.error();
        loaded.push_back({&input, std::move(*text)});
    }
    return loaded;
}

}  // namespace

Status mergeEvents(store::Document& document, const std::vector<Event>& incoming,
                   const lexicon::Lexicon& lexicon, ArticleOutcome& outcome) {
    // Only events of the same day can merge (extract::planMerge): read those, through an index.
    std::vector<std::string> days;
    for (const Event& event : incoming)
        days.push_back(orderDay(event.time.start));
    auto existing = document.eventsOnDays(days);
    if (!existing)
        return existing.error();
    extract::MergePlan plan = extract::planMerge(*existing, incoming, lexicon);
    // New events go in without links first (they may follow events stored earlier or each
    // other); once every one has its row id, the links are written with the updates.
    std::vector<Event> unlinked = plan.inserts;
    for (Event& event : unlinked)
        event.after.clear();
    auto ids = document.addEvents(unlinked);
    if (!ids)
        return ids.error();
    std::map<std::int64_t, std::int64_t> storedIds = plan.mergedInto;
    for (std::size_t index = 0; index < plan.inserts.size(); ++index) {
        storedIds[plan.inserts[index].id] = (*ids)[index];
    }
    extract::resolveLinks(plan, storedIds);
    std::vector<Event> changed;
    for (const extract::EventUpdate& update : plan.updates) {
        changed.push_back(update.merged);
        // Where this article disagrees, its value is kept beside the event's (an import adds it).
        auto& conflicts = changed.back().conflicts;
        conflicts.insert(conflicts.end(), update.conflicts.begin(), update.conflicts.end());
    }
    for (std::size_t index = 0; index < plan.inserts.size(); ++index) {
        if (plan.inserts[index].after.empty())
            continue;
        changed.push_back(plan.inserts[index]);
        changed.back().id = (*ids)[index];
    }
    for (const Event& event : changed) {
        if (auto updated = document.updateEvent(event, store::EditOrigin::Import); !updated)
            return updated;
    }
    outcome.eventsAdded = static_cast<int>(ids->size());
    outcome.eventsMerged = static_cast<int>(plan.updates.size());
    return success();
}

namespace {

Status storeArticle(store::Document& document, const LoadedInput& item,
                    const IngestOptions& options, const lexicon::Lexicon& lexicon,
                    ArticleOutcome& outcome) {
    Article article = articleFrom(*item.input, item.loaded, options);
    const ChosenReference chosen = chooseReference(*item.input, options, article);
    outcome.referenceDate = chosen.dateText;
    outcome.referenceSource = chosen.source;
    auto stored = document.addArticle(article, store::Copies::Fold);
    if (!stored)
        return stored.error();
    outcome.articleId = stored->id;
    if (!stored->added) {
        outcome.copy = stored->copy;
        outcome.duplicate = !stored->copy;
        return success();
    }
    article.id = stored->id;
    const std::vector<Event> events = extract::extract(article, chosen.reference, lexicon);
    outcome.eventsFound = static_cast<int>(events.size());
    if (auto merged = mergeEvents(document, events, lexicon, outcome); !merged)
        return merged;
    return renumberTimeline(document);
}

}  // namespace

Result<IngestReport> ingest(store::Document& document, std::span<const IngestInput> inputs,
                            const IngestOptions& options, const ProgressCallback& progress,
                            const std::atomic<bool>* cancel) {
    auto loaded = loadAll(inputs);
    if (!loaded)
        return loaded.error();
    // Merging reads only the events of an article's days: damage elsewhere would go unseen.
    if (auto readable = document.checkTablesReadable(); !readable)
        return readable.error();
    auto lexicon = lexiconWithUserPlaces(document);
    if (!lexicon)
        return lexicon.error();

    IngestReport report;
    const int total = static_cast<int>(loaded->size());
    for (int index = 0; index < total; ++index) {
        const LoadedInput& item = (*loaded)[static_cast<std::size_t>(index)];
        if (progress)
            progress({index, total, item.input->name});
        if (cancel != nullptr && cancel->load()) {
            report.cancelled = true;
            break;
        }
        ArticleOutcome outcome;
        outcome.name = item.input->name;
        const Status stored = document.transaction(
            [&] { return storeArticle(document, item, options, *lexicon, outcome); });
        if (!stored)
            return Error{item.input->name + ": " + stored.error().message};
        report.articles.push_back(std::move(outcome));
    }
    if (progress)
        progress({static_cast<int>(report.articles.size()), total, {}});
    return report;
}

}  // namespace yeonpyo::pipeline
