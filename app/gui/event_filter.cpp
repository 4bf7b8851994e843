// EventFilter: the test one event passes to be shown.
#include "app/gui/event_filter.h"

#include <algorithm>

namespace yeonpyo::gui {
namespace {

/// The day a value names, or the first day of a coarser one ("2024-02" → 2024-02-01).
std::optional<QDate> firstDayOf(const std::string& value) {
    const QString text = QString::fromStdString(value);
    for (const auto& [length, format] :
         {std::pair{10, "yyyy-MM-dd"}, {7, "yyyy-MM"}, {4, "yyyy"}}) {
        const QDate date = QDate::fromString(text.left(length), QString::fromLatin1(format));
        if (text.size() >= length && date.isValid())
            return date;
    }
    return std::nullopt;
}

bool inDateRange(const Event& event, const std::optional<QDate>& from,
                 const std::optional<QDate>& to) {
    const auto begin = firstDayOf(event.time.start);
    if (!begin)
        return false;
    const auto end = firstDayOf(event.time.end.empty() ? event.time.start : event.time.end);
    return (!from || end.value_or(*begin) >= *from) && (!to || *begin <= *to);
}

}  // namespace

bool EventFilter::isEmpty() const {
    return *this == EventFilter{};
}

bool EventFilter::matches(const Event& event) const {
    if ((from || to) && !inDateRange(event, from, to))
        return false;
    if (kind && event.kind != *kind)
        return false;
    if (!participant.isEmpty() && std::none_of(event.participants.begin(), event.participants.end(),
                                               [this](const Participant& person) {
                                                   return QString::fromStdString(person.name) ==
                                                          participant;
                                               })) {
        return false;
    }
    if (!place.isEmpty() && QString::fromStdString(event.place.name) != place)
        return false;
    if (articleId &&
        std::none_of(event.quotes.begin(), event.quotes.end(),
                     [this](const Quote& quote) { return quote.articleId == *articleId; })) {
        return false;
    }
    return !onlyIds || onlyIds->count(event.id) > 0;
}

}  // namespace yeonpyo::gui
