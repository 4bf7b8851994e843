// Event time edits: values built from parts and shifted in time, resolved through core/temporal.
#include "app/gui/event_time_edit.h"

#include <QDateTime>

#include <cmath>

#include "core/temporal/temporal.h"

namespace yeonpyo::gui {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr double kSecondsPerMonth = 30.44 * 86400;

QString valueOf(const QDate& date, const std::optional<QTime>& clock, DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Year:
            return date.toString(QStringLiteral("yyyy"));
        case DatePrecision::Month:
            return date.toString(QStringLiteral("yyyy-MM"));
        case DatePrecision::Day:
            break;
    }
    const QString day = date.toString(Qt::ISODate);
    return clock ? day + QLatin1Char('T') + clock->toString(QStringLiteral("HH:mm")) : day;
}

/// Resolves value and end in the zone into the UTC interval fields.
EventTime resolved(EventTime time) {
    const auto begin = temporal::toUtcInterval(time.start, time.timeOfDay, time.timeZone);
    const auto end =
        time.end.empty() ? begin : temporal::toUtcInterval(time.end, time.timeOfDay, time.timeZone);
    time.beginUtc = begin ? std::optional(begin->begin) : std::nullopt;
    time.endUtc = end ? std::optional(end->end) : std::nullopt;
    return time;
}

std::string shiftedValue(const std::string& value, std::int64_t seconds) {
    const QString text = QString::fromStdString(value);
    switch (precisionOfValue(value)) {
        case DatePrecision::Year:
            return QString::number(text.left(4).toInt() +
                                   static_cast<int>(std::lround(seconds / (12 * kSecondsPerMonth))))
                .toStdString();
        case DatePrecision::Month: {
            const QDate month = QDate::fromString(text.left(7), QStringLiteral("yyyy-MM"));
            return month.addMonths(static_cast<int>(std::lround(seconds / kSecondsPerMonth)))
                .toString(QStringLiteral("yyyy-MM"))
                .toStdString();
        }
        case DatePrecision::Day:
            break;
    }
    if (text.size() > 10 && text[10] == QLatin1Char('T')) {
        const QDateTime moment =
            QDateTime::fromString(text.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!moment.isValid())
            return value;
        const std::int64_t minutes = std::llround(static_cast<double>(seconds) / 60.0);
        return moment.addSecs(minutes * 60)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
            .toStdString();
    }
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    if (!day.isValid())
        return value;
    return day.addDays(std::llround(static_cast<double>(seconds) / kSecondsPerDay))
        .toString(Qt::ISODate)
        .toStdString();
}

}  // namespace

DatePrecision precisionOfValue(const std::string& value) {
    if (value.size() == 4)
        return DatePrecision::Year;
    if (value.size() == 7)
        return DatePrecision::Month;
    return DatePrecision::Day;
}

EventTime timeFromParts(const QDate& date, const std::optional<QTime>& clock,
                        DatePrecision precision, const QString& timeOfDay, const QString& zone) {
    EventTime time;
    time.start = valueOf(date, clock, precision).toStdString();
    time.timeOfDay = timeOfDay.toStdString();
    time.timeZone = zone.toStdString();
    time.derivation = "set by the user";
    return resolved(std::move(time));
}

EventTime shiftedTime(const EventTime& time, std::int64_t seconds) {
    if (!time.beginUtc || time.start.empty() || time.start.starts_with("XXXX"))
        return time;
    EventTime moved = time;
    moved.start = shiftedValue(time.start, seconds);
    if (!time.end.empty())
        moved.end = shiftedValue(time.end, seconds);
    if (moved.start == time.start)
        return time;
    moved.derivation = "moved by the user on the timeline";
    return resolved(std::move(moved));
}

}  // namespace yeonpyo::gui
