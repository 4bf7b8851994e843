// Option value parsing for yeonpyo-cli.
#include "app/cli/option_values.h"

#include <QDate>
#include <QRegularExpression>
#include <QTimeZone>

namespace yeonpyo::cli {

std::optional<temporal::CivilDate> parseDate(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return temporal::CivilDate{date.year(), date.month(), date.day()};
}

bool isKnownTimeZone(const QString& zone) {
    return QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

bool isKnownLanguage(const QString& lang) {
    return lang == QLatin1String("auto") || lang == QLatin1String("ko") ||
           lang == QLatin1String("en");
}

std::optional<QSize> parseSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const bool sane =
        size.width() >= 1 && size.height() >= 1 && size.width() <= 16384 && size.height() <= 16384;
    return sane ? std::optional<QSize>(size) : std::nullopt;
}

void addArticleOptions(CommandParser& command) {
    command.parser.addOption(
        {"reference-date", "Resolve relative dates against this date (YYYY-MM-DD).", "DATE"});
    command.parser.addOption(
        {"timezone", "IANA time zone of the articles (default Asia/Seoul).", "ZONE"});
    command.parser.addOption({"lang", "Language of the articles: auto, ko or en.", "LANG", "auto"});
}

bool readArticleOptions(const CommandParser& command, pipeline::IngestOptions& options,
                        int& exitCode) {
    const QCommandLineParser& parser = command.parser;
    if (parser.isSet("reference-date")) {
        options.referenceDate = parseDate(parser.value("reference-date"));
        if (!options.referenceDate) {
            exitCode = usageError(command.command,
                                  QStringLiteral("'%1' is not a date in the form YYYY-MM-DD.")
                                      .arg(parser.value("reference-date")));
            return false;
        }
    }
    if (parser.isSet("timezone") && !isKnownTimeZone(parser.value("timezone"))) {
        exitCode = usageError(
            command.command,
            QStringLiteral("'%1' is not a known time zone.").arg(parser.value("timezone")));
        return false;
    }
    options.timeZone = parser.value("timezone").toStdString();
    options.lang = parser.value("lang").toStdString();
    if (!isKnownLanguage(parser.value("lang"))) {
        exitCode = usageError(command.command,
                              QStringLiteral("the language must be auto, ko or en, not '%1'.")
                                  .arg(parser.value("lang")));
        return false;
    }
    return true;
}

}  // namespace yeonpyo::cli
