// `yeonpyo-cli extract`: a stateless filter from JSON Lines articles on standard input to one
// yeonpyo.events/1 object a line on standard output, so that any engine can fan it out.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <string>

#include "app/cli/command.h"
#include "app/cli/option_values.h"
#include "core/io/export.h"
#include "core/lexicon/lexicon.h"
#include "core/pipeline/article_reading.h"

namespace yeonpyo::cli {
namespace {

using Json = nlohmann::json;

/// One input record: {"id", "text", "url"?, "reference_date"?, "lang"?}.
struct ArticleRecord {
    std::string id;  ///< The record's id as JSON text (a string or a number).
    pipeline::IngestInput input;
    pipeline::IngestOptions options;
};

Result<std::string> optionalText(const Json& record, const char* key) {
    const auto found = record.find(key);
    if (found == record.end() || found->is_null())
        return std::string{};
    if (!found->is_string())
        return Error{std::string("\"") + key + "\" must be a string."};
    return found->get<std::string>();
}

Result<ArticleRecord> readRecord(const std::string& line, const pipeline::IngestOptions& defaults) {
    const Json record = Json::parse(line, nullptr, false);
    if (record.is_discarded())
        return Error{"The line is not valid JSON."};
    if (!record.is_object())
        return Error{"The line must hold a JSON object."};
    const auto id = record.find("id");
    if (id == record.end() || !(id->is_string() || id->is_number_integer()))
        return Error{"The article needs an \"id\" (a string or a whole number)."};
    const auto text = record.find("text");
    if (text == record.end() || !text->is_string())
        return Error{"The article needs a \"text\" (a string)."};
    ArticleRecord article;
    article.id = id->dump();
    article.options = defaults;
    auto url = optionalText(record, "url");
    auto date = optionalText(record, "reference_date");
    auto lang = optionalText(record, "lang");
    for (const auto* field : {&url, &date, &lang}) {
        if (!*field)
            return field->error();
    }
    article.input.name =
        url->empty() ? (id->is_string() ? id->get<std::string>() : id->dump()) : *url;
    article.input.bytes = text->get<std::string>();
    if (!date->empty()) {
        article.input.referenceDate = parseDate(QString::fromStdString(*date));
        if (!article.input.referenceDate)
            return Error{"\"reference_date\" must be a date in the form YYYY-MM-DD, not \"" +
                         *date + "\"."};
    }
    if (!lang->empty()) {
        if (!isKnownLanguage(QString::fromStdString(*lang)))
            return Error{"\"lang\" must be auto, ko or en, not \"" + *lang + "\"."};
        article.options.lang = *lang;
    }
    return article;
}

/// The events of one record as one output line.
Result<std::string> extractLine(const std::string& line, const pipeline::IngestOptions& defaults) {
    auto record = readRecord(line, defaults);
    if (!record)
        return record.error();
    auto extracted =
        pipeline::extractArticle(record->input, record->options, lexicon::builtinLexicon(), 1);
    if (!extracted)
        return extracted.error();
    return io::exportJsonLine(extracted->article, extracted->events, record->id);
}

}  // namespace

int runExtract(const QStringList& arguments) {
    CommandParser command("extract",
                          "Read JSON Lines articles on standard input and write one "
                          "yeonpyo.events/1 object per article on standard output.");
    addArticleOptions(command);
    int exitCode = kSuccess;
    pipeline::IngestOptions defaults;
    if (!command.parse(arguments, exitCode) || !readArticleOptions(command, defaults, exitCode))
        return exitCode;
    if (!command.parser.positionalArguments().isEmpty())
        return usageError("extract", "articles come on standard input, not as arguments.");

    std::ios::sync_with_stdio(false);
    std::string line;
    long long number = 0;
    while (std::getline(std::cin, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        auto events = extractLine(line, defaults);
        if (!events) {
            std::cout.flush();
            return fail("line " + std::to_string(number) + ": " + events.error().message);
        }
        std::cout << *events;
    }
    std::cout.flush();
    if (!std::cout)
        return fail(std::string("The events could not be written to standard output."));
    return kSuccess;
}

}  // namespace yeonpyo::cli
