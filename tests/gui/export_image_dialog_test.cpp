// File > Export image and Edit > Copy image on the sample story: the dialog driven like a user
// would, the files it writes checked by size, pages and text.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "app/gui/export_actions.h"
#include "app/gui/export_image_dialog.h"
#include "app/gui/image_preview.h"
#include "app/gui/main_window.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "sample_document.h"

namespace yeonpyo::gui {
namespace {

constexpr int kExportTimeoutMs = 60000;  // Debug builds on a shared machine
const QString kHangulTitle = QStringLiteral("저커버그 방한 일정");

/// The texts of an SVG's <text> elements.
QStringList svgTexts(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return texts;
}

/// Page objects of a PDF written by Qt (one uncompressed object per page).
int pdfPageCount(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return static_cast<int>(QString::fromLatin1(file.readAll()).count(page));
}

class ExportImageDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sample.ok()) << sample.error().toStdString();
        ASSERT_TRUE(output.isValid());
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.openDocument(sample.path()));
        QApplication::processEvents();
    }

    std::unique_ptr<ExportImageDialog> openDialog(const QString& fileName) {
        QSettings settings(output.filePath("settings.ini"), QSettings::IniFormat);
        auto dialog = std::make_unique<ExportImageDialog>(
            exportContextOf(session, *window.timelineView()),
            initialChoices(settings, session, *window.timelineView()), output.filePath(fileName),
            &window);
        dialog->show();
        return dialog;
    }

    template <typename Widget>
    static Widget* field(ExportImageDialog& dialog, const char* name) {
        auto* widget = dialog.findChild<Widget*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    template <typename Enum>
    static void pick(ExportImageDialog& dialog, const char* name, Enum value) {
        auto* box = field<QComboBox>(dialog, name);
        box->setCurrentIndex(box->findData(static_cast<int>(value)));
    }

    static void typeInto(QSpinBox* box, int value) {
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }

    /// Clicks Export and waits for the dialog to close; false when it did not.
    static bool clickExport(ExportImageDialog& dialog) {
        QTest::mouseClick(field<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; },
                               kExportTimeoutMs);
    }

    testing::SampleDocument sample;
    QTemporaryDir output;
    TimelineSession session;
    MainWindow window{session};
};

TEST_F(ExportImageDialogTest, ExportsAPngOfTheChosenSizeAndResolution) {
    auto dialog = openDialog("timeline.png");
    pick(*dialog, "size", SizePreset::Custom);
    typeInto(field<QSpinBox>(*dialog, "width"), 1200);
    typeInto(field<QSpinBox>(*dialog, "height"), 700);
    typeInto(field<QSpinBox>(*dialog, "dpi"), 192);
    ASSERT_TRUE(clickExport(*dialog));

    const QImage image(output.filePath("timeline.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1200, 700));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 192.0, 1.0);
}

TEST_F(ExportImageDialogTest, ExportsAnSvgWhoseHangulTitleIsText) {
    auto dialog = openDialog("timeline.png");
    pick(*dialog, "format", render::ImageFormat::Svg);
    EXPECT_EQ(dialog->path(), output.filePath("timeline.svg")) << "the extension follows";
    auto* title = field<QLineEdit>(*dialog, "title");
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QInputMethodEvent typed;  // Hangul arrives through the input method
    typed.setCommitString(kHangulTitle);
    QApplication::sendEvent(title, &typed);
    ASSERT_EQ(title->text(), kHangulTitle);
    ASSERT_TRUE(clickExport(*dialog));

    const QStringList texts = svgTexts(output.filePath("timeline.svg"));
    EXPECT_TRUE(texts.contains(kHangulTitle)) << texts.join('|').toStdString();
}

TEST_F(ExportImageDialogTest, ExportsATwoPageA4Pdf) {
    auto dialog = openDialog("timeline.pdf");
    pick(*dialog, "format", render::ImageFormat::Pdf);
    pick(*dialog, "size", SizePreset::A4);
    typeInto(field<QSpinBox>(*dialog, "pages"), 2);
    ASSERT_TRUE(clickExport(*dialog));

    const QString path = output.filePath("timeline.pdf");
    EXPECT_EQ(pdfPageCount(path), 2);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto box = mediaBox.match(QString::fromLatin1(file.readAll()));
    ASSERT_TRUE(box.hasMatch());
    EXPECT_NEAR(box.captured(1).toDouble(), 841.9, 1.0) << "A4 across";
    EXPECT_NEAR(box.captured(2).toDouble(), 595.3, 1.0);
}

TEST_F(ExportImageDialogTest, PaperSizesAreOnlyOfferedForPdf) {
    auto dialog = openDialog("timeline.pdf");
    pick(*dialog, "format", render::ImageFormat::Pdf);
    pick(*dialog, "size", SizePreset::Letter);
    pick(*dialog, "format", render::ImageFormat::Png);
    EXPECT_EQ(dialog->choices().preset, SizePreset::FullHd);
    EXPECT_FALSE(field<QSpinBox>(*dialog, "pages")->isEnabled());
    EXPECT_TRUE(field<QSpinBox>(*dialog, "dpi")->isEnabled());
}

TEST_F(ExportImageDialogTest, ThePreviewFollowsThePageShape) {
    auto dialog = openDialog("timeline.png");
    ImagePreview* preview = dialog->preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !preview->isBusy(); }, kExportTimeoutMs));
    const QImage wide = preview->image();
    ASSERT_FALSE(wide.isNull());
    EXPECT_NEAR(double(wide.width()) / wide.height(), 1920.0 / 1080.0, 0.02);

    pick(*dialog, "size", SizePreset::Custom);
    typeInto(field<QSpinBox>(*dialog, "width"), 1000);
    typeInto(field<QSpinBox>(*dialog, "height"), 1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !preview->isBusy(); }, kExportTimeoutMs));
    const QImage square = preview->image();
    EXPECT_NEAR(double(square.width()) / square.height(), 1.0, 0.02);
}

TEST_F(ExportImageDialogTest, TheCurrentViewShowsOnlyTheEventsInView) {
    TimelineView* view = window.timelineView();
    view->setFocus();
    for (int step = 0; step < 12; ++step)
        QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Down);  // selects the first event and brings it into view
    const auto visible =
        eventsInRange(session.events(), {static_cast<std::int64_t>(view->viewport().begin()),
                                         static_cast<std::int64_t>(view->viewport().end())});
    ASSERT_GT(visible.size(), 0u);
    ASSERT_LT(visible.size(), session.events().size()) << "the zoomed view shows every event";

    auto dialog = openDialog("view.svg");
    pick(*dialog, "format", render::ImageFormat::Svg);
    pick(*dialog, "scope", ExportScope::CurrentView);
    ASSERT_TRUE(clickExport(*dialog));

    const QString texts = svgTexts(output.filePath("view.svg")).join('|');
    EXPECT_TRUE(texts.contains(QStringLiteral("사건 %1건").arg(visible.size())))
        << texts.toStdString();
    EXPECT_FALSE(texts.contains(QStringLiteral("사건 %1건").arg(session.events().size())));
}

TEST_F(ExportImageDialogTest, ExportRunsInTheBackgroundAndReportsAnError) {
    auto dialog = openDialog("missing-folder/timeline.png");
    QTest::mouseClick(field<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
    EXPECT_FALSE(field<QPushButton>(*dialog, "exportButton")->isEnabled())
        << "the click returns while the image is written";
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible()) << "Escape does not walk away from a running export";
    QMessageBox* error = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (error = dialog->findChild<QMessageBox*>("exportError")) != nullptr; },
        kExportTimeoutMs));
    EXPECT_TRUE(error->text().endsWith('.')) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("missing-folder")));
    EXPECT_TRUE(dialog->isVisible()) << "the dialog stays open to fix the path";
    EXPECT_TRUE(field<QPushButton>(*dialog, "exportButton")->isEnabled());
}

TEST_F(ExportImageDialogTest, CopyImagePutsTheCurrentViewOnTheClipboardAtTwiceItsSize) {
    QGuiApplication::clipboard()->clear();
    copyTimelineImage(session, *window.timelineView());
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size(), window.timelineView()->size() * 2);
}

}  // namespace
}  // namespace yeonpyo::gui
