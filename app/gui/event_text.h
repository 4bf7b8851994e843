// Human-readable, translatable texts for an event's fields, shared by the inspector, list and
// tooltips.
#pragma once

#include <QString>

#include <vector>

#include "core/model/event.h"

namespace yeonpyo::gui {

class TimelineSession;

QString kindName(EventKind kind);
QString statusName(EventStatus status);
/// "noon" → "noon" in the user's language.
QString partOfDayText(const QString& timeOfDay);
QString kindAndStatusText(const Event& event);
/// "3. Lunch with Lee Jae-yong — 2024-02-28 (Wed) · noon": one line for tooltips and lists.
QString eventSummaryLine(const Event& event);
/// "2024-02-28 (Wed) · noon", with the time zone when a clock time is known.
QString whenText(const Event& event);
QString placeText(const Place& place);
/// Why the event has its date, in the language of the interface (Korean under a Korean locale).
QString derivationText(const Event& event);
QString participantsText(const std::vector<Participant>& participants);
/// "After 1, 2" from the event's `after` links, by sequence number.
QString orderText(const Event& event, const TimelineSession& session);
/// Where the sources disagree, a line each: "Part of day: noon (kept) · afternoon — <article>".
QString conflictsText(const Event& event, const TimelineSession& session);
/// "Reported by 3 outlets: A, B, C" — the outlets that ran the texts the event's quotes cite
/// (each article's and its syndicated copies'); empty when only one did.
QString outletsText(const Event& event, const TimelineSession& session);
/// The quote with its source article's title.
QString quoteText(const Quote& quote, const TimelineSession& session);

}  // namespace yeonpyo::gui
