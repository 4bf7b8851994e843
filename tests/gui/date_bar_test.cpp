// The date bar: an article without its date is drawn on its known days, the bar offers candidates
// with reasons, and choosing a date re-resolves the events in place, undone and redone by keys.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "app/gui/date_bar.h"
#include "app/gui/main_window.h"
#include "app/gui/timeline_editor.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "core/pipeline/ingest.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

/// A document made from the Korean sample without its dateline: no year, no date.
class UndatedDocument {
public:
    UndatedDocument() {
        QFile sample(
            QStringLiteral(YEONPYO_SOURCE_DIR "/resources/samples/zuckerberg-seoul-2024-ko.txt"));
        if (!sample.open(QIODevice::ReadOnly))
            return;
        std::string text;
        for (const QByteArray& line : sample.readAll().split('\n')) {
            if (!line.startsWith("입력 "))
                text += line.toStdString() + "\n";
        }
        path_ = dir_.filePath(QStringLiteral("undated.yeonpyo"));
        auto document = store::Document::open(path_.toStdString(), store::OpenMode::CreateOrOpen);
        const pipeline::IngestInput input{"undated-ko.txt", text, std::nullopt};
        if (!document || !pipeline::ingest(*document, std::span(&input, 1), {}))
            path_.clear();
    }
    const QString& path() const { return path_; }

private:
    QTemporaryDir dir_;
    QString path_;
};

void pressStandardKey(QWidget& window, QKeySequence::StandardKey key) {
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    ASSERT_FALSE(bindings.isEmpty());
    QTest::keySequence(&window, bindings.front());
}

class DateBarTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(document.path().isEmpty());
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.openDocument(document.path()));
        QApplication::processEvents();
        bar = window.dateBar();
    }

    QDateEdit* dateField() const { return bar->findChild<QDateEdit*>("articleDate"); }
    QComboBox* choices() const { return bar->findChild<QComboBox*>("dateCandidates"); }
    QPushButton* useButton() const { return bar->findChild<QPushButton*>("useArticleDate"); }
    /// Starts of the session's events in sequence order.
    std::vector<std::string> starts() const {
        std::vector<std::string> values;
        for (const Event& event : session.allEvents())
            values.push_back(event.time.start + "/" + event.time.timeOfDay);
        return values;
    }
    /// Keys go to the timeline, not to the date field (which has its own undo).
    void pressOnTimeline(QKeySequence::StandardKey key) {
        window.timelineView()->setFocus();
        pressStandardKey(window, key);
        QApplication::processEvents();
    }

    UndatedDocument document;
    TimelineSession session;
    MainWindow window{session};
    DateBar* bar = nullptr;
};

const std::vector<std::string> kUndated{"XXXX-XX-28/morning", "XXXX-XX-28/noon",
                                        "XXXX-XX-28/evening", "XXXX-XX-29/", "XXXX-XX-29/"};
const std::vector<std::string> kDated{"2024-02-28/morning", "2024-02-28/noon", "2024-02-28/evening",
                                      "2024-02-29/", "2024-02-29/"};

TEST_F(DateBarTest, TheUndatedArticleIsDrawnOnItsKnownDaysAndTheBarAsksForItsDate) {
    EXPECT_EQ(starts(), kUndated);
    const render::TimelineLayout& layout = window.timelineView()->currentLayout();
    EXPECT_EQ(layout.events.size() + layout.clusters.size() > 0, true);
    EXPECT_EQ(layout.visibleCount, 5);
    EXPECT_EQ(layout.axis.known, render::KnownCalendar::DayOnly);
    EXPECT_FALSE(layout.axis.contextAtStart.contains(QStringLiteral("1970")))
        << layout.axis.contextAtStart.toStdString();
    EXPECT_TRUE(layout.axis.contextAtStart.startsWith(QStringLiteral("?년 ?월")))
        << layout.axis.contextAtStart.toStdString();

    ASSERT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->articleId(), 1);
    ASSERT_TRUE(choices()->isVisible());
    ASSERT_GE(choices()->count(), 1);
    EXPECT_TRUE(choices()->itemText(0).contains(QStringLiteral("내년 … 2025년")))
        << choices()->itemText(0).toStdString();
    // The year alone: the field takes 2024 and the day the events are known by.
    EXPECT_EQ(dateField()->date().year(), 2024);
    EXPECT_EQ(dateField()->date().day(), 28);
}

TEST_F(DateBarTest, ChoosingADateResolvesTheEventsInPlaceAndUndoAndRedoFollowTheKeys) {
    ASSERT_TRUE(bar->isVisible());
    const std::int64_t selectedBefore = session.allEvents()[1].id;
    session.select(selectedBefore);
    dateField()->setFocus();
    dateField()->setDate(QDate(2024, 2, 28));
    QTest::mouseClick(useButton(), Qt::LeftButton);
    QApplication::processEvents();

    EXPECT_EQ(starts(), kDated);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(session.articles().front().published, "2024-02-28");
    const render::TimelineLayout& layout = window.timelineView()->currentLayout();
    EXPECT_EQ(layout.axis.known, render::KnownCalendar::Full);
    EXPECT_EQ(layout.visibleCount, 5) << "the view moved to the real dates";
    EXPECT_EQ(window.editor().undoStack().count(), 1);

    pressOnTimeline(QKeySequence::Undo);
    EXPECT_EQ(starts(), kUndated);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(session.articles().front().published, "");
    EXPECT_EQ(window.timelineView()->currentLayout().visibleCount, 5);

    pressOnTimeline(QKeySequence::Redo);
    EXPECT_EQ(starts(), kDated);
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(DateBarTest, ClosingTheBarLeavesTheArticleUndatedUntilTheDocumentIsOpenedAgain) {
    ASSERT_TRUE(bar->isVisible());
    QTest::mouseClick(bar->findChild<QToolButton*>("dismissDateBar"), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(starts(), kUndated) << "nothing is chosen without the user";
    EXPECT_EQ(window.editor().undoStack().count(), 0);
    window.refreshDocument();
    EXPECT_FALSE(bar->isVisible()) << "a refresh does not ask again";
    ASSERT_TRUE(window.openDocument(document.path()));
    QApplication::processEvents();
    EXPECT_TRUE(bar->isVisible());
}

}  // namespace
}  // namespace yeonpyo::gui
