// Editing in the main window: every edit is written to the document, undone and redone.
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>

#include "app/gui/document_reader.h"
#include "app/gui/event_edit_dialog.h"
#include "app/gui/timeline_editor.h"
#include "app/gui/timeline_view.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

using Editing = testing::MainWindowFixture;

/// The event as stored in the document now (not as the session shows it).
std::optional<Event> storedEvent(const QString& path, std::int64_t id) {
    auto content = readTimeline(path);
    if (!content)
        return std::nullopt;
    for (Event& event : content->events) {
        if (event.id == id)
            return event;
    }
    return std::nullopt;
}

/// Presses the platform's shortcut for a standard action (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y …).
void pressStandardKey(QWidget& window, QKeySequence::StandardKey key) {
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    ASSERT_FALSE(bindings.isEmpty());
    QTest::keySequence(&window, bindings.front());
}
void pressUndo(QWidget& window) {
    pressStandardKey(window, QKeySequence::Undo);
}
void pressRedo(QWidget& window) {
    pressStandardKey(window, QKeySequence::Redo);
}

TEST_F(Editing, ATitleEditIsStoredAsTheUsersAndUndoneAndRedoneWithTheKeyboard) {
    const Event* dinner = findEvent(EventKind::Meal, "evening");
    ASSERT_NE(dinner, nullptr);
    const std::int64_t id = dinner->id;
    const std::string original = dinner->title;
    Event edited = *dinner;
    edited.title = "승지원 만찬 (확인)";
    window.editor().editEvent(edited, "edit");

    auto stored = storedEvent(sample.path(), id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, "승지원 만찬 (확인)");
    EXPECT_TRUE(stored->editedByUser);
    EXPECT_EQ(session.eventById(id)->title, "승지원 만찬 (확인)");

    pressUndo(window);
    stored = storedEvent(sample.path(), id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, original);
    EXPECT_FALSE(stored->editedByUser);

    pressRedo(window);
    EXPECT_EQ(storedEvent(sample.path(), id)->title, "승지원 만찬 (확인)");
}

TEST_F(Editing, DraggingAnEventAlongTheAxisMovesItByWholeDaysWhenOnlyItsDayIsKnown) {
    const Event* call = findEvent(EventKind::Meeting);
    const Event* courtesyCall = nullptr;
    for (const Event& event : session.allEvents()) {
        if (event.time.start == "2024-02-29" && event.kind == EventKind::Meeting)
            courtesyCall = &event;
    }
    ASSERT_NE(call, nullptr);
    ASSERT_NE(courtesyCall, nullptr);
    const std::int64_t id = courtesyCall->id;
    TimelineView* timeline = window.timelineView();
    const auto* glyph = timeline->currentLayout().glyphOf(id);
    ASSERT_NE(glyph, nullptr);
    const double pixelsPerDay = 86400.0 / timeline->viewport().secondsPerPixel();
    const QPoint from = glyph->marker.toPoint();
    const QPoint to = from - QPoint(static_cast<int>(pixelsPerDay), 0);

    QTest::mousePress(timeline, Qt::LeftButton, {}, from);
    QTest::mouseMove(timeline, from - QPoint(10, 0));
    QTest::mouseMove(timeline, to);
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);

    const Event* moved = session.eventById(id);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->time.start, "2024-02-28");
    pressUndo(window);
    EXPECT_EQ(session.eventById(id)->time.start, "2024-02-29");
}

TEST_F(Editing, ADeletedEventComesBackWithItsQuotesAndTheLinksToItOnUndo) {
    const Event* lunch = findEvent(EventKind::Meal, "noon");
    ASSERT_NE(lunch, nullptr);
    const Event before = *lunch;
    const std::size_t count = session.allEvents().size();
    std::vector<std::int64_t> followers;
    for (const Event& event : session.allEvents()) {
        if (std::find(event.after.begin(), event.after.end(), before.id) != event.after.end())
            followers.push_back(event.id);
    }
    ASSERT_FALSE(followers.empty()) << "the dinner follows the lunch in the sample";

    session.select(before.id);
    window.deleteSelectedEvent();
    EXPECT_EQ(session.allEvents().size(), count - 1);
    EXPECT_EQ(readTimeline(sample.path())->events.size(), count - 1);

    pressUndo(window);
    ASSERT_EQ(session.allEvents().size(), count);
    const Event* restored = nullptr;
    for (const Event& event : session.allEvents()) {
        if (event.title == before.title && event.kind == before.kind)
            restored = &event;
    }
    ASSERT_NE(restored, nullptr);
    EXPECT_EQ(restored->quotes, before.quotes);
    EXPECT_EQ(restored->participants, before.participants);
    const Event* follower = session.eventById(window.editor().currentId(followers.front()));
    ASSERT_NE(follower, nullptr);
    EXPECT_NE(std::find(follower->after.begin(), follower->after.end(), restored->id),
              follower->after.end());
}

TEST_F(Editing, MergingTwoEventsJoinsTheirQuotesAndUndoSeparatesThemAgain) {
    const Event* lunch = findEvent(EventKind::Meal, "noon");
    const Event* dinner = findEvent(EventKind::Meal, "evening");
    ASSERT_NE(lunch, nullptr);
    ASSERT_NE(dinner, nullptr);
    const std::int64_t lunchId = lunch->id;
    const std::size_t quotes = lunch->quotes.size();
    const std::size_t count = session.allEvents().size();

    window.editor().mergeEvents(lunchId, dinner->id);
    ASSERT_EQ(session.allEvents().size(), count - 1);
    EXPECT_GT(session.eventById(lunchId)->quotes.size(), quotes);

    pressUndo(window);
    EXPECT_EQ(session.allEvents().size(), count);
    EXPECT_EQ(session.eventById(lunchId)->quotes.size(), quotes);
    pressRedo(window);
    EXPECT_EQ(session.allEvents().size(), count - 1);
}

TEST_F(Editing, SplittingMovesTheChosenQuotesToANewEvent) {
    const Event* lunch = findEvent(EventKind::Meal, "noon");
    ASSERT_NE(lunch, nullptr);
    ASSERT_GE(lunch->quotes.size(), 2u);
    const std::int64_t lunchId = lunch->id;
    const std::size_t quotes = lunch->quotes.size();
    const std::size_t count = session.allEvents().size();
    window.editor().splitEvent(lunchId, {quotes - 1});
    ASSERT_EQ(session.allEvents().size(), count + 1);
    EXPECT_EQ(session.eventById(lunchId)->quotes.size(), quotes - 1);
    pressUndo(window);
    EXPECT_EQ(session.allEvents().size(), count);
    EXPECT_EQ(session.eventById(lunchId)->quotes.size(), quotes);
}

TEST(EventEditDialog, TypedFieldsBecomeTheEditedEvent) {
    Event event;
    event.title = "오찬";
    event.time.start = "2024-02-28";
    event.time.timeZone = "Asia/Seoul";
    EventEditDialog dialog(event);
    auto* title = dialog.findChild<QLineEdit*>("title");
    ASSERT_NE(title, nullptr);
    title->clear();
    title->insert(QStringLiteral("LG 경영진과 오찬"));  // QTest types ASCII only
    dialog.findChild<QPlainTextEdit*>("participants")
        ->setPlainText("조주완, CEO, LG전자\n권봉석, COO, ㈜LG");
    auto* place = dialog.findChild<QLineEdit*>("placeName");
    QTest::keyClicks(place, "Yeouido");

    const Event edited = dialog.editedEvent();
    EXPECT_EQ(edited.title, "LG 경영진과 오찬");
    ASSERT_EQ(edited.participants.size(), 2u);
    EXPECT_EQ(edited.participants[1].org, "㈜LG");
    EXPECT_EQ(edited.time.start, "2024-02-28") << "an untouched date keeps its value";
    EXPECT_EQ(edited.place.name, "Yeouido");
}

TEST(EventEditDialog, AClockTimeGivesAResolvedMinute) {
    Event event;
    event.time.start = "2024-02-28";
    event.time.timeZone = "Asia/Seoul";
    EventEditDialog dialog(event);
    dialog.findChild<QCheckBox*>("hasClock")->setChecked(true);
    dialog.findChild<QTimeEdit*>("clock")->setTime(QTime(12, 30));
    const Event edited = dialog.editedEvent();
    EXPECT_EQ(edited.time.start, "2024-02-28T12:30");
    ASSERT_TRUE(edited.time.beginUtc);
    EXPECT_EQ(*edited.time.beginUtc,
              QDateTime(QDate(2024, 2, 28), QTime(3, 30), Qt::UTC).toSecsSinceEpoch());
}

}  // namespace
}  // namespace yeonpyo::gui
