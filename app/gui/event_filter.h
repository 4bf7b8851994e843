// EventFilter: which events the panels show — a date range, a kind, a person, a place, an article,
// or the hits of a search.
#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <set>

#include "core/model/event.h"

namespace yeonpyo::gui {

/// Every set field narrows the events shown; an empty filter shows all of them.
struct EventFilter {
    std::optional<QDate> from;  ///< Events that end on or after this day (in their own zone).
    std::optional<QDate> to;    ///< Events that begin on or before this day.
    std::optional<EventKind> kind;
    QString participant;                            ///< A participant's name, exactly.
    QString place;                                  ///< A place's name, exactly.
    std::optional<std::int64_t> articleId;          ///< Events quoted from this article.
    std::optional<std::set<std::int64_t>> onlyIds;  ///< Search results.

    bool isEmpty() const;
    bool matches(const Event& event) const;
    friend bool operator==(const EventFilter&, const EventFilter&) = default;
};

}  // namespace yeonpyo::gui
