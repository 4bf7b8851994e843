// Re-dating an article: take its contribution out of the document, extract it again against the
// chosen date, merge it back as ingest does, and report the difference for undo.
#include "core/pipeline/redate.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "core/extract/extractor.h"
#include "core/pipeline/ingest.h"
#include "core/pipeline/reference.h"
#include "core/pipeline/sequence.h"
#include "core/pipeline/user_places.h"

namespace yeonpyo::pipeline {
namespace {

std::string isoDate(const temporal::CivilDate& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

bool quotes(const Event& event, std::int64_t articleId) {
    return std::any_of(event.quotes.begin(), event.quotes.end(),
                       [&](const Quote& quote) { return quote.articleId == articleId; });
}

/// The zone the article was read in: that of its first event with one.
std::string zoneOf(const std::vector<Event>& events, std::int64_t articleId) {
    for (const Event& event : events) {
        if (quotes(event, articleId) && !event.time.timeZone.empty())
            return event.time.timeZone;
    }
    return kDefaultTimeZone;
}

/// A start the text left unresolved: no year, no month or no day ("XXXX-XX-28") or none at all.
bool isUnresolved(const std::string& start) {
    return start.empty() || start.find('X') != std::string::npos;
}

using Span = std::tuple<std::int64_t, int, int>;

std::set<Span> spansOf(const Event& event, std::int64_t articleId) {
    std::set<Span> spans;
    for (const Quote& quote : event.quotes) {
        if (quote.articleId == articleId)
            spans.emplace(quote.articleId, quote.start, quote.end);
    }
    return spans;
}

/// Takes the article's part out: events only it reports are deleted, others lose its quotes and
/// conflicts. Events the user edited stay whole and are returned, to meet their re-read selves.
Result<std::vector<Event>> withdrawArticle(store::Document& document,
                                           const std::vector<Event>& events,
                                           std::int64_t articleId) {
    std::vector<Event> edited;
    std::vector<std::int64_t> deleted;
    for (const Event& event : events) {
        if (!quotes(event, articleId))
            continue;
        if (event.editedByUser) {
            edited.push_back(event);
            continue;
        }
        Event rest = event;
        std::erase_if(rest.quotes, [&](const Quote& q) { return q.articleId == articleId; });
        std::erase_if(rest.conflicts,
                      [&](const SourceConflict& c) { return c.articleId == articleId; });
        if (rest.quotes.empty()) {
            deleted.push_back(event.id);
        } else if (auto updated = document.updateEvent(rest, store::EditOrigin::Restore);
                   !updated) {
            return updated.error();
        }
    }
    if (auto done = document.deleteEvents(deleted); !done)
        return done.error();
    return edited;
}

std::size_t sharedQuotes(const Event& a, const Event& b, std::int64_t articleId) {
    const std::set<Span> spans = spansOf(a, articleId);
    std::size_t shared = 0;
    for (const Span& span : spansOf(b, articleId))
        shared += spans.contains(span) ? 1 : 0;
    return shared;
}

/// Each edited event meets its re-read self, the incoming event with the most quotes in common.
/// A date the text had left unresolved in the edited event takes the resolved one; then the
/// re-read event takes the edited event's time, kind, place and people, so that the merge pairs
/// the two: the edited event keeps every field and only gains quotes and links.
Status pairEditedEvents(store::Document& document, const std::vector<Event>& edited,
                        std::int64_t articleId, std::vector<Event>& incoming) {
    std::set<std::size_t> taken;
    for (const Event& kept : edited) {
        std::size_t best = incoming.size();
        std::size_t most = 0;
        for (std::size_t i = 0; i < incoming.size(); ++i) {
            const std::size_t shared = sharedQuotes(kept, incoming[i], articleId);
            if (shared > most && !taken.contains(i)) {
                best = i;
                most = shared;
            }
        }
        if (best == incoming.size())
            continue;
        taken.insert(best);
        Event& reread = incoming[best];
        auto current = document.event(kept.id);  // its links to withdrawn events are gone
        if (!current)
            return current.error();
        if (isUnresolved(current->time.start) && !isUnresolved(reread.time.start)) {
            current->time = reread.time;
            if (auto done = document.updateEvent(*current, store::EditOrigin::Restore); !done)
                return done;
        }
        reread.time = current->time;
        reread.kind = current->kind;
        reread.place = current->place;
        reread.participants = current->participants;
    }
    return success();
}

/// An edited event followed events that were withdrawn and read again under new ids (a merge
/// never adds links to an edited event): it follows their re-read selves, those with the most
/// quotes in common.
Status relinkEditedEvents(store::Document& document, const std::vector<Event>& edited,
                          const std::vector<Event>& before, std::int64_t articleId) {
    auto now = document.events();
    if (!now)
        return now.error();
    std::map<std::int64_t, const Event*> current;
    for (const Event& event : *now)
        current[event.id] = &event;
    for (const Event& kept : edited) {
        const Event& linked = *current.at(kept.id);
        Event relinked = linked;
        for (std::int64_t previous : kept.after) {
            // A link the deletion took away (the id may since have gone to a new event).
            if (std::find(linked.after.begin(), linked.after.end(), previous) != linked.after.end())
                continue;
            const auto gone = std::find_if(before.begin(), before.end(),
                                           [&](const Event& e) { return e.id == previous; });
            if (gone == before.end())
                continue;
            const Event* best = nullptr;
            std::size_t most = 0;
            for (const Event& event : *now) {
                const std::size_t shared = sharedQuotes(*gone, event, articleId);
                if (shared > most && event.id != kept.id) {
                    best = &event;
                    most = shared;
                }
            }
            if (best != nullptr && std::find(relinked.after.begin(), relinked.after.end(),
                                             best->id) == relinked.after.end())
                relinked.after.push_back(best->id);
        }
        if (relinked.after != linked.after) {
            if (auto done = document.updateEvent(relinked, store::EditOrigin::Restore); !done)
                return done;
        }
    }
    return success();
}

/// Events keyed by id, sequence left out (renumbering changes it everywhere).
std::map<std::int64_t, Event> byId(std::vector<Event> events) {
    std::map<std::int64_t, Event> map;
    for (Event& event : events) {
        event.sequence = 0;
        map.emplace(event.id, std::move(event));
    }
    return map;
}

void describeDifference(const std::vector<Event>& before, const std::vector<Event>& after,
                        EventChanges& changes) {
    const auto old = byId(before);
    const auto now = byId(after);
    for (const auto& [id, event] : old) {
        const auto found = now.find(id);
        if (found == now.end())
            changes.removed.push_back(event);
        else if (!(found->second == event))
            changes.changedBefore.push_back(event);
    }
    for (const auto& [id, event] : now) {
        if (!old.contains(id))
            changes.added.push_back(id);
    }
}

Status redateInTransaction(store::Document& document, std::int64_t articleId,
                           const temporal::CivilDate& date, EventChanges& changes) {
    auto article = document.article(articleId);
    if (!article)
        return article.error();
    if (article->text.empty())
        return Error{"Article " + std::to_string(articleId) +
                     " has no text to read again (it came from a data import)."};
    auto before = document.events();
    if (!before)
        return before.error();
    changes.previousPublished = article->published;
    const temporal::Reference reference{date, zoneOf(*before, articleId)};
    auto edited = withdrawArticle(document, *before, articleId);
    if (!edited)
        return edited.error();
    article->published = isoDate(date);
    if (auto done = document.setArticlePublished(articleId, article->published); !done)
        return done;
    auto lexicon = lexiconWithUserPlaces(document);
    if (!lexicon)
        return lexicon.error();
    std::vector<Event> incoming = extract::extract(*article, reference, *lexicon);
    if (auto done = pairEditedEvents(document, *edited, articleId, incoming); !done)
        return done;
    ArticleOutcome outcome;
    if (auto done = mergeEvents(document, incoming, *lexicon, outcome); !done)
        return done;
    if (auto done = relinkEditedEvents(document, *edited, *before, articleId); !done)
        return done;
    if (auto done = renumberTimeline(document); !done)
        return done;
    auto after = document.events();
    if (!after)
        return after.error();
    describeDifference(*before, *after, changes);
    return success();
}

}  // namespace

Result<EventChanges> redateArticle(store::Document& document, std::int64_t articleId,
                                   const temporal::CivilDate& date) {
    EventChanges changes;
    if (auto done = document.transaction(
            [&] { return redateInTransaction(document, articleId, date, changes); });
        !done)
        return done.error();
    return changes;
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> undoRedate(store::Document& document,
                                                                      std::int64_t articleId,
                                                                      const EventChanges& changes) {
    std::vector<std::pair<std::int64_t, std::int64_t>> renamed;
    const Status done = document.transaction([&]() -> Status {
        if (auto deleted = document.deleteEvents(changes.added); !deleted)
            return deleted;
        // Removed events come back without links first (they may follow one another), then with.
        std::map<std::int64_t, std::int64_t> newIds;
        for (Event event : changes.removed) {
            event.after.clear();
            const std::int64_t oldId = event.id;
            auto ids = document.addEvents({event});
            if (!ids)
                return ids.error();
            newIds[oldId] = ids->front();
            renamed.emplace_back(oldId, ids->front());
        }
        auto current = [&](std::int64_t id) {
            const auto found = newIds.find(id);
            return found == newIds.end() ? id : found->second;
        };
        std::vector<Event> restored = changes.changedBefore;
        restored.insert(restored.end(), changes.removed.begin(), changes.removed.end());
        for (Event event : restored) {
            event.id = current(event.id);
            for (std::int64_t& id : event.after)
                id = current(id);
            if (auto written = document.updateEvent(event, store::EditOrigin::Restore); !written)
                return written;
        }
        if (auto reset = document.setArticlePublished(articleId, changes.previousPublished); !reset)
            return reset;
        return renumberTimeline(document);
    });
    if (!done)
        return done.error();
    return renamed;
}

Result<std::vector<Article>> undatedArticles(store::Document& document) {
    auto articles = document.articles();
    if (!articles)
        return articles.error();
    std::erase_if(*articles, [](const Article& article) { return !article.published.empty(); });
    return std::move(*articles);
}

}  // namespace yeonpyo::pipeline
