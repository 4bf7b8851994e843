// Ingest: articles in (bytes), events out — load, extract, merge into the document, order, in one
// transaction per article.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/model/result.h"
#include "core/store/document.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::lexicon {
struct Lexicon;
}

namespace yeonpyo::pipeline {

/// One article to read: its bytes and the name (path or URL) they came from.
struct IngestInput {
    std::string name;
    std::string bytes;
    /// The date this article was written, when the user supplied it for this article alone;
    /// wins over IngestOptions::referenceDate and the article's own metadata.
    std::optional<temporal::CivilDate> referenceDate;
};

struct IngestOptions {
    /// Resolve relative dates against this date instead of the article's own publication date.
    std::optional<temporal::CivilDate> referenceDate;
    /// IANA zone of the articles; empty: Asia/Seoul (the zone Korean news is written in).
    std::string timeZone;
    /// "auto" (guess from the script), "ko" or "en".
    std::string lang = "auto";
};

/// What happened to one input.
struct ArticleOutcome {
    std::string name;
    std::int64_t articleId = 0;
    bool duplicate = false;  ///< The same text was already in the document; nothing changed.
    /// Another outlet's copy of a stored article (nearly the same text): recorded as one more
    /// source of that article (articleId), its events not extracted again.
    bool copy = false;
    int eventsFound = 0;        ///< Events the extractor found in the article.
    int eventsAdded = 0;        ///< New events in the timeline.
    int eventsMerged = 0;       ///< Found events that joined events already in the timeline.
    std::string referenceDate;  ///< The date relative expressions were resolved against, or empty.
    std::string referenceSource;  ///< "input", "option", "article" or "none".
};

struct IngestReport {
    std::vector<ArticleOutcome> articles;
    bool cancelled = false;  ///< Stopped before all inputs; the finished ones are stored.
};

struct IngestProgress {
    int done = 0;         ///< Inputs finished.
    int total = 0;        ///< Inputs in all.
    std::string current;  ///< Name of the input being read next; empty when all are done.
};
using ProgressCallback = std::function<void(const IngestProgress&)>;

/// Reads every input first and refuses all of them, writing nothing, if one cannot be read;
/// then stores each article with its events in its own transaction, so an interruption keeps
/// exactly the articles that finished. `cancel`, when set by another thread, stops between
/// articles. Re-importing an article already stored changes nothing; events the user edited
/// are never overwritten.
Result<IngestReport> ingest(store::Document& document, std::span<const IngestInput> inputs,
                            const IngestOptions& options, const ProgressCallback& progress = {},
                            const std::atomic<bool>* cancel = nullptr);

/// Joins one article's events (provisional ids; quotes citing stored articles) to the
/// document's (extract::planMerge): events both report gain quotes (and fields the document
/// lacked, and conflicts where the article disagrees), the others are added; `after` links are
/// rewritten to stored ids. Counts go to `outcome`. Call inside a transaction; does not renumber.
Status mergeEvents(store::Document& document, const std::vector<Event>& incoming,
                   const lexicon::Lexicon& lexicon, ArticleOutcome& outcome);

}  // namespace yeonpyo::pipeline
