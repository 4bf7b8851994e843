// TileId keys and validity, and the decoding of downloaded or stored tile images.
#include "app/render/tile_source.h"

#include <QBuffer>
#include <QImageReader>

namespace yeonpyo::render {

bool TileId::isValid() const {
    if (z < 0 || z > kMaxTileZoom)
        return false;
    const int count = 1 << z;
    return x >= 0 && x < count && y >= 0 && y < count;
}

std::uint64_t TileId::key() const {
    return (static_cast<std::uint64_t>(z) << 48) | (static_cast<std::uint64_t>(x) << 24) |
           static_cast<std::uint64_t>(y);
}

std::optional<QImage> decodeTileImage(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxTileSide || size.height() > kMaxTileSide)
        return std::nullopt;
    const QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

}  // namespace yeonpyo::render
