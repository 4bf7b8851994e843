// Desktop habits of the main window: recent documents, save a copy, theme and layout kept across
// runs, the Help menu's dialogs.
#include <gtest/gtest.h>

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "app/gui/about_dialog.h"
#include "app/gui/recent_files.h"
#include "app/gui/shortcuts_dialog.h"
#include "app/gui/timeline_view.h"
#include "app/gui/view_theme.h"
#include "app/gui/window_layout.h"
#include "core/store/document.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

/// Settings emptied before and after each test, so tests do not see each other's choices.
struct CleanSettings {
    CleanSettings() { QSettings().clear(); }
    ~CleanSettings() { QSettings().clear(); }
};

struct RecentCase {
    const char* name;
    QStringList added;  ///< In order of opening.
    QStringList removed;
    QStringList expected;  ///< Newest first.
};

class RecentFilesList : public ::testing::TestWithParam<RecentCase> {};

TEST_P(RecentFilesList, KeepsNewestFirstOnceEachAtMostTen) {
    CleanSettings clean;
    QSettings settings;
    for (const QString& path : GetParam().added)
        RecentFiles::add(settings, path);
    for (const QString& path : GetParam().removed)
        RecentFiles::remove(settings, path);
    EXPECT_EQ(RecentFiles::load(settings), GetParam().expected);
}

QStringList numbered(int from, int to) {
    QStringList paths;
    for (int i = from; i <= to; ++i)
        paths << QStringLiteral("/t/%1.yeonpyo").arg(i);
    return paths;
}

QStringList reversed(QStringList list) {
    std::reverse(list.begin(), list.end());
    return list;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RecentFilesList,
    ::testing::Values(
        RecentCase{"Empty", {}, {}, {}},
        RecentCase{
            "NewestFirst", {"/t/a.yeonpyo", "/t/b.yeonpyo"}, {}, {"/t/b.yeonpyo", "/t/a.yeonpyo"}},
        RecentCase{"ReopenedMovesUp",
                   {"/t/a.yeonpyo", "/t/b.yeonpyo", "/t/a.yeonpyo"},
                   {},
                   {"/t/a.yeonpyo", "/t/b.yeonpyo"}},
        RecentCase{
            "SamePathWrittenTwoWays", {"/t/a.yeonpyo", "/t/x/../a.yeonpyo"}, {}, {"/t/a.yeonpyo"}},
        RecentCase{"AtMostTen", numbered(1, 12), {}, reversed(numbered(3, 12))},
        RecentCase{"Removed", {"/t/a.yeonpyo", "/t/b.yeonpyo"}, {"/t/a.yeonpyo"}, {"/t/b.yeonpyo"}},
        RecentCase{"RemovingAnUnknownPathChangesNothing",
                   {"/t/a.yeonpyo"},
                   {"/t/zzz.yeonpyo"},
                   {"/t/a.yeonpyo"}}),
    [](const auto& row) { return std::string(row.param.name); });

class Desktop : public testing::MainWindowFixture {
protected:
    void SetUp() override {
        QSettings().clear();
        window.setErrorsToStandardError(true);
        testing::MainWindowFixture::SetUp();
    }
    void TearDown() override {
        applyUiTheme(UiTheme::System);
        QSettings().clear();
    }

    /// The entry of a menu of the menu bar whose text (without mnemonics) starts with `text`.
    QAction* action(const QString& text) const {
        for (QAction* action : window.findChildren<QAction*>()) {
            if (QString(action->text()).remove(QLatin1Char('&')).startsWith(text))
                return action;
        }
        return nullptr;
    }

    RecentFilesMenu* recentMenu() const {
        return window.findChild<RecentFilesMenu*>("recentFilesMenu");
    }
};

TEST_F(Desktop, OpeningADocumentPutsItFirstInOpenRecent) {
    const QString path = QFileInfo(sample.path()).absoluteFilePath();
    EXPECT_EQ(RecentFiles::load(QSettings()).value(0), path);
    RecentFilesMenu* menu = recentMenu();
    ASSERT_NE(menu, nullptr);
    menu->rebuild();
    QList<QAction*> entries = menu->actions();
    ASSERT_GE(entries.size(), 3);  // the document, a separator, Clear list
    EXPECT_EQ(entries[0]->data().toString(), path);
    EXPECT_TRUE(entries[0]->text().contains(QFileInfo(path).fileName()));

    QSignalSpy opened(menu, &RecentFilesMenu::openRequested);
    entries[0]->trigger();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0][0].toString(), path);
}

TEST_F(Desktop, AMissingRecentDocumentIsReportedAndDropped) {
    QTemporaryDir dir;
    const QString gone = dir.filePath("gone.yeonpyo");
    {
        QSettings settings;
        RecentFiles::add(settings, gone);
    }
    RecentFilesMenu* menu = recentMenu();
    menu->rebuild();
    QSignalSpy missing(menu, &RecentFilesMenu::missingFile);
    QSignalSpy opened(menu, &RecentFilesMenu::openRequested);
    menu->actions().first()->trigger();
    EXPECT_EQ(missing.size(), 1);
    EXPECT_EQ(opened.size(), 0);
    EXPECT_FALSE(RecentFiles::load(QSettings()).contains(gone));
    QApplication::processEvents();  // the menu rebuilds itself after the entry's signal
    for (QAction* entry : menu->actions())
        EXPECT_NE(entry->data().toString(), gone);
}

TEST_F(Desktop, ClearListEmptiesOpenRecent) {
    RecentFilesMenu* menu = recentMenu();
    menu->rebuild();
    QAction* clear = menu->findChild<QAction*>("clearRecentFiles");
    ASSERT_NE(clear, nullptr);
    clear->trigger();
    EXPECT_TRUE(RecentFiles::load(QSettings()).isEmpty());
    QApplication::processEvents();
    ASSERT_EQ(menu->actions().size(), 1);
    EXPECT_FALSE(menu->actions().first()->isEnabled()) << "only the 'no recent timelines' line";
}

TEST_F(Desktop, SaveACopyWritesTheWholeDocumentAndStaysOnTheOriginal) {
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.yeonpyo");
    QSignalSpy saved(&window, &MainWindow::copySaved);
    window.saveCopyTo(copy);
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.size() == 1; }, 10000));
    auto document = store::Document::open(copy.toStdString(), store::OpenMode::ReadOnly);
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_EQ(document->eventCount().value(), session.totalEventCount());
    EXPECT_EQ(document->articles().value().size(), session.articles().size());
    EXPECT_EQ(session.documentPath(), sample.path());
}

TEST_F(Desktop, SaveACopyOntoTheOpenDocumentIsRefused) {
    QSignalSpy saved(&window, &MainWindow::copySaved);
    window.saveCopyTo(sample.path());
    QTest::qWait(300);
    EXPECT_EQ(saved.size(), 0);
    EXPECT_EQ(session.totalEventCount(), 5);
}

TEST_F(Desktop, TheChosenThemeIsAppliedEverywhereAndRemembered) {
    ThemeMenu* menu = window.findChild<ThemeMenu*>("themeMenu");
    ASSERT_NE(menu, nullptr);
    auto entry = [&](const char* key) -> QAction* {
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == QLatin1String(key))
                return action;
        }
        return nullptr;
    };
    ASSERT_NE(entry("high-contrast"), nullptr);
    entry("high-contrast")->trigger();
    QApplication::processEvents();  // the palette reaches the widgets through the event loop
    EXPECT_EQ(loadUiTheme(QSettings()), UiTheme::HighContrast);
    EXPECT_EQ(window.timelineView()->themeKind(), render::ThemeKind::HighContrast);
    EXPECT_EQ(window.palette().color(QPalette::Window), QColor(Qt::black));
    const QImage timeline = window.timelineView()->grab().toImage();
    int black = 0;
    for (int y = 0; y < timeline.height(); y += 4) {
        for (int x = 0; x < timeline.width(); x += 4)
            black += timeline.pixelColor(x, y) == QColor(Qt::black) ? 1 : 0;
    }
    EXPECT_GT(black, (timeline.width() / 4) * (timeline.height() / 4) / 2)
        << "the timeline paints on black";

    entry("dark")->trigger();
    QApplication::processEvents();  // the palette reaches the widgets through the event loop
    EXPECT_EQ(loadUiTheme(QSettings()), UiTheme::Dark);
    EXPECT_EQ(window.timelineView()->themeKind(), render::ThemeKind::Dark)
        << "a dark palette gives the dark view theme";
    EXPECT_LT(window.palette().color(QPalette::Window).lightness(), 128);

    entry("light")->trigger();
    QApplication::processEvents();  // the palette reaches the widgets through the event loop
    EXPECT_EQ(window.timelineView()->themeKind(), render::ThemeKind::Light);
    EXPECT_EQ(loadUiTheme(QSettings()), UiTheme::Light);
}

TEST(UiThemeSettings, UnknownOrMissingNamesMeanSystem) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("t.ini"), QSettings::IniFormat);
    EXPECT_EQ(loadUiTheme(settings), UiTheme::System);
    settings.setValue("view/theme", "purple");
    EXPECT_EQ(loadUiTheme(settings), UiTheme::System);
    for (UiTheme theme : {UiTheme::Light, UiTheme::Dark, UiTheme::HighContrast, UiTheme::System}) {
        saveUiTheme(settings, theme);
        EXPECT_EQ(loadUiTheme(settings), theme);
    }
}

TEST_F(Desktop, ClosingTheWindowKeepsItsLayoutForTheNextStart) {
    auto* splitter = window.findChild<QSplitter*>("lowerSplitter");
    auto* tabs = window.findChild<QTabWidget*>("detailsTabs");
    ASSERT_NE(splitter, nullptr);
    ASSERT_NE(tabs, nullptr);
    window.resize(1100, 700);
    splitter->setSizes({200, 500, 300});
    tabs->setCurrentIndex(2);
    QApplication::processEvents();
    const QList<int> chosen = splitter->sizes();
    window.close();

    TimelineSession otherSession;
    MainWindow next(otherSession);
    next.restoreLayout();
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    EXPECT_EQ(next.size(), QSize(1100, 700));
    EXPECT_EQ(next.findChild<QSplitter*>("lowerSplitter")->sizes(), chosen);
    EXPECT_EQ(next.findChild<QTabWidget*>("detailsTabs")->currentIndex(), 2);
}

TEST_F(Desktop, WithNothingSavedTheLayoutStaysAsBuilt) {
    TimelineSession otherSession;
    MainWindow next(otherSession);
    next.resize(900, 600);
    EXPECT_FALSE(restoreWindowLayout(next, QSettings()));
    EXPECT_EQ(next.size(), QSize(900, 600));
}

TEST_F(Desktop, ShortcutsDialogListsTheMenusShortcutsAndTheTimelineKeys) {
    ShortcutsDialog dialog(*window.menuBar(), &window);
    const QList<ShortcutRow> rows = menuShortcuts(*window.menuBar());
    auto has = [&](const QString& action, const QString& keys) {
        return std::any_of(rows.begin(), rows.end(), [&](const ShortcutRow& row) {
            return row.action.startsWith(action) && row.keys.contains(keys);
        });
    };
    EXPECT_TRUE(has("Paste article", "Ctrl+Shift+V"));
    EXPECT_TRUE(has("New timeline", "Ctrl+N"));
    EXPECT_TRUE(has("Save a copy as", "Ctrl+Shift+S"));
    EXPECT_TRUE(has("Fit all", "Ctrl+0"));
    EXPECT_FALSE(has("Merge event into", "")) << "entries without a shortcut are left out";
    for (const ShortcutRow& row : rows)
        EXPECT_FALSE(row.action.contains(QLatin1Char('&'))) << row.action.toStdString();
    // Every row and the timeline's keys are in the list; a heading per menu.
    EXPECT_EQ(dialog.list()->findItems("Select the next event", Qt::MatchExactly).size(), 1);
    EXPECT_EQ(dialog.list()->findItems("Edit", Qt::MatchExactly).size(), 1);
    QLineEdit* filter = dialog.findChild<QLineEdit*>("shortcutFilter");
    filter->setText("Paste");
    int shown = 0;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = dialog.list()->topLevelItem(i);
        shown += !item->isHidden() && !item->isFirstColumnSpanned() ? 1 : 0;
    }
    EXPECT_EQ(shown, 1);
}

TEST_F(Desktop, AboutShowsTheVersionLicenceAndDataCreditsFromNotice) {
    AboutDialog dialog(&window);
    EXPECT_TRUE(AboutDialog::bundledText("NOTICE").contains("Natural Earth"));
    EXPECT_TRUE(AboutDialog::bundledText("LICENSE").contains("MIT License"));
    EXPECT_TRUE(AboutDialog::bundledText("nothing").isEmpty());
    bool credits = false;
    for (QPlainTextEdit* text : dialog.findChildren<QPlainTextEdit*>())
        credits |= text->toPlainText().contains("GeoNames");
    EXPECT_TRUE(credits);
    auto* about = dialog.findChild<QLabel*>("aboutText");
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->text().contains(QApplication::applicationVersion()));
}

}  // namespace
}  // namespace yeonpyo::gui
