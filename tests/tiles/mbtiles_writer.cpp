// Test helper: MBTiles files written with SQLite directly, tiles encoded with QImage.
#include "tests/tiles/mbtiles_writer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

#include <sqlite3.h>

#include <memory>
#include <random>

namespace yeonpyo::testing {
namespace {

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;

QByteArray encodePng(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::string execute(sqlite3* db, const std::string& script) {
    char* message = nullptr;
    if (sqlite3_exec(db, script.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    std::string error = message != nullptr ? message : "unknown SQLite error";
    sqlite3_free(message);
    return error;
}

/// Runs one statement with text or blob parameters bound in order.
std::string run(sqlite3* db, const char* sql, const std::vector<QByteArray>& blobs,
                const std::vector<QString>& texts, const std::vector<int>& numbers) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return sqlite3_errmsg(db);
    int index = 1;
    for (int number : numbers)
        sqlite3_bind_int(statement, index++, number);
    for (const QString& text : texts)
        sqlite3_bind_text(statement, index++, text.toUtf8().constData(), -1, SQLITE_TRANSIENT);
    for (const QByteArray& blob : blobs)
        sqlite3_bind_blob(statement, index++, blob.constData(), static_cast<int>(blob.size()),
                          SQLITE_TRANSIENT);
    const int stepped = sqlite3_step(statement);
    sqlite3_finalize(statement);
    return stepped == SQLITE_DONE ? std::string() : sqlite3_errmsg(db);
}

}  // namespace

QByteArray solidTilePng(const QColor& color, int side) {
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(color);
    return encodePng(image);
}

QByteArray noiseTilePng(int side, unsigned seed) {
    QImage image(side, side, QImage::Format_RGB32);
    std::mt19937 random(seed);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x)
            image.setPixel(x, y, static_cast<QRgb>(random()) | 0xff000000u);
    }
    return encodePng(image);
}

std::string writeSqlite(const QString& path, const std::string& script) {
    QFile::remove(path);
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open(QFile::encodeName(path).constData(), &raw);
    const Database db(raw);
    if (opened != SQLITE_OK)
        return sqlite3_errmsg(raw);
    return execute(raw, script);
}

std::string writeMBTiles(const QString& path, const std::map<QString, QString>& metadata,
                         const std::vector<StoredTile>& tiles) {
    std::string error = writeSqlite(
        path,
        "CREATE TABLE metadata (name TEXT, value TEXT);"
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
        "tile_data BLOB);"
        "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);");
    if (!error.empty())
        return error;
    sqlite3* raw = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &raw);
    const Database db(raw);
    execute(raw, "BEGIN");  // one commit for all rows, not one per tile
    for (const auto& [name, value] : metadata) {
        error = run(raw, "INSERT INTO metadata VALUES (?1, ?2)", {}, {name, value}, {});
        if (!error.empty())
            return error;
    }
    for (const StoredTile& tile : tiles) {
        const int tmsRow = (1 << tile.id.z) - 1 - tile.id.y;
        error = run(raw, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", {tile.data}, {},
                    {tile.id.z, tile.id.x, tmsRow});
        if (!error.empty())
            return error;
    }
    return execute(raw, "COMMIT");
}

}  // namespace yeonpyo::testing
