// MBTiles files: metadata, TMS rows, and files that are not (proper) MBTiles refused or survived.
#include <gtest/gtest.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include "app/render/mbtiles_source.h"
#include "tests/tiles/mbtiles_writer.h"

namespace yeonpyo::render {
namespace {

using testing::solidTilePng;
using testing::StoredTile;

class MBTilesTest : public ::testing::Test {
protected:
    QString path(const QString& name) const { return dir.filePath(name); }

    QTemporaryDir dir;
};

TEST_F(MBTilesTest, ReadsMetadataAndTilesByXyzAddress) {
    ASSERT_EQ(testing::writeMBTiles(
                  path("world.mbtiles"),
                  {{"name", "Test world"},
                   {"format", "png"},
                   {"minzoom", "1"},
                   {"maxzoom", "3"},
                   {"attribution", "<a href=\"https://example.org\">&copy; Test Tiles</a>"}},
                  {{{1, 0, 0}, solidTilePng(Qt::red)}, {{1, 1, 1}, solidTilePng(Qt::blue)}}),
              "");
    auto opened = MBTilesSource::open(path("world.mbtiles"));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    MBTilesSource& source = **opened;
    EXPECT_EQ(source.attribution(), QStringLiteral("© Test Tiles"));
    EXPECT_EQ(source.minZoom(), 1);
    EXPECT_EQ(source.maxZoom(), 3);

    // Stored with TMS rows (counted from the south), asked for with XYZ rows (from the north).
    const auto northWest = source.tile({1, 0, 0}, TileFetch::IfMissing);
    ASSERT_TRUE(northWest.has_value());
    EXPECT_EQ(northWest->pixelColor(128, 128), QColor(Qt::red));
    const auto southEast = source.tile({1, 1, 1}, TileFetch::CachedOnly);
    ASSERT_TRUE(southEast.has_value());
    EXPECT_EQ(southEast->pixelColor(10, 10), QColor(Qt::blue));

    EXPECT_FALSE(source.tile({1, 0, 1}, TileFetch::IfMissing).has_value());  // not stored
    EXPECT_FALSE(source.tile({0, 0, 0}, TileFetch::IfMissing).has_value());  // above minzoom
    EXPECT_FALSE(source.tile({1, 2, 0}, TileFetch::IfMissing).has_value());  // off the grid
}

TEST_F(MBTilesTest, WithoutMetadataLevelsComeFromTheTilesAndTheNameCredits) {
    ASSERT_EQ(testing::writeMBTiles(
                  path("plain.mbtiles"), {},
                  {{{2, 1, 1}, solidTilePng(Qt::green)}, {{4, 3, 3}, solidTilePng(Qt::green)}}),
              "");
    auto opened = MBTilesSource::open(path("plain.mbtiles"));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ((*opened)->minZoom(), 2);
    EXPECT_EQ((*opened)->maxZoom(), 4);
    EXPECT_EQ((*opened)->attribution(), QStringLiteral("plain"));
}

TEST_F(MBTilesTest, FilesThatAreNoRasterMBTilesAreRefusedWithASentence) {
    const QString text = path("notes.mbtiles");
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are notes, not a database. These are notes, not a database.\n");
    file.close();
    QFile(path("empty.mbtiles")).open(QIODevice::WriteOnly);
    ASSERT_EQ(testing::writeSqlite(path("other.mbtiles"), "CREATE TABLE events (id INTEGER);"), "");
    ASSERT_EQ(testing::writeSqlite(path("columns.mbtiles"),
                                   "CREATE TABLE tiles (z INTEGER, x INTEGER, y INTEGER);"),
              "");
    ASSERT_EQ(testing::writeMBTiles(path("vector.mbtiles"), {{"format", "pbf"}},
                                    {{{0, 0, 0}, QByteArray("\x1f\x8b", 2)}}),
              "");
    ASSERT_EQ(testing::writeMBTiles(path("none.mbtiles"), {{"name", "Nothing"}}, {}), "");

    struct Row {
        QString file;
        std::string reason;
    };
    const Row rows[] = {
        {path("missing.mbtiles"), "does not exist"},
        {dir.path(), "is a folder"},
        {text, "not an SQLite database"},
        {path("empty.mbtiles"), "no tiles table"},
        {path("other.mbtiles"), "no tiles table"},
        {path("columns.mbtiles"), "no tiles table"},
        {path("vector.mbtiles"), "vector tiles"},
        {path("none.mbtiles"), "holds no tiles"},
    };
    for (const Row& row : rows) {
        const auto opened = MBTilesSource::open(row.file);
        ASSERT_FALSE(opened.ok()) << row.file.toStdString();
        const std::string& message = opened.error().message;
        EXPECT_NE(message.find(row.reason), std::string::npos) << message;
        EXPECT_NE(message.find(QFileInfo(row.file).fileName().toStdString()), std::string::npos)
            << message;
        EXPECT_TRUE(message.ends_with(".")) << message;
    }
}

TEST_F(MBTilesTest, BrokenAndOversizedTilesAreSkipped) {
    QImage wide(3000, 1, QImage::Format_RGB32);
    wide.fill(Qt::red);
    QByteArray widePng;
    {
        QBuffer buffer(&widePng);
        buffer.open(QIODevice::WriteOnly);
        wide.save(&buffer, "PNG");
    }
    ASSERT_EQ(testing::writeMBTiles(path("broken.mbtiles"), {{"minzoom", "1"}, {"maxzoom", "1"}},
                                    {{{1, 0, 0}, QByteArray("\x89PNG garbage")},
                                     {{1, 1, 0}, widePng},
                                     {{1, 0, 1}, solidTilePng(Qt::red)}}),
              "");
    auto opened = MBTilesSource::open(path("broken.mbtiles"));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_FALSE((*opened)->tile({1, 0, 0}, TileFetch::IfMissing).has_value());
    EXPECT_FALSE((*opened)->tile({1, 1, 0}, TileFetch::IfMissing).has_value());
    EXPECT_TRUE((*opened)->tile({1, 0, 1}, TileFetch::IfMissing).has_value());
}

TEST_F(MBTilesTest, AHostileEndlessTilesViewCannotHangAFrame) {
    ASSERT_EQ(testing::writeSqlite(
                  path("endless.mbtiles"),
                  "CREATE TABLE metadata (name TEXT, value TEXT);"
                  "INSERT INTO metadata VALUES ('minzoom', '0'), ('maxzoom', '2');"
                  "CREATE VIEW tiles AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                  "FROM n) SELECT 0 AS zoom_level, 0 AS tile_column, 0 AS tile_row, "
                  "x'00' AS tile_data FROM n WHERE i < 0;"),
              "");
    auto opened = MBTilesSource::open(path("endless.mbtiles"));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE((*opened)->tile({0, 0, 0}, TileFetch::IfMissing).has_value());
    EXPECT_LT(clock.elapsed(), 2000);
}

}  // namespace
}  // namespace yeonpyo::render
