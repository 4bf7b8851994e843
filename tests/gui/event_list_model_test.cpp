// EventListModel passes QAbstractItemModelTester and lists events in sequence order.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>

#include "app/gui/event_list_model.h"
#include "app/gui/timeline_session.h"

namespace yeonpyo::gui {
namespace {

Event makeEvent(std::int64_t id, int sequence, const char* title) {
    Event event;
    event.id = id;
    event.sequence = sequence;
    event.title = title;
    event.kind = EventKind::Meal;
    event.time.start = "2024-02-28";
    event.time.timeOfDay = "noon";
    event.place.name = "LG트윈타워";
    event.participants.push_back({"조주완", "CEO", "LG전자"});
    return event;
}

TEST(EventListModel, IsAWellBehavedModelThroughContentChanges) {
    TimelineSession session;
    EventListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    session.setContent("a.yeonpyo", {}, {makeEvent(7, 1, "오찬"), makeEvent(9, 2, "만찬")});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, EventListModel::Title)).toString(), QStringLiteral("만찬"));
    EXPECT_EQ(model.data(model.index(0, EventListModel::Place)).toString(),
              QStringLiteral("LG트윈타워"));
    EXPECT_EQ(model.data(model.index(1, 0), EventListModel::EventIdRole).toLongLong(), 9);
    EXPECT_EQ(model.rowOf(9), 1);
    EXPECT_EQ(model.rowOf(42), -1);
    session.setContent("a.yeonpyo", {}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(EventListModel, TheTooltipSaysWhyThisDateInTheLanguageOfTheInterface) {
    TimelineSession session;
    EventListModel model(session);
    Event event = makeEvent(7, 1, "오찬");
    event.time.derivation = "28일: day 28 of the reference month (article dated 2024-02-28)";
    session.setContent("a.yeonpyo", {}, {event});
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    EXPECT_EQ(model.data(model.index(0, 0), Qt::ToolTipRole).toString(),
              QStringLiteral("28일: 기사 날짜 2024-02-28의 달 28일"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(model.data(model.index(0, 0), Qt::ToolTipRole).toString(),
              QString::fromStdString(event.time.derivation));
    QLocale::setDefault(before);
}

TEST(TimelineSession, ASelectionThatDisappearsWithTheContentIsCleared) {
    TimelineSession session;
    session.setContent("a", {}, {makeEvent(7, 1, "오찬")});
    std::vector<std::int64_t> seen;
    QObject::connect(&session, &TimelineSession::selectionChanged,
                     [&](std::int64_t id) { seen.push_back(id); });
    session.select(7);
    session.select(7);
    session.select(12345);
    session.select(7);
    session.setContent("a", {}, {makeEvent(8, 1, "만찬")});
    EXPECT_EQ(seen, (std::vector<std::int64_t>{7, 0, 7, 0}));
    EXPECT_FALSE(session.selectedEventId().has_value());
}

}  // namespace
}  // namespace yeonpyo::gui
