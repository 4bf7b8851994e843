// Articles dropped on the window (files, folders, URLs) or pasted from the clipboard (text or a
// URL) are imported; an article without a date asks for one first.
#include <gtest/gtest.h>

#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/gui/article_sources.h"
#include "app/gui/import_controller.h"
#include "app/gui/reference_date_dialog.h"
#include "app/gui/search_panel.h"
#include "app/gui/timeline_view.h"
#include "main_window_fixture.h"
#include "tests/tiles/tile_http_server.h"

namespace yeonpyo::gui {
namespace {

// Short reports written for these tests, in news style. The first two carry a dateline.
const char kDatedReport[] =
    "문화부 장관, 부산 영화의전당 방문\n\n입력 2025.03.12 09:00\n\n"
    "김하늘 문화부 장관이 10일 오전 부산 해운대구 영화의전당을 방문해 영화인들과 간담회를 "
    "가졌다.\n";
const char kSecondDatedReport[] =
    "해양수산부 차관, 인천항 점검\n\n입력 2025.04.02 15:10\n\n"
    "박서준 해양수산부 차관이 1일 오후 인천항 신국제여객터미널을 찾아 안전 점검 회의를 "
    "열었다.\n";
const char kUndatedReport[] =
    "문화부 장관, 부산 영화제 방문\n\n김하늘 문화부 장관이 10일 오전 부산 해운대구 "
    "영화의전당을 방문해 영화인들과 간담회를 가졌다. 장관은 이튿날 서울로 돌아와 기자회견을 열 "
    "예정이다.\n";

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QMimeData* urlsMime(const QList<QUrl>& urls) {
    auto* mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

// articleSourcesIn / isArticleUrl / pastedArticle: tables with negative rows ---------------------

struct SourceCase {
    const char* name;
    QList<QUrl> urls;
    QStringList expected;
};

class SourcesInMime : public ::testing::TestWithParam<SourceCase> {};

TEST_P(SourcesInMime, KeepsLocalFilesAndWebAddressesOnly) {
    QMimeData mime;
    mime.setUrls(GetParam().urls);
    EXPECT_EQ(articleSourcesIn(mime), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Drops, SourcesInMime,
    ::testing::Values(
        SourceCase{"LocalFile", {QUrl::fromLocalFile("/tmp/a.txt")}, {"/tmp/a.txt"}},
        SourceCase{"Https", {QUrl("https://news.example/a?id=1")}, {"https://news.example/a?id=1"}},
        SourceCase{"Mixed",
                   {QUrl::fromLocalFile("/tmp/f"), QUrl("http://news.example/b")},
                   {"/tmp/f", "http://news.example/b"}},
        SourceCase{"Ftp", {QUrl("ftp://files.example/a.txt")}, {}},
        SourceCase{"Mailto", {QUrl("mailto:desk@news.example")}, {}},
        SourceCase{"NoHost", {QUrl("https://")}, {}}, SourceCase{"Nothing", {}, {}}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(SourcesInMime, TextWithoutUrlsCarriesNoSource) {
    QMimeData mime;
    mime.setText("https://news.example/a");
    EXPECT_TRUE(articleSourcesIn(mime).isEmpty()) << "pasted text is handled by pastedArticle";
}

struct PasteCase {
    const char* name;
    const char* text;
    bool isUrl;
    bool isText;
};

class PastedText : public ::testing::TestWithParam<PasteCase> {};

TEST_P(PastedText, IsAUrlAloneOrAnArticlesText) {
    const auto pasted = pastedArticle(QString::fromUtf8(GetParam().text), "Pasted article");
    if (!GetParam().isUrl && !GetParam().isText) {
        EXPECT_FALSE(pasted.has_value());
        return;
    }
    ASSERT_TRUE(pasted.has_value());
    EXPECT_EQ(pasted->url.has_value(), GetParam().isUrl);
    EXPECT_EQ(pasted->text.has_value(), GetParam().isText);
    if (pasted->text) {
        EXPECT_EQ(pasted->text->name, "Pasted article");
        EXPECT_EQ(pasted->text->bytes, GetParam().text);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Clipboard, PastedText,
    ::testing::Values(PasteCase{"Url", "https://news.example/story/1", true, false},
                      PasteCase{"UrlWithBlanks", "  http://news.example/s \n", true, false},
                      PasteCase{"UrlInsideText", "Read https://news.example/s today", false, true},
                      PasteCase{"TwoUrls", "https://a.example/1\nhttps://b.example/2", false, true},
                      PasteCase{"FtpIsText", "ftp://files.example/a", false, true},
                      PasteCase{"Article", kUndatedReport, false, true},
                      PasteCase{"Blank", " \n\t ", false, false},
                      PasteCase{"Empty", "", false, false}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(ArticleFiles, AFolderGivesItsArticleFilesRecursivelySortedWithoutHiddenOnes) {
    QTemporaryDir dir;
    for (const char* name : {"b.txt", "a.HTML", "sub/c.md", "sub/deeper/d.htm", "notes.pdf",
                             "image.png", ".hidden.txt", ".cache/e.txt", "sub/.f.txt"})
        writeFile(dir.filePath(name), "x");
    const QStringList files = articleFilesIn(dir.path());
    EXPECT_EQ(files, (QStringList{dir.filePath("a.HTML"), dir.filePath("b.txt"),
                                  dir.filePath("sub/c.md"), dir.filePath("sub/deeper/d.htm")}));
    EXPECT_TRUE(articleFilesIn(dir.filePath("sub/deeper/nothing")).isEmpty());
}

TEST(ArticleFiles, ReadingRefusesAFolderWithoutArticlesAndAMissingFile) {
    QTemporaryDir dir;
    writeFile(dir.filePath("empty/notes.pdf"), "x");
    auto folder = readArticleSources({dir.filePath("empty")});
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.error().message.find("no article files"), std::string::npos);
    auto missing = readArticleSources({dir.filePath("gone.txt")});
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);
    std::atomic<bool> cancel{true};
    writeFile(dir.filePath("a.txt"), "x");
    EXPECT_FALSE(readArticleSources({dir.filePath("a.txt")}, &cancel).ok());
}

// The window ------------------------------------------------------------------------------------

class DropAndPaste : public testing::MainWindowFixture {
protected:
    void SetUp() override {
        window.setErrorsToStandardError(true);
        testing::MainWindowFixture::SetUp();
        articlesBefore = session.articles().size();
    }

    /// Drops mime data in the middle of the timeline, as a file manager or a browser would.
    void drop(QMimeData* mime) {
        QWidget* target = window.timelineView();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        ASSERT_TRUE(enter.isAccepted()) << "the window takes the drag";
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        EXPECT_TRUE(dropped.isAccepted());
    }

    /// Waits for the import to end and returns its message.
    QString waitForImport(QSignalSpy& finished) {
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.size() > 0; }, 20000));
        return finished.isEmpty() ? QString() : finished.first().first().toString();
    }

    /// Answers the next "When was this article written?" with a date.
    void answerDateWith(const QDate& date) {
        QTimer::singleShot(50, [date, this] {
            auto* dialog = qobject_cast<ReferenceDateDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr) {
                askedForDate = false;
                return;
            }
            askedForDate = true;
            dialog->findChild<QDateEdit*>("referenceDate")->setDate(date);
            for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
                if (button->text() == ReferenceDateDialog::tr("Use this date"))
                    button->click();
            }
        });
    }

    std::size_t articlesBefore = 0;
    bool askedForDate = false;
};

TEST_F(DropAndPaste, DroppedFolderImportsEveryArticleInIt) {
    QTemporaryDir dir;
    writeFile(dir.filePath("desk/one.txt"), kDatedReport);
    writeFile(dir.filePath("desk/more/two.txt"), kSecondDatedReport);
    writeFile(dir.filePath("desk/more/photo.jpg"), "not an article");
    QSignalSpy finished(&window.importer(), &ImportController::finished);
    drop(urlsMime({QUrl::fromLocalFile(dir.filePath("desk"))}));
    const QString message = waitForImport(finished);
    EXPECT_TRUE(finished.first().at(1).toBool()) << message.toStdString();
    EXPECT_EQ(session.articles().size(), articlesBefore + 2) << message.toStdString();
}

TEST_F(DropAndPaste, DroppedUrlIsDownloadedAndImported) {
    yeonpyo::testing::TileHttpServer server([](const yeonpyo::testing::HttpRequest&) {
        return yeonpyo::testing::HttpResponse{
            200, {{"Content-Type", "text/plain; charset=utf-8"}}, QByteArray(kDatedReport)};
    });
    QSignalSpy finished(&window.importer(), &ImportController::finished);
    drop(urlsMime({QUrl(server.url("/news/1.txt"))}));
    const QString message = waitForImport(finished);
    EXPECT_EQ(session.articles().size(), articlesBefore + 1) << message.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().path, "/news/1.txt");
}

TEST_F(DropAndPaste, ADropOfSomethingElseIsRefused) {
    QMimeData text;
    text.setText("plain words");
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());
}

TEST_F(DropAndPaste, AnUnreadableDropChangesNothingAndSaysWhy) {
    QTemporaryDir dir;
    QSignalSpy finished(&window.importer(), &ImportController::finished);
    drop(urlsMime({QUrl::fromLocalFile(dir.filePath("missing.txt"))}));
    const QString message = waitForImport(finished);
    EXPECT_TRUE(message.contains("does not exist")) << message.toStdString();
    EXPECT_FALSE(finished.first().at(1).toBool());
    EXPECT_EQ(session.articles().size(), articlesBefore);
}

TEST_F(DropAndPaste, PastedTextWithoutADateAsksForItAndResolvesAgainstIt) {
    QApplication::clipboard()->setText(QString::fromUtf8(kUndatedReport));
    window.timelineView()->setFocus();
    QSignalSpy finished(&window.importer(), &ImportController::finished);
    answerDateWith(QDate(2025, 3, 12));
    QTest::keyClick(window.timelineView(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    const QString message = waitForImport(finished);
    EXPECT_TRUE(askedForDate);
    ASSERT_EQ(session.articles().size(), articlesBefore + 1) << message.toStdString();
    bool found = false;
    for (const Event& event : session.allEvents())
        found |= event.time.start == "2025-03-10";
    EXPECT_TRUE(found) << "'10일' resolved against the date given";
}

TEST_F(DropAndPaste, CtrlVPastesAnArticleUnlessATextFieldHasTheFocus) {
    QApplication::clipboard()->setText(QString::fromUtf8(kDatedReport));
    QLineEdit* field = window.searchPanel()->queryField();
    window.findChild<QTabWidget*>("detailsTabs")->setCurrentWidget(window.searchPanel());
    field->setFocus();
    QApplication::processEvents();
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(field->text().contains(QString::fromUtf8("문화부")))
        << "the field pasted the text for itself";
    EXPECT_FALSE(window.importer().isRunning());
    QTest::qWait(100);
    EXPECT_EQ(session.articles().size(), articlesBefore);

    QSignalSpy finished(&window.importer(), &ImportController::finished);
    window.timelineView()->setFocus();
    QTest::keyClick(window.timelineView(), Qt::Key_V, Qt::ControlModifier);
    waitForImport(finished);
    EXPECT_EQ(session.articles().size(), articlesBefore + 1);
}

}  // namespace
}  // namespace yeonpyo::gui
