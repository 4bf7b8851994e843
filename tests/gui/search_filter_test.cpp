// Search and filter in the main window: results narrow every panel and select on click.
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>

#include "app/gui/filter_panel.h"
#include "app/gui/map_view.h"
#include "app/gui/search_panel.h"
#include "app/gui/timeline_view.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

class SearchAndFilter : public testing::MainWindowFixture {
protected:
    /// Opens the search tab as Ctrl+F does and runs a query as if typed and entered.
    SearchPanel* searchFor(const QString& query) {
        SearchPanel* search = window.searchPanel();
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            if (tabs->indexOf(search) >= 0)
                tabs->setCurrentWidget(search);
        }
        search->queryField()->setFocus();
        search->queryField()->insert(query);  // QTest types ASCII only
        QTest::keyClick(search->queryField(), Qt::Key_Return);
        return search;
    }
};

TEST_F(SearchAndFilter, SearchingAVenueInHangulListsAndShowsOnlyItsEvents) {
    SearchPanel* search = searchFor(QStringLiteral("승지원"));

    ASSERT_GT(search->results()->count(), 0);
    ASSERT_FALSE(session.events().empty());
    EXPECT_LT(session.events().size(), session.allEvents().size());
    for (const Event& shown : session.events()) {
        EXPECT_EQ(window.timelineView()->currentLayout().glyphOf(shown.id) != nullptr, true)
            << shown.title;
    }
    const Event* dinner = nullptr;
    for (const Event& shown : session.events()) {
        if (shown.kind == EventKind::Meal && shown.time.timeOfDay == "evening")
            dinner = &shown;
    }
    ASSERT_NE(dinner, nullptr) << "the dinner at Seungjiwon is among the results";

    QListWidgetItem* first = nullptr;  // the first event hit (Qt::UserRole: is an event)
    for (int row = search->results()->count() - 1; row >= 0; --row) {
        if (search->results()->item(row)->data(Qt::UserRole).toBool())
            first = search->results()->item(row);
    }
    ASSERT_NE(first, nullptr);
    search->results()->scrollToItem(first);
    const QRect rect = search->results()->visualItemRect(first);
    QTest::mouseClick(search->results()->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_TRUE(session.selectedEventId().has_value());

    search->queryField()->clear();
    EXPECT_EQ(session.events().size(), session.allEvents().size());
}

TEST_F(SearchAndFilter, ASearchWithoutHitsSaysSoAndHidesNothing) {
    SearchPanel* search = searchFor(QStringLiteral("존재하지않는낱말"));
    ASSERT_EQ(search->results()->count(), 1);
    EXPECT_TRUE(search->results()->item(0)->text().contains(QStringLiteral("존재하지않는낱말")));
}

TEST_F(SearchAndFilter, FilteringByKindShowsOnlyThatKindEverywhere) {
    auto* kind = window.filterPanel()->findChild<QComboBox*>("filterKind");
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findData(static_cast<int>(EventKind::Meal)));
    ASSERT_FALSE(session.events().empty());
    for (const Event& shown : session.events())
        EXPECT_EQ(shown.kind, EventKind::Meal);
    EXPECT_EQ(window.eventTable()->model()->rowCount(), static_cast<int>(session.events().size()));

    window.filterPanel()->clearFilter();
    EXPECT_EQ(session.events().size(), session.allEvents().size());
}

TEST_F(SearchAndFilter, FilteringByAPersonKeepsTheirEventsOnly) {
    const Event* dinner = findEvent(EventKind::Meal, "evening");
    ASSERT_NE(dinner, nullptr);
    ASSERT_FALSE(dinner->participants.empty());
    const QString host = QString::fromStdString(dinner->participants.back().name);
    auto* person = window.filterPanel()->findChild<QComboBox*>("filterParticipant");
    ASSERT_NE(person, nullptr);
    const int index = person->findData(host);
    ASSERT_GE(index, 0) << host.toStdString() << " is offered";
    person->setCurrentIndex(index);
    ASSERT_FALSE(session.events().empty());
    for (const Event& shown : session.events()) {
        EXPECT_TRUE(std::any_of(
            shown.participants.begin(), shown.participants.end(),
            [&](const Participant& p) { return QString::fromStdString(p.name) == host; }));
    }
    EXPECT_EQ(window.timelineView()->currentLayout().events.size(), session.events().size());
}

TEST_F(SearchAndFilter, LanesByParticipantGiveOneLanePerPerson) {
    window.timelineView()->setLaneMode(render::LaneMode::Participant);
    EXPECT_GE(window.timelineView()->currentLayout().lanes.size(), 3u);
    window.timelineView()->setLaneMode(render::LaneMode::None);
    EXPECT_EQ(window.timelineView()->currentLayout().lanes.size(), 1u);
}

}  // namespace
}  // namespace yeonpyo::gui
