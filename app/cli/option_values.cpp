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

}  // namespace yeonpyo::cli
