// Reading one article for the timeline: its stored form from loaded text, the reference date its
// relative dates resolve against, and the events it reports, before anything is stored.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"
#include "core/pipeline/ingest.h"
#include "core/pipeline/reference.h"
#include "core/text/loader.h"

namespace yeonpyo::pipeline {

/// What the footer of an export cites as an input's source: a URL's host, a file's name.
std::string sourceName(const std::string& inputName);

/// The article as the document stores it: loaded text and metadata, source and URL from the
/// input's name, the language the options force or the one the text shows.
Article articleFrom(const IngestInput& input, const text::LoadedText& loaded,
                    const IngestOptions& options);

/// One article read and its events found, with nothing stored.
struct ExtractedArticle {
    Article article;
    std::vector<Event> events;
    ChosenReference reference;
};

/// Loads the input, chooses its reference date and extracts its events; the article gets the
/// id `articleId`, which its events' quotes cite. Fails, naming the input, when it cannot be
/// loaded.
Result<ExtractedArticle> extractArticle(const IngestInput& input, const IngestOptions& options,
                                        const lexicon::Lexicon& lexicon, std::int64_t articleId);

}  // namespace yeonpyo::pipeline
