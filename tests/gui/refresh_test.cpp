// Reading a document again: View > Refresh sees what another program (yeonpyo-cli) wrote
// into it, keeping the view and selection; an older document is upgraded when it opens.
#include <QTemporaryDir>

#include "app/gui/timeline_view.h"
#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

using Refresh = testing::MainWindowFixture;

/// Writes one event into the document through its own connection, as yeonpyo-cli would.
bool addEventElsewhere(const QString& path, const std::string& title) {
    auto document = store::Document::open(path.toStdString(), store::OpenMode::ReadWrite);
    if (!document)
        return false;
    Event event;
    event.id = 1;
    event.title = title;
    event.kind = EventKind::Meeting;
    event.time.start = "2024-02-29T09:00+09:00";
    event.time.timeZone = "Asia/Seoul";
    event.time.beginUtc = 1709164800;
    event.time.endUtc = 1709164800 + 3600;
    return document->addEvents({event}).ok();
}

TEST_F(Refresh, F5ShowsEventsAnotherProgramAddedAndKeepsTheViewAndSelection) {
    const std::size_t before = session.allEvents().size();
    ASSERT_GT(before, 0u);
    const std::int64_t selected = session.allEvents().front().id;
    session.select(selected);
    const double viewBegin = window.timelineView()->viewport().begin();
    ASSERT_TRUE(addEventElsewhere(sample.path(), "추가된 조찬 회동"));
    EXPECT_EQ(session.allEvents().size(), before);

    QTest::keySequence(&window, QKeySequence(QKeySequence::Refresh));

    ASSERT_EQ(session.allEvents().size(), before + 1);
    const bool found =
        std::any_of(session.allEvents().begin(), session.allEvents().end(),
                    [](const Event& event) { return event.title == "추가된 조찬 회동"; });
    EXPECT_TRUE(found);
    EXPECT_EQ(session.selectedEventId().value_or(0), selected);
    EXPECT_DOUBLE_EQ(window.timelineView()->viewport().begin(), viewBegin);
}

}  // namespace
}  // namespace yeonpyo::gui

namespace yeonpyo::gui {
namespace {

TEST(OlderDocument, OpensInTheViewerAfterAnUpgradeInsteadOfARefusal) {
    QTemporaryDir dir;
    const std::string path = dir.filePath("old.yeonpyo").toStdString();
    {
        auto connection = store::Connection::open(path, store::Connection::Access::ReadWriteCreate);
        ASSERT_TRUE(connection.ok());
        ASSERT_TRUE(store::migrate(*connection, 0, 1).ok());
    }
    ASSERT_FALSE(store::Document::open(path, store::OpenMode::ReadOnly).ok());

    TimelineSession session;
    const Status opened = session.open(QString::fromStdString(path));
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_TRUE(store::Document::open(path, store::OpenMode::ReadOnly).ok());
}

}  // namespace
}  // namespace yeonpyo::gui
