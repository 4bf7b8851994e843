// Texts for event fields in the user's language (translations in resources/translations).
#include "app/gui/event_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

#include "app/gui/timeline_session.h"
#include "core/temporal/derivation_text.h"

#include <set>

namespace yeonpyo::gui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("yeonpyo::gui", text);
}

QString partOfDayName(const std::string& timeOfDay) {
    if (timeOfDay == "morning")
        return tr("morning");
    if (timeOfDay == "noon")
        return tr("noon");
    if (timeOfDay == "afternoon")
        return tr("afternoon");
    if (timeOfDay == "evening")
        return tr("evening");
    if (timeOfDay == "night")
        return tr("night");
    return QString::fromStdString(timeOfDay);
}

QString dateWithWeekday(const QString& value) {
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    if (!date.isValid())
        return value;
    QString text = value;
    text.replace(QLatin1Char('T'), QLatin1Char(' '));
    return QStringLiteral("%1 (%2)").arg(text,
                                         QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

}  // namespace

QString kindName(EventKind kind) {
    switch (kind) {
        case EventKind::Meeting:
            return tr("Meeting");
        case EventKind::Meal:
            return tr("Meal");
        case EventKind::Visit:
            return tr("Visit");
        case EventKind::Speech:
            return tr("Speech");
        case EventKind::Departure:
            return tr("Departure");
        case EventKind::Arrival:
            return tr("Arrival");
        case EventKind::Announcement:
            return tr("Announcement");
        case EventKind::Other:
            break;
    }
    return tr("Other");
}

QString partOfDayText(const QString& timeOfDay) {
    return partOfDayName(timeOfDay.toStdString());
}

QString statusName(EventStatus status) {
    switch (status) {
        case EventStatus::Planned:
            return tr("planned");
        case EventStatus::Reported:
            return tr("reported");
        case EventStatus::Happened:
            break;
    }
    return tr("happened");
}

QString kindAndStatusText(const Event& event) {
    QString text = QStringLiteral("%1 · %2").arg(kindName(event.kind), statusName(event.status));
    if (event.editedByUser)
        text += QStringLiteral(" · ") + tr("edited by you");
    return text;
}

QString whenText(const Event& event) {
    if (event.time.start.empty())
        return tr("unknown");
    QString text = dateWithWeekday(QString::fromStdString(event.time.start));
    if (!event.time.end.empty()) {
        text += QStringLiteral(" – ") + dateWithWeekday(QString::fromStdString(event.time.end));
    }
    if (!event.time.timeOfDay.empty())
        text += QStringLiteral(" · ") + partOfDayName(event.time.timeOfDay);
    if (!event.time.timeZone.empty()) {
        text += QStringLiteral(" (%1)").arg(QString::fromStdString(event.time.timeZone));
    }
    return text;
}

QString eventSummaryLine(const Event& event) {
    return QStringLiteral("%1. %2 — %3")
        .arg(event.sequence)
        .arg(QString::fromStdString(event.title), whenText(event));
}

QString derivationText(const Event& event) {
    const std::string_view language = QLocale().language() == QLocale::Korean ? "ko" : "en";
    return QString::fromStdString(temporal::derivationIn(event.time.derivation, language));
}

QString placeText(const Place& place) {
    if (place.name.empty())
        return tr("unknown");
    QString text = QString::fromStdString(place.name);
    if (!place.address.empty())
        text += QStringLiteral(", ") + QString::fromStdString(place.address);
    if (place.hasCoordinates()) {
        text += QStringLiteral(" (%1, %2)").arg(*place.lat, 0, 'f', 4).arg(*place.lon, 0, 'f', 4);
    } else {
        text += QStringLiteral(" — ") + tr("not on the map");
    }
    return text;
}

QString participantsText(const std::vector<Participant>& participants) {
    QStringList names;
    for (const Participant& person : participants) {
        QStringList parts{QString::fromStdString(person.name)};
        if (!person.org.empty())
            parts << QString::fromStdString(person.org);
        if (!person.title.empty())
            parts << QString::fromStdString(person.title);
        names << parts.join(QLatin1Char(' '));
    }
    return names.isEmpty() ? tr("unknown") : names.join(QStringLiteral(", "));
}

QString orderText(const Event& event, const TimelineSession& session) {
    QStringList earlier;
    for (std::int64_t id : event.after) {
        if (const Event* other = session.eventById(id))
            earlier << QString::number(other->sequence);
    }
    const QString rank = tr("No. %1 of %2").arg(event.sequence).arg(session.events().size());
    return earlier.isEmpty()
               ? rank
               : rank + QStringLiteral(" · ") + tr("after %1").arg(earlier.join(", "));
}

QString quoteText(const Quote& quote, const TimelineSession& session) {
    QString text = QStringLiteral("“%1”").arg(QString::fromStdString(quote.text));
    if (!quote.speaker.empty())
        text += QStringLiteral(" — ") + QString::fromStdString(quote.speaker);
    if (const Article* article = session.articleById(quote.articleId)) {
        text += QStringLiteral("\n") + QString::fromStdString(article->title);
    }
    return text;
}

QString outletsText(const Event& event, const TimelineSession& session) {
    std::set<std::int64_t> cited;
    QStringList outlets;
    for (const Quote& quote : event.quotes) {
        const Article* article = session.articleById(quote.articleId);
        if (article == nullptr || !cited.insert(article->id).second)
            continue;
        outlets << QString::fromStdString(article->source);
        for (const ArticleCopy& copy : article->copies)
            outlets << QString::fromStdString(copy.source);
    }
    if (outlets.size() < 2)
        return {};
    outlets.removeDuplicates();
    const int count = static_cast<int>(outlets.size());
    return QCoreApplication::translate("yeonpyo::gui", "Reported by %n outlet(s)", "", count) +
           QStringLiteral(": ") + outlets.join(QStringLiteral(", "));
}

QString conflictsText(const Event& event, const TimelineSession& session) {
    QStringList lines;
    for (const SourceConflict& conflict : event.conflicts) {
        const QString field = conflict.field == "start"         ? tr("Date")
                              : conflict.field == "time_of_day" ? tr("Part of day")
                              : conflict.field == "place"       ? tr("Place")
                                                          : QString::fromStdString(conflict.field);
        const auto value = [&](const std::string& text) {
            return conflict.field == "time_of_day" ? partOfDayName(text)
                                                   : QString::fromStdString(text);
        };
        QString line = field + QStringLiteral(": ") +
                       tr("%1 (kept) · %2").arg(value(conflict.kept), value(conflict.other));
        if (const Article* article = session.articleById(conflict.articleId)) {
            line += QStringLiteral(" — ") + QString::fromStdString(article->title);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace yeonpyo::gui
