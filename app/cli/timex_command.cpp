// `yeonpyo-cli timex`: prints the time expressions of a text as JSON lines or as TimeML; with
// --jsonl, of every document on standard input in one run.
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "app/cli/command.h"
#include "app/cli/option_values.h"
#include "app/cli/timex_output.h"
#include "core/temporal/temporal.h"
#include "core/text/unicode.h"

namespace yeonpyo::cli {
namespace {

/// What every document is read with unless its JSON line says otherwise.
struct TimexSettings {
    temporal::Reference reference;
    std::string language;  ///< "ko", "en" or empty: guessed from the text.
    bool timeml = false;
};

std::string readInputText(const QStringList& positional) {
    if (positional.size() == 1 && positional.front() == QLatin1String("-")) {
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    }
    return positional.join(QLatin1Char(' ')).toStdString();
}

std::vector<temporal::TimeExpression> tagText(const std::string& text,
                                              const temporal::Reference& reference,
                                              const std::string& language) {
    const std::string chosen = language.empty() ? text::guessLanguage(text) : language;
    const temporal::Tagger tagger(
        chosen == "en" ? temporal::Language::English : temporal::Language::Korean, reference);
    return tagger.tag(text);
}

std::string dump(const nlohmann::ordered_json& object) {
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// Reads one document's line; returns an error sentence or an empty string.
std::string readDocumentLine(const std::string& line, const TimexSettings& defaults,
                             nlohmann::json& id, std::string& text, TimexSettings& settings) {
    const nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
    if (!object.is_object() || !object.contains("text") || !object["text"].is_string())
        return "is not a JSON object with a \"text\" string";
    id = object.value("id", nlohmann::json());
    text = text::normalizeNfc(object["text"].get<std::string>());
    settings = defaults;
    if (const auto date = object.find("reference_date"); date != object.end() && !date->is_null()) {
        const auto parsed = date->is_string()
                                ? parseDate(QString::fromStdString(date->get<std::string>()))
                                : std::nullopt;
        if (!parsed)
            return "has a \"reference_date\" that is not a date in the form YYYY-MM-DD";
        settings.reference.date = parsed;
    }
    if (const auto lang = object.find("lang"); lang != object.end() && !lang->is_null()) {
        if (!lang->is_string() || (*lang != "ko" && *lang != "en" && *lang != "auto"))
            return "has a \"lang\" that is not ko, en or auto";
        settings.language = *lang == "auto" ? "" : lang->get<std::string>();
    }
    return "";
}

/// One JSON line per input line: {"id", "expressions": [...]} or {"id", "timeml": "..."}.
int runBatch(const TimexSettings& defaults) {
    std::string line;
    for (int number = 1; std::getline(std::cin, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        nlohmann::json id;
        std::string text;
        TimexSettings settings;
        const std::string problem = readDocumentLine(line, defaults, id, text, settings);
        if (!problem.empty()) {
            std::cout.flush();
            return fail("line " + std::to_string(number) + " of the input " + problem + ".");
        }
        const auto found = tagText(text, settings.reference, settings.language);
        nlohmann::ordered_json out{{"id", id}};
        if (settings.timeml) {
            out["timeml"] = timemlMarkup(text, found);
        } else {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& expression : found)
                list.push_back(timexJson(expression));
            out["expressions"] = std::move(list);
        }
        std::cout << dump(out) << '\n';
    }
    return kSuccess;
}

}  // namespace

int runTimex(const QStringList& arguments) {
    CommandParser command(
        "timex", "Find and resolve the time expressions in TEXT ('-' reads standard input).");
    command.parser.addOption({"reference-date", "Resolve against this date (YYYY-MM-DD).", "DATE"});
    command.parser.addOption(
        {"timezone", "IANA time zone of the text (default Asia/Seoul).", "ZONE", "Asia/Seoul"});
    command.parser.addOption(
        {"lang", "Language of the text: ko or en (default: guessed).", "LANG"});
    command.parser.addOption({"format",
                              "json (one object per expression, the default) or timeml (the text "
                              "with inline <TIMEX3> tags).",
                              "FORMAT", "json"});
    command.parser.addOption(
        {"jsonl",
         "Read one document per line of standard input, {\"id\", \"text\", \"reference_date\"?, "
         "\"lang\"?}, and write one line per document."});
    command.parser.addPositionalArgument("TEXT", "The text to read.");
    int exitCode = kSuccess;
    if (!command.parse(arguments, exitCode))
        return exitCode;

    TimexSettings settings;
    const QString zone = command.parser.value("timezone");
    settings.reference.timeZone = zone.toStdString();
    if (!isKnownTimeZone(zone))
        return usageError("timex", QStringLiteral("'%1' is not a known time zone.").arg(zone));
    if (command.parser.isSet("reference-date")) {
        settings.reference.date = parseDate(command.parser.value("reference-date"));
        if (!settings.reference.date) {
            return usageError("timex", QStringLiteral("'%1' is not a date in the form YYYY-MM-DD.")
                                           .arg(command.parser.value("reference-date")));
        }
    }
    const QString lang = command.parser.value("lang");
    if (!lang.isEmpty() && lang != "ko" && lang != "en") {
        return usageError("timex",
                          QStringLiteral("the language must be ko or en, not '%1'.").arg(lang));
    }
    settings.language = lang.toStdString();
    const QString format = command.parser.value("format");
    if (format != "json" && format != "timeml") {
        return usageError(
            "timex", QStringLiteral("the format must be json or timeml, not '%1'.").arg(format));
    }
    settings.timeml = format == "timeml";
    const bool batch = command.parser.isSet("jsonl");
    if (batch && !command.parser.positionalArguments().isEmpty()) {
        return usageError("timex", QStringLiteral("--jsonl reads standard input: give no TEXT."));
    }
    if (batch)
        return runBatch(settings);
    if (command.parser.positionalArguments().isEmpty()) {
        return usageError("timex",
                          QStringLiteral("give the TEXT to read, or '-' for standard input."));
    }
    const std::string text =
        text::normalizeNfc(readInputText(command.parser.positionalArguments()));
    const auto found = tagText(text, settings.reference, settings.language);
    if (settings.timeml) {
        std::cout << timemlMarkup(text, found) << '\n';
        return kSuccess;
    }
    for (const auto& expression : found)
        std::cout << dump(timexJson(expression)) << '\n';
    return kSuccess;
}

}  // namespace yeonpyo::cli
