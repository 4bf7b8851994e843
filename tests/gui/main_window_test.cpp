// The main window on the sample story: selecting an event anywhere selects it everywhere.
#include <gtest/gtest.h>

#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <set>

#include "app/gui/article_view.h"
#include "app/gui/event_inspector.h"
#include "app/gui/main_window.h"
#include "app/gui/map_view.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

class MainWindowTest : public testing::MainWindowFixture {
protected:
    /// The lunch of the Korean sample: a meal at noon quoted from a Korean article.
    const Event* koreanLunch() const {
        for (const Event& event : session.events()) {
            if (event.kind != EventKind::Meal || event.time.timeOfDay != "noon")
                continue;
            for (const Quote& quote : event.quotes) {
                const Article* article = session.articleById(quote.articleId);
                if (article != nullptr && article->lang == "ko")
                    return &event;
            }
        }
        return nullptr;
    }

    /// Clicks inside a quoted passage of the article view.
    void clickInsideQuote(const Quote& quote) {
        window.articleView()->showArticle(quote.articleId);
        window.articleView()->revealQuote(quote.articleId, quote.start, quote.end);
        QPlainTextEdit* text = window.articleView()->textEdit();
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(cursor.selectionStart() + 2);
        text->setTextCursor(cursor);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
    }

    /// Events with a quote over the same passage as `quote`.
    int eventsQuoting(const Quote& quote) const {
        int count = 0;
        for (const Event& event : session.events()) {
            for (const Quote& other : event.quotes) {
                if (other.articleId == quote.articleId && other.start <= quote.start + 2 &&
                    quote.start + 2 < other.end) {
                    ++count;
                    break;
                }
            }
        }
        return count;
    }
};

TEST_F(MainWindowTest, OpensTheSampleWithEveryPanelFilled) {
    EXPECT_GE(session.events().size(), 5u);
    EXPECT_EQ(session.articles().size(), 2u);
    EXPECT_FALSE(window.timelineView()->currentLayout().events.empty());
    EXPECT_FALSE(window.articleView()->textEdit()->toPlainText().isEmpty());
    EXPECT_EQ(window.eventTable()->model()->rowCount(), static_cast<int>(session.events().size()));
}

TEST_F(MainWindowTest, ClickingTheLunchOnTheTimelineHighlightsItsQuoteAndMarker) {
    const Event* lunch = koreanLunch();
    ASSERT_NE(lunch, nullptr);
    const auto* glyph = window.timelineView()->currentLayout().glyphOf(lunch->id);
    ASSERT_NE(glyph, nullptr) << "the lunch is not drawn on the fitted timeline";

    QTest::mouseClick(window.timelineView(), Qt::LeftButton, {}, glyph->marker.toPoint());

    ASSERT_EQ(session.selectedEventId().value_or(0), lunch->id);
    const QStringList passages = window.articleView()->highlightedPassages();
    ASSERT_FALSE(passages.isEmpty());
    const QString shown = passages.join(' ');
    EXPECT_TRUE(shown.contains(QStringLiteral("오찬")) || shown.contains(QStringLiteral("lunch")))
        << passages.join('|').toStdString();
    EXPECT_TRUE(window.mapView()->isMarkerHighlighted(lunch->id));
    const auto* title = window.inspector()->findChild<QLabel*>("inspectorPlace");
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().contains(QString::fromStdString(lunch->place.name)));
}

TEST_F(MainWindowTest, ArrowKeysOnTheTimelineWalkTheItineraryInOrder) {
    window.timelineView()->setFocus();
    QTest::keyClick(window.timelineView(), Qt::Key_Down);
    const Event* first = session.selectedEvent();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->sequence, 1);
    QTest::keyClick(window.timelineView(), Qt::Key_Down);
    ASSERT_NE(session.selectedEvent(), nullptr);
    EXPECT_EQ(session.selectedEvent()->sequence, 2);
    QTest::keyClick(window.timelineView(), Qt::Key_Escape);
    EXPECT_EQ(session.selectedEvent(), nullptr);
}

TEST_F(MainWindowTest, SelectingARowOfTheEventTableSelectsTheEventEverywhere) {
    QTableView* table = window.eventTable();
    const QModelIndex third = table->model()->index(2, 0);
    table->setCurrentIndex(third);
    const Event* selected = session.selectedEvent();
    ASSERT_NE(selected, nullptr);
    EXPECT_EQ(selected->sequence, 3);
    EXPECT_TRUE(window.mapView()->isMarkerHighlighted(selected->id) ||
                !selected->place.hasCoordinates());
    EXPECT_NE(window.timelineView()->currentLayout().glyphOf(selected->id), nullptr);
}

TEST_F(MainWindowTest, ClickingASentenceOnlyTheLunchQuotesSelectsTheLunch) {
    const Event* lunch = koreanLunch();
    ASSERT_NE(lunch, nullptr);
    const auto own = std::find_if(lunch->quotes.begin(), lunch->quotes.end(),
                                  [this](const Quote& quote) { return eventsQuoting(quote) == 1; });
    ASSERT_NE(own, lunch->quotes.end()) << "no sentence reports the lunch alone";
    clickInsideQuote(*own);
    EXPECT_EQ(session.selectedEventId().value_or(0), lunch->id);
}

TEST_F(MainWindowTest, ClickingASentenceThatReportsSeveralEventsSelectsThemInTurn) {
    const Event* lunch = koreanLunch();
    ASSERT_NE(lunch, nullptr);
    const auto shared =
        std::find_if(lunch->quotes.begin(), lunch->quotes.end(),
                     [this](const Quote& quote) { return eventsQuoting(quote) > 1; });
    if (shared == lunch->quotes.end())
        GTEST_SKIP() << "every sentence of the lunch reports it alone";
    const Quote quote = *shared;
    std::set<std::int64_t> visited;
    for (int click = 0; click < eventsQuoting(quote); ++click) {
        clickInsideQuote(quote);
        visited.insert(session.selectedEventId().value_or(0));
    }
    EXPECT_EQ(static_cast<int>(visited.size()), eventsQuoting(quote));
    EXPECT_TRUE(visited.count(lunch->id));
}

}  // namespace
}  // namespace yeonpyo::gui

namespace yeonpyo::gui {
namespace {

TEST(Translation, TheWindowSpeaksKoreanWithTheBundledTranslation) {
    QTranslator korean;
    ASSERT_TRUE(
        korean.load(QLocale(QLocale::Korean, QLocale::SouthKorea), "yeonpyo", "_", ":/i18n"));
    QCoreApplication::installTranslator(&korean);
    TimelineSession session;
    MainWindow window(session);
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCoreApplication::removeTranslator(&korean);
    EXPECT_TRUE(menus.contains(QStringLiteral("파일(&F)"))) << menus.join(' ').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("편집(&E)"))) << menus.join(' ').toStdString();
    EXPECT_EQ(QCoreApplication::translate("yeonpyo::gui", "Meal"), QStringLiteral("Meal"))
        << "removed again";
}

}  // namespace
}  // namespace yeonpyo::gui
