// `yeonpyo-cli render` end to end: each format with its options, checked in the written file
// (pixels, SVG text elements, the PDF's text through pdftotext), and bad options refused.
#include <gtest/gtest.h>

#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <memory>

#include "cli_process.h"

namespace yeonpyo::cli::testing {
namespace {

const QString kHangulTitle = QStringLiteral("저커버그 방한 일정");

/// The texts of an SVG's <text> elements, joined by '|'.
QString svgTexts(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return texts.join(QLatin1Char('|'));
}

/// Standard output of a poppler tool (pdftotext, pdfinfo) run with arguments; empty when the
/// tool is missing.
QString poppler(const QString& tool, const QStringList& arguments) {
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

double lightness(const QImage& image, QPoint at) {
    return QColor(image.pixel(at)).lightnessF();
}

class RenderCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { sample = std::make_unique<SampleDocument>(); }
    static void TearDownTestSuite() { sample.reset(); }

    void SetUp() override { ASSERT_TRUE(sample->ok()) << sample->error().toStdString(); }

    /// Renders to a file of the sample's folder; the run is returned for its exit code.
    static CliRun render(const QString& file, const QStringList& options) {
        QStringList arguments{QStringLiteral("render"), QStringLiteral("--db"), sample->path(),
                              QStringLiteral("-o"), sample->file(file)};
        return runCli(arguments + options);
    }

    static std::unique_ptr<SampleDocument> sample;
};

std::unique_ptr<SampleDocument> RenderCliTest::sample;

TEST_F(RenderCliTest, PngHasTheRequestedSizeAndResolution) {
    const CliRun run = render("sized.png", {"--size", "1600x900", "--dpi", "144"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    const QImage image(sample->file("sized.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1600, 900));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 144.0, 1.0);
}

TEST_F(RenderCliTest, ThemesAndTransparencyPaintTheBackground) {
    struct Row {
        const char* theme;
        bool transparent;
        double minLightness;
        double maxLightness;
    };
    for (const Row& row : std::vector<Row>{
             {"light", false, 0.85, 1.0}, {"print", false, 0.95, 1.0}, {"dark", false, 0.0, 0.3}}) {
        const QString file = QStringLiteral("%1.png").arg(QLatin1String(row.theme));
        const CliRun run = render(file, {"--size", "640x360", "--theme", row.theme});
        ASSERT_EQ(run.exitCode, 0) << row.theme << ": " << run.err.toStdString();
        const QImage image(sample->file(file));
        ASSERT_FALSE(image.isNull()) << row.theme;
        const double corner = lightness(image, {3, 3});
        EXPECT_GE(corner, row.minLightness) << row.theme;
        EXPECT_LE(corner, row.maxLightness) << row.theme;
    }
    const CliRun run = render("clear.png", {"--size", "640x360", "--transparent"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage clear(sample->file("clear.png"));
    ASSERT_TRUE(clear.hasAlphaChannel());
    EXPECT_EQ(qAlpha(clear.pixel(3, 3)), 0);
}

TEST_F(RenderCliTest, SvgKeepsTheHangulTitleAndTheMapCreditAsText) {
    const CliRun withMap = render("map.svg", {"--title", kHangulTitle, "--map"});
    ASSERT_EQ(withMap.exitCode, 0) << withMap.err.toStdString();
    const QString texts = svgTexts(sample->file("map.svg"));
    EXPECT_TRUE(texts.split('|').contains(kHangulTitle)) << texts.toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Natural Earth"))) << "the map data is credited";

    const CliRun plain = render("plain.svg", {"--title", kHangulTitle});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_FALSE(svgTexts(sample->file("plain.svg")).contains(QStringLiteral("Natural Earth")))
        << "no map, no map credit";
}

TEST_F(RenderCliTest, PdfEmbedsTheHangulOnLandscapePages) {
    const CliRun run =
        render("pages.pdf", {"--title", kHangulTitle, "--paper", "a4", "--pages", "2"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = poppler(QStringLiteral("pdftotext"), {sample->file("pages.pdf"), "-"});
    if (text.isEmpty() && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(text.contains(kHangulTitle)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(2/2)"))) << "the second page says so";
    const QString info = poppler(QStringLiteral("pdfinfo"), {sample->file("pages.pdf")});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))))
        << info.toStdString();
    EXPECT_TRUE(
        info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))))
        << info.toStdString();
}

TEST_F(RenderCliTest, FromAndToNarrowTheTimelineToThoseDays) {
    const CliRun whole = render("whole.svg", {});
    const CliRun day = render("day.svg", {"--from", "2024-02-29", "--to", "2024-02-29"});
    ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    ASSERT_EQ(day.exitCode, 0) << day.err.toStdString();
    const QString wholeTexts = svgTexts(sample->file("whole.svg"));
    const QString dayTexts = svgTexts(sample->file("day.svg"));
    EXPECT_TRUE(wholeTexts.contains(QStringLiteral("2월 28일"))) << wholeTexts.toStdString();
    EXPECT_TRUE(dayTexts.contains(QStringLiteral("2월 29일"))) << dayTexts.toStdString();
    EXPECT_FALSE(dayTexts.contains(QStringLiteral("2월 28일"))) << dayTexts.toStdString();
}

TEST_F(RenderCliTest, BadOptionsGiveOneSentenceAndExitTwo) {
    const std::vector<std::pair<QString, QStringList>> rows{
        {"out.gif", {}},
        {"out.png", {"--size", "1920by1080"}},
        {"out.png", {"--size", "0x100"}},
        {"out.png", {"--dpi", "5"}},
        {"out.png", {"--theme", "sepia"}},
        {"out.png", {"--lanes", "colour"}},
        {"out.png", {"--from", "2024-02-30"}},
        {"out.png", {"--from", "2024-03-01", "--to", "2024-02-28"}},
        {"out.png", {"--timezone", "Mars/Olympus"}},
        {"out.pdf", {"--pages", "0"}},
        {"out.pdf", {"--paper", "b5"}},
        {"out.png", {"--no-such-option"}},
    };
    for (const auto& [file, options] : rows) {
        const QString shown = file + ' ' + options.join(' ');
        const CliRun run = render(file, options);
        EXPECT_EQ(run.exitCode, 2) << shown.toStdString();
        const QStringList lines = run.errorLines();
        ASSERT_FALSE(lines.isEmpty()) << shown.toStdString();
        EXPECT_TRUE(lines.front().startsWith(QStringLiteral("yeonpyo-cli render: ")))
            << lines.front().toStdString();
        EXPECT_TRUE(lines.front().endsWith('.')) << lines.front().toStdString();
        EXPECT_FALSE(QFileInfo::exists(sample->file(file))) << shown.toStdString();
    }
}

TEST_F(RenderCliTest, AMissingDocumentFailsWithOneSentence) {
    const CliRun run = runCli(
        {"render", "--db", sample->file("absent.yeonpyo"), "-o", sample->file("absent.png")});
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.errorLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.errorLines().front().endsWith('.'));
    EXPECT_FALSE(QFileInfo::exists(sample->file("absent.png")));
}

}  // namespace
}  // namespace yeonpyo::cli::testing
