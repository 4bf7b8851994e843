// MBTiles reading: schema and metadata checks on open, TMS rows, guarded queries and tile decoding.
#include "app/render/mbtiles_source.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <chrono>
#include <map>

namespace yeonpyo::render {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kMaxTileBytes = 4 << 20;
constexpr int kMaxAttributionLength = 160;
constexpr std::size_t kMaxAbsentRemembered = 100000;
/// The longest a query may run (a view over a huge or hostile table must not freeze a frame).
constexpr std::chrono::milliseconds kQueryBudget{250};

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DatabaseHandle = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// SQLite progress handler: interrupts the running query once its deadline has passed.
int stopPastDeadline(void* deadline) {
    return Clock::now() > *static_cast<Clock::time_point*>(deadline) ? 1 : 0;
}

Error refusal(const QString& path, const QString& why) {
    return Error{QStringLiteral("%1 cannot be used as a map layer: %2.")
                     .arg(QDir::toNativeSeparators(path), why)
                     .toStdString()};
}

QString columnText(sqlite3_stmt* statement, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text == nullptr ? QString() : QString::fromUtf8(text).trimmed();
}

/// Attribution metadata is often HTML ("<a href=…>&copy; OpenStreetMap</a>"): its text only.
QString plainText(QString html) {
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(\\d+);"));
    html.remove(tag);
    for (auto match = numeric.match(html); match.hasMatch(); match = numeric.match(html)) {
        html.replace(match.capturedStart(), match.capturedLength(),
                     QChar(match.captured(1).toUInt()));
    }
    html.replace(QStringLiteral("&copy;"), QStringLiteral("©"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html.simplified().left(kMaxAttributionLength);
}

/// The metadata table's name → value pairs (names lower-cased); empty without the table.
std::map<QString, QString> readMetadata(sqlite3* db) {
    std::map<QString, QString> values;
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, value FROM metadata", -1, &raw, nullptr) != SQLITE_OK)
        return values;
    const Statement statement(raw);
    while (sqlite3_step(raw) == SQLITE_ROW)
        values[columnText(raw, 0).toLower()] = columnText(raw, 1);
    return values;
}

std::optional<int> zoomValue(const std::map<QString, QString>& metadata, const QString& name) {
    const auto found = metadata.find(name);
    bool ok = false;
    const int zoom = found == metadata.end() ? -1 : found->second.toInt(&ok);
    if (!ok || zoom < 0 || zoom > kMaxTileZoom)
        return std::nullopt;
    return zoom;
}

}  // namespace

struct MBTilesSource::Database {
    DatabaseHandle handle;
    Statement selectTile;
    Clock::time_point deadline;

    /// Arms the query budget for the next statement.
    void startQuery() { deadline = Clock::now() + kQueryBudget; }
};

MBTilesSource::MBTilesSource(std::unique_ptr<Database> database) : database_(std::move(database)) {}

MBTilesSource::~MBTilesSource() = default;

Result<std::unique_ptr<MBTilesSource>> MBTilesSource::open(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return refusal(path, QStringLiteral("the file does not exist"));
    if (info.isDir())
        return refusal(path, QStringLiteral("it is a folder, not an MBTiles file"));

    auto database = std::make_unique<Database>();
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    database->handle.reset(raw);
    if (opened != SQLITE_OK)
        return refusal(path, QStringLiteral("it cannot be opened for reading"));
    // A file from elsewhere: no functions with side effects from its schema, no writes at all.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_progress_handler(raw, 1000, stopPastDeadline, &database->deadline);
    database->startQuery();

    sqlite3_stmt* select = nullptr;
    const int prepared = sqlite3_prepare_v2(
        raw,
        "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
        -1, &select, nullptr);
    database->selectTile.reset(select);
    if (prepared == SQLITE_NOTADB)
        return refusal(path, QStringLiteral("it is not an SQLite database"));
    if (prepared != SQLITE_OK) {
        return refusal(path, QStringLiteral("it has no tiles table of zoom_level, tile_column, "
                                            "tile_row and tile_data"));
    }

    auto metadata = readMetadata(raw);
    const auto format = metadata.find(QStringLiteral("format"));
    if (format != metadata.end() &&
        (format->second == QLatin1String("pbf") || format->second == QLatin1String("mvt")))
        return refusal(path, QStringLiteral("it holds vector tiles, which Yeonpyo cannot draw"));

    auto source = std::unique_ptr<MBTilesSource>(new MBTilesSource(std::move(database)));
    auto minZoom = zoomValue(metadata, QStringLiteral("minzoom"));
    auto maxZoom = zoomValue(metadata, QStringLiteral("maxzoom"));
    if (!minZoom || !maxZoom) {
        sqlite3_stmt* range = nullptr;
        sqlite3_prepare_v2(raw, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1, &range,
                           nullptr);
        const Statement owned(range);
        source->database_->startQuery();
        if (range != nullptr && sqlite3_step(range) == SQLITE_ROW &&
            sqlite3_column_type(range, 0) != SQLITE_NULL) {
            minZoom = minZoom.value_or(std::clamp(sqlite3_column_int(range, 0), 0, kMaxTileZoom));
            maxZoom = maxZoom.value_or(std::clamp(sqlite3_column_int(range, 1), 0, kMaxTileZoom));
        }
    }
    if (!minZoom || !maxZoom || *minZoom > *maxZoom)
        return refusal(path, QStringLiteral("it holds no tiles"));
    source->minZoom_ = *minZoom;
    source->maxZoom_ = *maxZoom;

    QString attribution = plainText(metadata[QStringLiteral("attribution")]);
    if (attribution.isEmpty())
        attribution = plainText(metadata[QStringLiteral("name")]);
    source->attribution_ = attribution.isEmpty() ? info.completeBaseName() : attribution;
    return source;
}

std::optional<QImage> MBTilesSource::tile(const TileId& id, TileFetch) {
    if (!id.isValid() || id.z < minZoom_ || id.z > maxZoom_ || absent_.contains(id.key()))
        return std::nullopt;
    if (auto cached = decoded_.find(id))
        return cached;
    auto image = read(id);
    if (image) {
        decoded_.insert(id, *image);
    } else {
        if (absent_.size() >= kMaxAbsentRemembered)
            absent_.clear();
        absent_.insert(id.key());
    }
    return image;
}

std::optional<QImage> MBTilesSource::read(const TileId& id) {
    sqlite3_stmt* select = database_->selectTile.get();
    sqlite3_reset(select);
    sqlite3_bind_int(select, 1, id.z);
    sqlite3_bind_int(select, 2, id.x);
    sqlite3_bind_int(select, 3, (1 << id.z) - 1 - id.y);  // TMS rows count from the south
    database_->startQuery();
    if (sqlite3_step(select) != SQLITE_ROW)
        return std::nullopt;
    const int size = sqlite3_column_bytes(select, 0);
    const void* data = sqlite3_column_blob(select, 0);
    if (data == nullptr || size <= 0 || size > kMaxTileBytes)
        return std::nullopt;
    auto image = decodeTileImage(QByteArray(static_cast<const char*>(data), size));
    sqlite3_reset(select);
    return image;
}

}  // namespace yeonpyo::render
