// Words the painters draw (kind names, parts of day, lane and legend captions) in Korean or
// English.
#pragma once

#include <QLocale>
#include <QString>

#include "core/model/event.h"

namespace yeonpyo::render {

/// Whether a locale gets the Korean wording; every other language gets English.
bool isKorean(const QLocale& locale);

/// "회의" / "Meeting", … for a kind.
QString kindName(EventKind kind, const QLocale& locale);

/// "오전" / "Morning", … for a design.md part of day ("morning", "noon", …); empty if unknown.
QString partOfDayName(const QString& timeOfDay, const QLocale& locale);

/// Caption of the lane that gathers events without a value for the lane key, or the overflow lane.
QString otherLaneName(const QLocale& locale);

/// "예정" / "planned", appended to planned events' subtitles.
QString plannedWord(const QLocale& locale);

/// "출처 불일치" / "Sources disagree": the legend's entry for the conflict badge.
QString conflictWord(const QLocale& locale);

/// Thousands-separated count in the locale ("1,234").
QString countText(qint64 count, const QLocale& locale);

}  // namespace yeonpyo::render
