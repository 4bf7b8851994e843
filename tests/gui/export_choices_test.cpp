// Export choices without widgets: which events a range keeps, how options follow the format,
// what is remembered, and which file and format a name asks for.
#include <gtest/gtest.h>

#include <QSettings>
#include <QTemporaryDir>

#include "app/gui/export_choices.h"
#include "app/gui/export_file_names.h"

namespace yeonpyo::gui {
namespace {

constexpr std::int64_t kNoon = 1709089200;  // 2024-02-28 12:00 in Seoul

Event eventAt(std::int64_t id, std::optional<std::int64_t> begin,
              std::optional<std::int64_t> end = std::nullopt) {
    Event event;
    event.id = id;
    event.time.beginUtc = begin;
    event.time.endUtc = end;
    return event;
}

TEST(ExportChoicesTest, RangeKeepsTheEventsThatOverlapIt) {
    const std::pair<std::int64_t, std::int64_t> range{kNoon, kNoon + 3600};
    struct Row {
        const char* what;
        Event event;
        bool kept;
    };
    const std::vector<Row> rows{
        {"instant at the start", eventAt(1, kNoon), true},
        {"instant inside", eventAt(2, kNoon + 1800), true},
        {"instant at the end (excluded)", eventAt(3, kNoon + 3600), false},
        {"instant before", eventAt(4, kNoon - 1), false},
        {"span reaching into the range", eventAt(5, kNoon - 7200, kNoon + 60), true},
        {"span ending at the start", eventAt(6, kNoon - 7200, kNoon), false},
        {"span covering the range", eventAt(7, kNoon - 86400, kNoon + 86400), true},
        {"span after", eventAt(8, kNoon + 7200, kNoon + 9000), false},
        {"no resolved time", eventAt(9, std::nullopt), false},
    };
    for (const Row& row : rows) {
        const auto kept = eventsInRange({row.event}, range);
        EXPECT_EQ(kept.size() == 1, row.kept) << row.what;
    }
}

TEST(ExportChoicesTest, ScopesGiveTheirTimeRange) {
    ExportContext context;
    context.zone = QTimeZone("Asia/Seoul");
    context.view = {kNoon + 0.5, kNoon + 99.5};
    ImageExportChoices choices;
    EXPECT_FALSE(scopeRange(choices, context).has_value());

    choices.scope = ExportScope::CurrentView;
    EXPECT_EQ(scopeRange(choices, context),
              (std::pair<std::int64_t, std::int64_t>{kNoon, kNoon + 100}));

    choices.scope = ExportScope::DateRange;
    choices.from = QDate(2024, 2, 28);
    choices.to = QDate(2024, 2, 29);
    const std::int64_t seoulMidnight = kNoon - 12 * 3600;
    EXPECT_EQ(scopeRange(choices, context),
              (std::pair<std::int64_t, std::int64_t>{seoulMidnight, seoulMidnight + 2 * 86400}));
    choices.to = QDate(2024, 2, 27);
    EXPECT_FALSE(scopeRange(choices, context).has_value()) << "an inverted range shows all";
}

TEST(ExportChoicesTest, OptionsAFormatCannotUseAreReset) {
    ImageExportChoices choices;
    choices.dpi = 192;
    choices.transparent = true;
    choices.pages = 3;
    choices.preset = SizePreset::A4;
    const ExportContext context;

    choices.format = render::ImageFormat::Png;
    auto png = toExportOptions(choices, context);
    EXPECT_EQ(png.dpi, 192);
    EXPECT_TRUE(png.transparent);
    EXPECT_EQ(png.pages, 1);
    EXPECT_FALSE(png.paper.has_value());

    choices.format = render::ImageFormat::Pdf;
    auto pdf = toExportOptions(choices, context);
    EXPECT_EQ(pdf.dpi, 96);
    EXPECT_FALSE(pdf.transparent);
    EXPECT_EQ(pdf.pages, 3);
    ASSERT_TRUE(pdf.paper.has_value());
    const QSizeF a4 = logicalPageSize(render::ImageFormat::Pdf, pdf);
    EXPECT_NEAR(a4.width() / a4.height(), 297.0 / 210.0, 0.01) << "A4 is laid out in landscape";

    choices.format = render::ImageFormat::Svg;
    choices.preset = SizePreset::Custom;
    choices.customSize = QSize(800, 1200);
    const auto svg = toExportOptions(choices, context);
    EXPECT_EQ(svg.size, QSize(800, 1200));
    EXPECT_EQ(logicalPageSize(render::ImageFormat::Svg, svg), QSizeF(800, 1200));

    choices.format = render::ImageFormat::Png;
    choices.preset = SizePreset::FullHd;
    EXPECT_EQ(logicalPageSize(render::ImageFormat::Png, toExportOptions(choices, context)),
              QSizeF(960, 540))
        << "a 1920×1080 PNG at 192 dpi lays out a 960×540 page drawn twice as large";
}

TEST(ExportChoicesTest, SettingsRememberTheChoicesButNotTheDocumentsTitle) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    ImageExportChoices choices;
    choices.format = render::ImageFormat::Pdf;
    choices.preset = SizePreset::Letter;
    choices.customSize = QSize(1000, 700);
    choices.dpi = 300;
    choices.scope = ExportScope::CurrentView;
    choices.withMap = false;
    choices.footer = false;
    choices.theme = render::ThemeKind::Print;
    choices.pages = 4;
    choices.title = QStringLiteral("저커버그 방한");
    saveChoices(settings, choices);

    const ImageExportChoices loaded = loadChoices(settings);
    EXPECT_EQ(loaded.format, render::ImageFormat::Pdf);
    EXPECT_EQ(loaded.preset, SizePreset::Letter);
    EXPECT_EQ(loaded.customSize, QSize(1000, 700));
    EXPECT_EQ(loaded.dpi, 300);
    EXPECT_EQ(loaded.scope, ExportScope::CurrentView);
    EXPECT_FALSE(loaded.withMap);
    EXPECT_FALSE(loaded.footer);
    EXPECT_TRUE(loaded.legend);
    EXPECT_EQ(loaded.theme, render::ThemeKind::Print);
    EXPECT_EQ(loaded.pages, 4);
    EXPECT_TRUE(loaded.title.isEmpty());

    settings.setValue("imageExport/theme", "sepia");
    settings.setValue("imageExport/pages", 100000);
    const ImageExportChoices repaired = loadChoices(settings);
    EXPECT_EQ(repaired.theme, render::ThemeKind::Light) << "an unknown name falls back";
    EXPECT_EQ(repaired.pages, 100);
}

TEST(ExportFileNamesTest, ImagePathsTakeTheFormatsExtension) {
    const std::vector<std::tuple<QString, render::ImageFormat, QString>> rows{
        {"/tmp/seoul.png", render::ImageFormat::Svg, "/tmp/seoul.svg"},
        {"/tmp/seoul.PDF", render::ImageFormat::Png, "/tmp/seoul.png"},
        {"/tmp/seoul", render::ImageFormat::Pdf, "/tmp/seoul.pdf"},
        {"/tmp/report.v2", render::ImageFormat::Png, "/tmp/report.v2.png"},
        {"", render::ImageFormat::Png, ""},
    };
    for (const auto& [path, format, expected] : rows)
        EXPECT_EQ(withImageExtension(path, format), expected) << path.toStdString();
}

TEST(ExportFileNamesTest, TheExtensionChoosesTheDataFormatUnlessItIsAmbiguous) {
    struct Row {
        QString chosen;
        io::Format filter;
        QString path;
        io::Format format;
    };
    const std::vector<Row> rows{
        {"/tmp/trip.ics", io::Format::Json, "/tmp/trip.ics", io::Format::Ics},
        {"/tmp/trip.KML", io::Format::Csv, "/tmp/trip.KML", io::Format::Kml},
        {"/tmp/trip", io::Format::GeoJson, "/tmp/trip.geojson", io::Format::GeoJson},
        {"/tmp/trip.json", io::Format::TimelineJs, "/tmp/trip.json", io::Format::TimelineJs},
        {"/tmp/trip.json", io::Format::Kml, "/tmp/trip.json", io::Format::Json},
        {"/tmp/trip.txt", io::Format::Csv, "/tmp/trip.txt.csv", io::Format::Csv},
    };
    for (const Row& row : rows) {
        const auto [path, format] = dataExportTarget(row.chosen, row.filter);
        EXPECT_EQ(path, row.path) << row.chosen.toStdString();
        EXPECT_EQ(format, row.format) << row.chosen.toStdString();
    }
    const QStringList filters = dataFileFilters();
    ASSERT_EQ(filters.size(), static_cast<qsizetype>(io::allFormats().size()));
    EXPECT_EQ(dataFormatOfFilter(filters[2]), io::Format::Ics);
    EXPECT_FALSE(dataFormatOfFilter(QStringLiteral("All files (*)")).has_value());
}

}  // namespace
}  // namespace yeonpyo::gui
