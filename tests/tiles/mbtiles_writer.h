// Test helper: writes small MBTiles files (and deliberately broken ones) and solid-colour tiles.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

#include <map>
#include <string>
#include <vector>

#include "app/render/tile_source.h"

namespace yeonpyo::testing {

/// One tile to store: its XYZ address (written with the TMS row) and its encoded bytes.
struct StoredTile {
    render::TileId id;
    QByteArray data;
};

/// A tile image of one colour, PNG-encoded.
QByteArray solidTilePng(const QColor& color, int side = 256);
/// A PNG of random pixels (incompressible: about 3 × side² bytes), for cache size tests.
QByteArray noiseTilePng(int side, unsigned seed);

/// Creates path as an MBTiles file with a metadata table of the given pairs and the tiles.
/// Returns an empty string on success, else what failed.
std::string writeMBTiles(const QString& path, const std::map<QString, QString>& metadata,
                         const std::vector<StoredTile>& tiles);

/// Creates path as an SQLite database from a script of SQL statements (for files that are not
/// proper MBTiles). Returns an empty string on success, else SQLite's message.
std::string writeSqlite(const QString& path, const std::string& script);

}  // namespace yeonpyo::testing
