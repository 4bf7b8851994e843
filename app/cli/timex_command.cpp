// `yeonpyo-cli timex`: prints each time expression of a text as one JSON object per line.
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "app/cli/command.h"
#include "app/cli/option_values.h"
#include "core/temporal/temporal.h"
#include "core/text/unicode.h"

namespace yeonpyo::cli {
namespace {

std::string_view kindName(temporal::ExpressionKind kind) {
    switch (kind) {
        case temporal::ExpressionKind::Date:
            return "date";
        case temporal::ExpressionKind::Time:
            return "time";
        case temporal::ExpressionKind::Duration:
            return "duration";
        case temporal::ExpressionKind::Set:
            return "set";
        case temporal::ExpressionKind::Range:
            return "range";
    }
    return "date";
}

nlohmann::ordered_json toJson(const temporal::TimeExpression& found) {
    nlohmann::ordered_json object{{"text", found.text},
                                  {"start", found.begin},
                                  {"end", found.end},
                                  {"value", found.value},
                                  {"time_of_day", nullptr}};
    if (!found.timeOfDay.empty())
        object["time_of_day"] = found.timeOfDay;
    object["kind"] = kindName(found.kind);
    if (!found.endValue.empty())
        object["end_value"] = found.endValue;
    object["rule"] = found.rule;
    object["derivation"] = found.derivation;
    return object;
}

std::string readInputText(const QStringList& positional) {
    if (positional.size() == 1 && positional.front() == QLatin1String("-")) {
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    }
    return positional.join(QLatin1Char(' ')).toStdString();
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
    command.parser.addPositionalArgument("TEXT", "The text to read.");
    int exitCode = kSuccess;
    if (!command.parse(arguments, exitCode))
        return exitCode;

    temporal::Reference reference;
    reference.timeZone = command.parser.value("timezone").toStdString();
    if (!isKnownTimeZone(command.parser.value("timezone"))) {
        return usageError(
            "timex",
            QStringLiteral("'%1' is not a known time zone.").arg(command.parser.value("timezone")));
    }
    if (command.parser.isSet("reference-date")) {
        reference.date = parseDate(command.parser.value("reference-date"));
        if (!reference.date) {
            return usageError("timex", QStringLiteral("'%1' is not a date in the form YYYY-MM-DD.")
                                           .arg(command.parser.value("reference-date")));
        }
    }
    const QString lang = command.parser.value("lang");
    if (!lang.isEmpty() && lang != "ko" && lang != "en") {
        return usageError("timex",
                          QStringLiteral("the language must be ko or en, not '%1'.").arg(lang));
    }
    if (command.parser.positionalArguments().isEmpty()) {
        return usageError("timex",
                          QStringLiteral("give the TEXT to read, or '-' for standard input."));
    }
    const std::string text =
        text::normalizeNfc(readInputText(command.parser.positionalArguments()));
    const std::string language = lang.isEmpty() ? text::guessLanguage(text) : lang.toStdString();
    const temporal::Tagger tagger(
        language == "en" ? temporal::Language::English : temporal::Language::Korean, reference);
    for (const auto& found : tagger.tag(text)) {
        std::cout << toJson(found).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
    }
    return kSuccess;
}

}  // namespace yeonpyo::cli
