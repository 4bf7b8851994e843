// Image export: format by extension, errors, PNG reference image, SVG structure, PDF text and
// fonts.
#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "app/render/image_export.h"
#include "app/render/page_painter.h"
#include "tests/render/image_compare.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

const QString kTitle = QStringLiteral("저커버그 방한 일정");

class StoryExport : public ::testing::Test {
protected:
    std::vector<Event> events = testing::zuckerbergSeoulEvents();
    std::vector<Article> articles = testing::zuckerbergSeoulArticles();
    ExportDocument document{events, articles};
    ExportOptions options = [] {
        ExportOptions o;
        o.size = QSize(1200, 640);
        o.title = kTitle;
        o.withMap = true;
        return o;
    }();
    QTemporaryDir dir;

    QByteArray exported(ImageFormat format) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status status = exportImage(buffer, format, document, options);
        EXPECT_TRUE(status.ok()) << (status.ok() ? "" : status.error().message);
        return buffer.data();
    }
};

TEST(ImageFormatForPath, ByExtensionInAnyCase) {
    const std::pair<const char*, ImageFormat> good[] = {{"a.png", ImageFormat::Png},
                                                        {"b.PNG", ImageFormat::Png},
                                                        {"dir.v2/c.svg", ImageFormat::Svg},
                                                        {"d.e.pdf", ImageFormat::Pdf}};
    for (const auto& [path, format] : good) {
        const auto result = imageFormatForPath(QString::fromUtf8(path));
        ASSERT_TRUE(result.ok()) << path;
        EXPECT_EQ(*result, format) << path;
    }
    for (const char* path : {"a.bmp", "noextension", "a.png.txt", "a.jpeg", ".pdf/x"}) {
        const auto result = imageFormatForPath(QString::fromUtf8(path));
        ASSERT_FALSE(result.ok()) << path;
        EXPECT_TRUE(result.error().message.ends_with(".")) << result.error().message;
    }
}

TEST_F(StoryExport, AnUnwritablePathIsAClearError) {
    const Status status =
        exportImage(QStringLiteral("/nonexistent-yeonpyo-dir/out.png"), document, options);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("/nonexistent-yeonpyo-dir/out.png"), std::string::npos);
    EXPECT_TRUE(status.error().message.ends_with("."));
}

TEST_F(StoryExport, AFailedExportLeavesAnExistingFileAsItWas) {
    const QString path = dir.filePath(QStringLiteral("keep.png"));
    QFile existing(path);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    options.size = QSize(5, 5);
    EXPECT_FALSE(exportImage(path, document, options).ok());
    QFile again(path);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("old"));
}

TEST_F(StoryExport, PngHasTheSizeAndResolutionAsked) {
    options.dpi = 192;
    const QString path = dir.filePath(QStringLiteral("story.png"));
    ASSERT_TRUE(exportImage(path, document, options).ok());
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1200, 640));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 192, 1);
    EXPECT_EQ(image.pixelColor(2, 2), theme(ThemeKind::Light).background);
}

TEST_F(StoryExport, TransparentPngLeavesTheBackgroundClear) {
    options.transparent = true;
    const QImage image = renderImage(document, options);
    EXPECT_EQ(image.pixelColor(2, 2).alpha(), 0);
}

TEST_F(StoryExport, PageMatchesTheReferenceImage) {
    options.selectedId = 2;
    const QImage image = renderImage(document, options);
    image.save(YEONPYO_BINARY_DIR "/story-page.png");
    const std::string problem =
        testing::compareWithReference(image, QStringLiteral("story-page-light.png"));
    EXPECT_TRUE(problem.empty()) << problem;
}

TEST_F(StoryExport, TheReferenceCheckNoticesAChangedPage) {
    if (qEnvironmentVariableIsSet("YEONPYO_UPDATE_REFERENCES"))
        GTEST_SKIP() << "references are being rewritten";
    options.selectedId = 2;
    options.lanes = LaneMode::Kind;  // same events, other geometry
    const QImage image = renderImage(document, options);
    EXPECT_FALSE(
        testing::compareWithReference(image, QStringLiteral("story-page-light.png")).empty());
}

TEST_F(StoryExport, DarkAndPrintThemesPaintTheirBackground) {
    for (ThemeKind kind : {ThemeKind::Dark, ThemeKind::Print}) {
        options.theme = kind;
        const QImage image = renderImage(document, options);
        EXPECT_EQ(image.pixelColor(2, 2), theme(kind).background);
        image.save(
            QStringLiteral(YEONPYO_BINARY_DIR "/story-page-%1.png").arg(static_cast<int>(kind)));
    }
}

TEST_F(StoryExport, SvgKeepsHangulTextAsTextInTheCjkFont) {
    const QByteArray svg = exported(ImageFormat::Svg);
    QFile copy(QStringLiteral(YEONPYO_BINARY_DIR "/story-page.svg"));
    if (copy.open(QIODevice::WriteOnly))
        copy.write(svg);  // for people to look at
    QXmlStreamReader xml(svg);
    QStringList texts;
    QStringList families;
    QString width;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            width = xml.attributes().value("width").toString();
        if (xml.name() == QLatin1String("text")) {
            families << xml.attributes().value("font-family").toString();
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(width.startsWith(QStringLiteral("317")));  // 1200 px at 96 dpi in millimetres
    EXPECT_TRUE(texts.contains(kTitle));
    EXPECT_TRUE(texts.contains(QStringLiteral("승지원")));  // a map label
    EXPECT_TRUE(families.filter(QStringLiteral("Noto Sans CJK KR")).size() > 0);
}

TEST_F(StoryExport, PdfIsVectorWithEmbeddedFontsAndExtractableHangul) {
    const QByteArray pdf = exported(ImageFormat::Pdf);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.contains("/FontFile"));
    EXPECT_FALSE(pdf.contains("/Subtype /Image"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString path = dir.filePath(QStringLiteral("story.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(20000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(kTitle)) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("이재용 회장과 만찬")));
}

TEST_F(StoryExport, ArticlesCanBeTheTimelineInstead) {
    options.what = ExportContent::Articles;
    options.withMap = false;
    const QByteArray svg = exported(ImageFormat::Svg);
    EXPECT_TRUE(svg.contains("기사 1건"));
    EXPECT_TRUE(svg.contains("저커버그, 10년 만에 방한"));  // the headline as the timeline's label
    EXPECT_FALSE(svg.contains("이재용 회장과 만찬"));
}

TEST_F(StoryExport, ALongTimelineSplitsOverPdfPagesWithAContinuedAxis) {
    options.pages = 3;
    options.paper = QPageSize(QPageSize::A4);
    const QByteArray pdf = exported(ImageFormat::Pdf);
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
              3)
        << "three page objects";
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString path = QStringLiteral(YEONPYO_BINARY_DIR "/story-pages.pdf");  // kept to look at
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    for (int page = 1; page <= 3; ++page) {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), path, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(20000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_TRUE(text.contains(QStringLiteral("(%1/3)").arg(page))) << page;
    }
}

TEST(PageSlices, ConsecutiveSlicesCoverTheRangeWithoutGaps) {
    const std::pair<double, double> range{1000, 4000};
    EXPECT_EQ(sliceOf(range, {0, 1}), range);
    EXPECT_EQ(sliceOf(range, {0, 3}), (std::pair<double, double>{1000, 2000}));
    EXPECT_EQ(sliceOf(range, {1, 3}).first, sliceOf(range, {0, 3}).second);
    EXPECT_EQ(sliceOf(range, {2, 3}).second, 4000);
    EXPECT_EQ(sliceOf(range, {7, 3}), sliceOf(range, {2, 3}));  // out of range: the last page
    EXPECT_EQ(sliceOf(range, {0, 0}), range);                   // no count: one page
}

TEST(EmptyExport, AnEmptyDocumentStillMakesAValidImage) {
    const std::vector<Event> events;
    const std::vector<Article> articles;
    ExportOptions options;
    options.size = QSize(640, 360);
    options.withMap = true;
    for (ImageFormat format : {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(exportImage(buffer, format, {events, articles}, options).ok());
        EXPECT_GT(buffer.size(), 100);
    }
}

TEST(PageGeometry, MapBesideInLandscapeAndBelowInPortrait) {
    ExportOptions options;
    options.withMap = true;
    const PageGeometry wide = pageGeometry(QSizeF(1600, 900), options);
    EXPECT_GT(wide.map.left(), wide.timeline.right());
    EXPECT_FALSE(wide.map.intersects(wide.timeline));
    const PageGeometry tall = pageGeometry(QSizeF(900, 1600), options);
    EXPECT_GT(tall.map.top(), tall.timeline.bottom());
    options.withMap = false;
    EXPECT_TRUE(pageGeometry(QSizeF(1600, 900), options).map.isEmpty());
}

}  // namespace
}  // namespace yeonpyo::render
