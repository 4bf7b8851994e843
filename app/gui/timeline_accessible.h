// What screen readers see of the timeline: a list of the events it shows, the selected one
// selected and focused.
#pragma once

#include <QAccessibleWidget>

#include <cstdint>
#include <map>
#include <vector>

namespace yeonpyo::gui {

class TimelineView;

/// The timeline as an accessible list. Its items are the events the view shows, in sequence
/// order, each named by its one-line summary (number, title, when, part of day); its value is
/// the selected event's summary. Item interfaces are kept per event id for the list's lifetime.
class TimelineAccessible : public QAccessibleWidget {
public:
    explicit TimelineAccessible(TimelineView* view);
    ~TimelineAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text kind) const override;

    /// The index of an event among the children; -1 when the view does not show it.
    int indexOfEvent(std::int64_t eventId) const;

private:
    TimelineView* view() const;
    QAccessibleInterface* itemFor(std::int64_t eventId) const;

    mutable std::map<std::int64_t, QAccessible::Id> items_;
};

/// Installs the factory that gives every TimelineView a TimelineAccessible (once per process).
void installTimelineAccessibility();

/// One event for assistive technology: its type and the index of the item it concerns (-1: the
/// timeline itself).
struct TimelineAnnouncement {
    QAccessible::Event type;
    int child;
    friend bool operator==(const TimelineAnnouncement&, const TimelineAnnouncement&) = default;
};

/// What to tell assistive technology when the selection moved to eventId (0: nothing
/// selected): the timeline's value changed; and, for an event the view shows, a selection event
/// on its item and, when the view has the keyboard focus, a focus event on it.
std::vector<TimelineAnnouncement> selectionAnnouncements(TimelineView* view, std::int64_t eventId);

/// Sends selectionAnnouncements() when assistive technology is listening.
void announceTimelineSelection(TimelineView* view, std::int64_t eventId);

}  // namespace yeonpyo::gui
