// Reading one article: load, choose the reference date, extract; shared by ingest and extract.
#include "core/pipeline/article_reading.h"

#include <filesystem>

#include "core/extract/extractor.h"

namespace yeonpyo::pipeline {

std::string sourceName(const std::string& inputName) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (inputName.starts_with(scheme)) {
            const std::string rest = inputName.substr(scheme.size());
            return rest.substr(0, rest.find('/'));
        }
    }
    return std::filesystem::path(inputName).filename().string();
}

Article articleFrom(const IngestInput& input, const text::LoadedText& loaded,
                    const IngestOptions& options) {
    Article article;
    article.title = loaded.title;
    article.source = sourceName(input.name);
    article.url = input.name;
    article.published = loaded.published;
    article.lang = options.lang == "ko" || options.lang == "en" ? options.lang : loaded.lang;
    article.text = loaded.text;
    return article;
}

Result<ExtractedArticle> extractArticle(const IngestInput& input, const IngestOptions& options,
                                        const lexicon::Lexicon& lexicon, std::int64_t articleId) {
    auto loaded = text::loadArticle(input.bytes, input.name);
    if (!loaded)
        return loaded.error();
    ExtractedArticle extracted;
    extracted.article = articleFrom(input, *loaded, options);
    extracted.reference = chooseReference(input, options, extracted.article);
    extracted.article.id = articleId;
    extracted.events = extract::extract(extracted.article, extracted.reference.reference, lexicon);
    return extracted;
}

}  // namespace yeonpyo::pipeline
