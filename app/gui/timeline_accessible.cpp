// TimelineAccessible and its items: the timeline's events for screen readers.
#include "app/gui/timeline_accessible.h"

#include <QPointer>

#include <algorithm>

#include "app/gui/event_text.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"

namespace yeonpyo::gui {
namespace {

/// One event of the timeline as a list item. Holds the view weakly (through its accessible
/// parent) and the event by id, so it stays safe when the event goes away.
class TimelineEventAccessible : public QAccessibleInterface {
public:
    TimelineEventAccessible(QWidget* view, std::int64_t eventId) : view_(view), eventId_(eventId) {}

    bool isValid() const override { return !view_.isNull() && event() != nullptr; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return view_ ? view_->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override {
        return view_ ? QAccessible::queryAccessibleInterface(view_.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString&) override {}

    QString text(QAccessible::Text kind) const override {
        const Event* shown = event();
        if (shown == nullptr)
            return {};
        if (kind == QAccessible::Name)
            return eventSummaryLine(*shown);
        if (kind == QAccessible::Description)
            return placeText(shown->place);
        return {};
    }

    QRect rect() const override {
        if (!view_)
            return {};
        for (const render::EventGlyph& glyph : timeline()->currentLayout().events) {
            if (glyph.id != eventId_)
                continue;
            const QRectF marker(glyph.marker.x() - glyph.markerHalfWidth,
                                glyph.marker.y() - glyph.markerHalfWidth, 2 * glyph.markerHalfWidth,
                                2 * glyph.markerHalfWidth);
            const QRect local = marker.united(glyph.label).toAlignedRect();
            return QRect(view_->mapToGlobal(local.topLeft()), local.size());
        }
        return {};
    }

    QAccessible::State state() const override {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        const bool selected =
            timeline() != nullptr && timeline()->session().selectedEventId() == eventId_;
        state.selected = selected;
        state.focused = selected && view_->hasFocus();
        state.invisible = rect().isEmpty();
        state.offscreen = state.invisible;
        return state;
    }

private:
    TimelineView* timeline() const { return static_cast<TimelineView*>(view_.data()); }
    const Event* event() const {
        return view_ ? timeline()->session().eventById(eventId_) : nullptr;
    }

    QPointer<QWidget> view_;
    std::int64_t eventId_;
};

QAccessibleInterface* timelineFactory(const QString& className, QObject* object) {
    if (className == QLatin1String("yeonpyo::gui::TimelineView") && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView*>(object));
    return nullptr;
}

}  // namespace

TimelineAccessible::TimelineAccessible(TimelineView* view)
    : QAccessibleWidget(view, QAccessible::List) {}

TimelineAccessible::~TimelineAccessible() {
    for (const auto& [eventId, id] : items_)
        QAccessible::deleteAccessibleInterface(id);
}

TimelineView* TimelineAccessible::view() const {
    return static_cast<TimelineView*>(widget());
}

int TimelineAccessible::childCount() const {
    return static_cast<int>(view()->session().events().size());
}

QAccessibleInterface* TimelineAccessible::itemFor(std::int64_t eventId) const {
    if (const auto found = items_.find(eventId); found != items_.end())
        return QAccessible::accessibleInterface(found->second);
    const QAccessible::Id id =
        QAccessible::registerAccessibleInterface(new TimelineEventAccessible(view(), eventId));
    items_.emplace(eventId, id);
    return QAccessible::accessibleInterface(id);
}

QAccessibleInterface* TimelineAccessible::child(int index) const {
    const auto& events = view()->session().events();
    if (index < 0 || index >= static_cast<int>(events.size()))
        return nullptr;
    return itemFor(events[static_cast<std::size_t>(index)].id);
}

int TimelineAccessible::indexOfEvent(std::int64_t eventId) const {
    const auto& events = view()->session().events();
    const auto found = std::find_if(events.begin(), events.end(),
                                    [eventId](const Event& event) { return event.id == eventId; });
    return found == events.end() ? -1 : static_cast<int>(found - events.begin());
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface* child) const {
    for (const auto& [eventId, id] : items_) {
        if (QAccessible::accessibleInterface(id) == child)
            return indexOfEvent(eventId);
    }
    return -1;
}

QAccessibleInterface* TimelineAccessible::childAt(int x, int y) const {
    const QPoint local = view()->mapFromGlobal(QPoint(x, y));
    const render::TimelineHit hit = view()->currentLayout().hitTest(local);
    if (hit.kind != render::TimelineHit::Kind::Event)
        return nullptr;
    return child(indexOfEvent(hit.eventId));
}

QAccessibleInterface* TimelineAccessible::focusChild() const {
    const auto selected = view()->session().selectedEventId();
    if (!selected || !view()->hasFocus())
        return nullptr;
    return child(indexOfEvent(*selected));
}

QString TimelineAccessible::text(QAccessible::Text kind) const {
    if (kind == QAccessible::Value) {
        const Event* selected = view()->session().selectedEvent();
        return selected != nullptr ? eventSummaryLine(*selected)
                                   : TimelineView::tr("No event selected");
    }
    return QAccessibleWidget::text(kind);
}

void installTimelineAccessibility() {
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    (void)installed;
}

std::vector<TimelineAnnouncement> selectionAnnouncements(TimelineView* view, std::int64_t eventId) {
    std::vector<TimelineAnnouncement> announcements{{QAccessible::ValueChanged, -1}};
    auto* timeline = dynamic_cast<TimelineAccessible*>(QAccessible::queryAccessibleInterface(view));
    const int index = eventId != 0 && timeline != nullptr ? timeline->indexOfEvent(eventId) : -1;
    if (index < 0)
        return announcements;
    announcements.push_back({QAccessible::Selection, index});
    if (view->hasFocus())
        announcements.push_back({QAccessible::Focus, index});
    return announcements;
}

void announceTimelineSelection(TimelineView* view, std::int64_t eventId) {
    if (!QAccessible::isActive())
        return;
    for (const TimelineAnnouncement& announcement : selectionAnnouncements(view, eventId)) {
        if (announcement.type == QAccessible::ValueChanged) {
            QAccessibleInterface* timeline = QAccessible::queryAccessibleInterface(view);
            QAccessibleValueChangeEvent value(view, timeline->text(QAccessible::Value));
            QAccessible::updateAccessibility(&value);
            continue;
        }
        QAccessibleEvent event(view, announcement.type);
        event.setChild(announcement.child);
        QAccessible::updateAccessibility(&event);
    }
}

}  // namespace yeonpyo::gui
