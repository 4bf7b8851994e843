// Subtitles of event labels: the time at the precision it is known, planned status and place.
#include "app/render/event_text_p.h"

#include <QDateTime>
#include <QTimeZone>

#include "app/render/labels.h"
#include "app/render/time_axis.h"

namespace yeonpyo::render::detail {
namespace {

QString whenText(const TimelineItem& item, const TimelineItemText& text, const QTimeZone& zone,
                 const TimelineFrame& frame) {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(item.begin, zone);
    const bool manyDays = frame.time.span() > 1.5 * 86400.0;
    const QLocale& locale = frame.locale;
    const QString day = dayLabel(local.date(), locale, false, frame.known);
    switch (item.precision) {
        case TimePrecision::Exact: {
            const QString clock = clockLabel(local.time(), locale);
            return manyDays ? day + ' ' + clock : clock;
        }
        case TimePrecision::PartOfDay: {
            const QString part = partOfDayName(text.timeOfDay, locale);
            if (part.isEmpty())
                return day;
            return manyDays ? day + ' ' + part : part;
        }
        case TimePrecision::Day:
            return day;
        case TimePrecision::Month:
            return isKorean(locale) ? locale.toString(local.date(), QStringLiteral("yyyy년 M월"))
                                    : locale.toString(local.date(), QStringLiteral("MMM yyyy"));
        case TimePrecision::Year:
            return isKorean(locale) ? QString::number(local.date().year()) + QStringLiteral("년")
                                    : QString::number(local.date().year());
    }
    return day;
}

}  // namespace

QString subtitleOf(const TimelineItem& item, const TimelineItemText& text,
                   const TimelineFrame& frame, const QTimeZone& zone) {
    static const QString separator = QStringLiteral(" · ");
    QString subtitle = whenText(item, text, zone, frame);
    if (zone != frame.zone) {
        subtitle += QStringLiteral(" (%1)").arg(
            zone.abbreviation(QDateTime::fromSecsSinceEpoch(item.begin, zone)));
    }
    if (item.planned)
        subtitle += separator + plannedWord(frame.locale);
    if (!text.place.isEmpty())
        subtitle += separator + text.place;
    return subtitle;
}

}  // namespace yeonpyo::render::detail
