// Accessibility of the main window: every control has a name, the timeline is a list of its
// events for screen readers, and its events are reached and selected with the keyboard alone.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAccessible>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "app/gui/article_view.h"
#include "app/gui/event_inspector.h"
#include "app/gui/event_text.h"
#include "app/gui/map_view.h"
#include "app/gui/timeline_accessible.h"
#include "app/gui/timeline_view.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

class Accessibility : public testing::MainWindowFixture {
protected:
    TimelineView* timeline() const { return window.timelineView(); }
    std::int64_t selected() const { return session.selectedEventId().value_or(0); }
    std::int64_t nth(std::size_t index) const { return session.events().at(index).id; }
    void key(int key) { QTest::keyClick(timeline(), static_cast<Qt::Key>(key)); }
};

TEST_F(Accessibility, EveryFocusableControlAndEveryPanelHasANameForScreenReaders) {
    int checked = 0;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        // Parts of other controls (a date field's text, a combo box's list) speak through them.
        const QWidget* owner = widget->parentWidget();
        const bool part = owner != nullptr &&
                          (owner->inherits("QAbstractSpinBox") || owner->inherits("QComboBox"));
        if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus || part ||
            widget->inherits("QScrollBar") || widget->inherits("QTabBar"))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 10);
    for (QWidget* panel : std::initializer_list<QWidget*>{
             window.timelineView(), window.mapView(), window.articleView(), window.inspector()}) {
        EXPECT_FALSE(panel->accessibleName().isEmpty()) << panel->metaObject()->className();
        EXPECT_FALSE(panel->accessibleDescription().isEmpty()) << panel->metaObject()->className();
    }
}

TEST_F(Accessibility, TheTimelineIsAListOfItsEventsWithTheSelectionMarked) {
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(timeline());
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->role(), QAccessible::List);
    ASSERT_EQ(list->childCount(), static_cast<int>(session.events().size()));
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface* item = list->child(i);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->role(), QAccessible::ListItem);
        EXPECT_EQ(item->text(QAccessible::Name), eventSummaryLine(session.events()[i]));
        EXPECT_EQ(item->parent(), list);
        EXPECT_EQ(list->indexOfChild(item), i);
        EXPECT_FALSE(item->state().selected);
        EXPECT_FALSE(item->rect().isEmpty()) << "drawn on screen: " << i;
    }
    EXPECT_EQ(list->child(list->childCount()), nullptr);
    EXPECT_EQ(list->child(-1), nullptr);
    EXPECT_EQ(list->text(QAccessible::Value), TimelineView::tr("No event selected"));

    session.select(nth(2));
    EXPECT_TRUE(list->child(2)->state().selected);
    EXPECT_FALSE(list->child(1)->state().selected);
    EXPECT_EQ(list->text(QAccessible::Value), eventSummaryLine(session.events()[2]));
    const QRect item = list->child(2)->rect();
    EXPECT_EQ(list->childAt(item.center().x(), item.center().y()), list->child(2));
}

TEST_F(Accessibility, ASelectionIsAnnouncedOnItsItemAndAsFocusWhenTheTimelineHasIt) {
    // The offscreen platform has no accessibility bridge to send to, so the events are checked
    // as the timeline composes them.
    using A = TimelineAnnouncement;
    window.articleView()->setFocus();
    QApplication::processEvents();
    EXPECT_EQ(selectionAnnouncements(timeline(), nth(1)),
              (std::vector<A>{{QAccessible::ValueChanged, -1}, {QAccessible::Selection, 1}}));
    timeline()->setFocus();
    QApplication::processEvents();
    EXPECT_EQ(selectionAnnouncements(timeline(), nth(3)),
              (std::vector<A>{{QAccessible::ValueChanged, -1},
                              {QAccessible::Selection, 3},
                              {QAccessible::Focus, 3}}));
    EXPECT_EQ(selectionAnnouncements(timeline(), 0),
              (std::vector<A>{{QAccessible::ValueChanged, -1}}))
        << "a cleared selection changes the value only";
    EXPECT_EQ(selectionAnnouncements(timeline(), 987654),
              (std::vector<A>{{QAccessible::ValueChanged, -1}}))
        << "an event the view does not show has no item";
}

TEST_F(Accessibility, TabReachesTheTimeline) {
    window.menuBar()->setFocus();
    QWidget* start = QApplication::focusWidget();
    bool reached = false;
    for (int i = 0; i < 40 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        Qt::Key_Tab);
        reached = QApplication::focusWidget() == timeline();
    }
    EXPECT_TRUE(reached) << "from " << (start ? start->metaObject()->className() : "nothing");
}

struct KeyStep {
    int key;
    int expectedIndex;  ///< Index in session.events() of the event selected after the key; -1 none.
};

TEST_F(Accessibility, ArrowsHomeAndEndMoveTheSelectionThroughTheEvents) {
    const int last = static_cast<int>(session.events().size()) - 1;
    ASSERT_GE(last, 3);
    const KeyStep steps[] = {
        {Qt::Key_Down, 0},    {Qt::Key_Down, 1},    {Qt::Key_PageDown, 2}, {Qt::Key_Up, 1},
        {Qt::Key_End, last},  {Qt::Key_Down, last}, {Qt::Key_Home, 0},     {Qt::Key_Up, 0},
        {Qt::Key_Escape, -1}, {Qt::Key_Up, last},
    };
    timeline()->setFocus();
    for (const KeyStep& step : steps) {
        key(step.key);
        EXPECT_EQ(selected(), step.expectedIndex < 0 ? 0 : nth(step.expectedIndex))
            << "after key " << step.key;
    }
}

TEST_F(Accessibility, UpAndDownSkipEventsTheFilterHides) {
    EventFilter filter;
    filter.kind = EventKind::Meeting;  // the sample's first and fourth events
    session.setFilter(filter);
    ASSERT_EQ(session.events().size(), 2u);
    ASSERT_GT(session.events()[1].sequence, session.events()[0].sequence + 1);
    timeline()->setFocus();
    key(Qt::Key_Home);
    key(Qt::Key_Down);
    EXPECT_EQ(selected(), nth(1)) << "the next meeting, whatever its sequence number";
}

TEST_F(Accessibility, EnterOpensTheSelectedEventForEditing) {
    QSignalSpy requested(timeline(), &TimelineView::editRequested);
    timeline()->setFocus();
    key(Qt::Key_Return);
    EXPECT_EQ(requested.size(), 0) << "nothing selected: nothing to open";
    key(Qt::Key_Home);
    QTimer::singleShot(100, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    key(Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toLongLong(), nth(0));
}

TEST_F(Accessibility, TheFocusedTimelineShowsAFocusFrame) {
    window.articleView()->setFocus();
    QApplication::processEvents();
    const QImage unfocused = timeline()->grab().toImage();
    timeline()->setFocus();
    QApplication::processEvents();
    const QImage focused = timeline()->grab().toImage();
    const QPoint edge(timeline()->width() / 2, 1);
    EXPECT_NE(unfocused.pixelColor(edge), focused.pixelColor(edge));
    EXPECT_EQ(focused.pixelColor(edge), render::theme(timeline()->themeKind()).selection);
}

}  // namespace
}  // namespace yeonpyo::gui
